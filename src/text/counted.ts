/**
 * Counts in running text, written one way everywhere: digits grouped in threes with commas (as
 * amounts are), and the word in the plural unless the count is exactly 1.
 */

/**
 * A whole count with its digits grouped in threes; a fraction is rounded to the nearest whole.
 *
 * @example
 * groupedCount(1234567) //=> '1,234,567'
 * groupedCount(999.6) //=> '1,000'
 */
export function groupedCount(count: number): string {
  return String(Math.round(count)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * A count and its word, plural unless the count is 1 (the word takes an "s").
 *
 * @example
 * counted(1, 'rate') //=> '1 rate'
 * counted(2000, 'day') //=> '2,000 days'
 * counted(0, 'holiday') //=> '0 holidays'
 */
export function counted(count: number, word: string): string {
  return `${groupedCount(count)} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * Counts the edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`:
 * the optimal string alignment distance, compared by UTF-16 code unit. With `limit`, only the
 * band of the table within `limit` of the diagonal is filled and any answer above `limit` is
 * `limit + 1`: the cost is O(length × limit), not O(length²), so a 100,000-letter word costs no
 * more than its length.
 *
 * @param a - one word
 * @param b - the other
 * @param limit - the largest distance of interest (default: no limit)
 * @returns the distance, or `limit + 1` when it is larger than `limit`
 *
 * @example
 * editDistance('bilion', 'billion') //=> 1
 * editDistance('yaun', 'yuan') //=> 1
 * editDistance('zebra', 'billion', 2) //=> 3
 */
export function editDistance(a: string, b: string, limit = Math.max(a.length, b.length)): number {
  const over = limit + 1;
  if (Math.abs(a.length - b.length) > limit) return over;
  const width = b.length + 1;
  let previous2: number[] = [];
  let previous: number[] = Array.from({ length: width }, (_, j) => (j <= limit ? j : over));
  for (let i = 1; i <= a.length; i += 1) {
    const row: number[] = new Array<number>(width).fill(over);
    if (i <= limit) row[0] = i;
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    let rowBest = row[0] as number;
    for (let j = from; j <= to; j += 1) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let best = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        best = Math.min(best, (previous2[j - 2] as number) + 1);
      }
      row[j] = Math.min(best, over);
      rowBest = Math.min(rowBest, row[j] as number);
    }
    if (rowBest > limit) return over;
    previous2 = previous;
    previous = row;
  }
  return Math.min(previous[b.length] as number, over);
}

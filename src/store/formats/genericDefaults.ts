import type { SourceDefaults } from './types.js';

/**
 * What a source made from a file of the user's own (csv or ledger) is: rates as the file gives
 * them, with no calendar to explain the days without one.
 *
 * @example
 * fileDefaults('csv', 'house-rates.csv').name //=> 'rates imported from house-rates.csv'
 */
export function fileDefaults(format: 'csv' | 'ledger', file: string): SourceDefaults {
  const base = file.split(/[\\/]/).pop() ?? file;
  return {
    name: `rates imported from ${base}`,
    meaning: `rates as ${base} gives them (${format === 'csv' ? 'date,base,quote,rate rows' : 'P directives'}): 1 base = value quote on that day.`,
    calendar: 'none',
    attribution: `${base}, imported by the user`,
    updateHint: `import a newer ${base} with dealcalc rates import ${format}`,
  };
}

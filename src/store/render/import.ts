import type { ImportSummary } from '../importPlan.js';
import { counted, groupedCount } from '../../text/counted.js';

/**
 * The text of `rates import` and `rates update`: what went where, then the series, then what
 * the file held that is not a rate.
 *
 * @example
 * renderImportText({ source: 'house', created: true, format: 'csv', file: 'house.csv', added: 1, replaced: 0, unchanged: 0, series: [{ id: 'CNY', currency: CNY, base: USD, quote: CNY, first: '2026-01-02', last: '2026-01-02', rows: 1, added: 1, replaced: 0, unchanged: 0 }], skipped: [], firstDate: '2026-01-02', lastDate: '2026-01-02' }, '/home/ann/.local/share/dealcalc').split('\n')[0]
 * //=> 'imported 1 rate from house.csv into house (a new source, 2026-01-02 .. 2026-01-02), in /home/ann/.local/share/dealcalc'
 */
export function renderImportText(summary: ImportSummary, userDir: string): string {
  const what = summary.created ? 'a new source' : 'added to your source';
  const lines = [
    `imported ${counted(summary.added, 'rate')} from ${summary.file} into ${summary.source} (${what}, ${summary.firstDate} .. ${summary.lastDate}), in ${userDir}`,
  ];
  if (summary.replaced > 0 || summary.unchanged > 0) {
    lines.push(
      `${groupedCount(summary.replaced)} replaced, ${groupedCount(summary.unchanged)} already stored with the same value`,
    );
  }
  for (const s of summary.series) {
    lines.push(
      `  ${s.currency}  ${s.first} .. ${s.last}  ${String(s.rows).padStart(6)} ${s.rows === 1 ? 'rate ' : 'rates'}  (${s.id}: 1 ${s.base} in ${s.quote}; +${s.added}${s.replaced > 0 ? `, ${s.replaced} replaced` : ''})`,
    );
  }
  for (const skipped of summary.skipped) {
    lines.push(
      `passed over: ${skipped.count} ${skipped.what} (lines ${skipped.lines.join(', ')}${skipped.count > skipped.lines.length ? ', …' : ''})`,
    );
  }
  lines.push(
    `use it: dealcalc convert … --source ${summary.source}; see it: dealcalc rates show … --source ${summary.source}`,
  );
  return `${lines.join('\n')}\n`;
}

/**
 * The JSON of `rates import` and `rates update`.
 *
 * @example
 * JSON.parse(renderImportJson({ source: 's', created: true, format: 'csv', file: 'f', added: 0, replaced: 0, unchanged: 0, series: [], skipped: [], firstDate: '2026-01-02', lastDate: '2026-01-02' }, '/d')).userDir //=> '/d'
 */
export function renderImportJson(
  summary: ImportSummary,
  userDir: string,
  extra: Record<string, unknown> = {},
): string {
  return `${JSON.stringify({ ...summary, userDir, ...extra }, null, 2)}\n`;
}

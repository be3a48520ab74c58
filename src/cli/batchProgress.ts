/** The progress line a long batch draws on a terminal's stderr, and the summary it ends with. */
import { counted, groupedCount } from '../text/counted.js';

/** Where a batch run stands. */
export interface BatchProgress {
  readonly bytes: number;
  /** The input's size, when it is a regular file. */
  readonly totalBytes?: number;
  readonly rows: number;
  readonly elapsedMs: number;
}

function perSecond(rows: number, elapsedMs: number): string {
  return elapsedMs > 0 ? `${groupedCount((rows * 1000) / elapsedMs)} rows/s` : '';
}

/**
 * One line of progress: a bar and the share read when the size is known, the rows, the pace.
 *
 * @example
 * renderProgress({ bytes: 50, totalBytes: 100, rows: 1000, elapsedMs: 2000 })
 * //=> '[############------------]   50%  1,000 rows  500 rows/s  2.0 s'
 */
export function renderProgress(progress: BatchProgress, width = 24): string {
  const parts: string[] = [];
  if (progress.totalBytes !== undefined && progress.totalBytes > 0) {
    const share = Math.min(1, progress.bytes / progress.totalBytes);
    const done = Math.round(share * width);
    parts.push(
      `[${'#'.repeat(done)}${'-'.repeat(width - done)}]`,
      `${String(Math.floor(share * 100)).padStart(3)}%`,
    );
  }
  parts.push(
    `${groupedCount(progress.rows)} rows`,
    perSecond(progress.rows, progress.elapsedMs),
    `${(progress.elapsedMs / 1000).toFixed(1)} s`,
  );
  return parts.filter((p) => p !== '').join('  ');
}

/** What a batch run did, for its summary line. */
export interface BatchSummary {
  readonly rows: number;
  readonly converted: number;
  readonly failed: number;
  readonly blankLines: number;
  readonly elapsedMs: number;
}

/**
 * The summary line at the end of a batch run: rows, converted, failed, blank lines passed over, elapsed.
 *
 * @example
 * renderSummary({ rows: 3, converted: 2, failed: 1, blankLines: 1, elapsedMs: 12.5 })
 * //=> 'dealcalc: 3 rows: 2 converted, 1 failed; 1 blank line passed over; 0.013 s (240 rows/s)\n'
 */
export function renderSummary(summary: BatchSummary): string {
  const blank = summary.blankLines > 0 ? `; ${counted(summary.blankLines, 'blank line')} passed over` : '';
  const pace = summary.rows > 0 ? perSecond(summary.rows, summary.elapsedMs) : '';
  return `dealcalc: ${counted(summary.rows, 'row')}: ${groupedCount(summary.converted)} converted, ${groupedCount(summary.failed)} failed${blank}; ${(summary.elapsedMs / 1000).toFixed(3)} s${pace ? ` (${pace})` : ''}\n`;
}

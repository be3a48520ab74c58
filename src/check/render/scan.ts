import type { ScannedFigure, ScannedPair, ScanResult } from '../scanText.js';
import { scanStreamOf, type ScanStream } from '../scanStream.js';
import { currencyInfo } from '../../money/currency.js';
import { displayDecimals } from '../../money/displayDecimals.js';
import { formatMoneyFull } from '../../money/format.js';
import { formatImpliedRate, formatRate, isDerivedRate } from '../../fx/render/rate.js';
import { checkJson } from './check.js';
import type { ErrorInfo } from '../../errors.js';
import { excerpt } from '../../text/inlineText.js';
import { checkFields } from '../../requestFields.js';

/** Characters of the story on each side of a fault that an error's excerpt shows. */
const EXCERPT_SIDE = 40;

/**
 * An error as a scan's JSON gives it: its position as offsets into the story and a short excerpt
 * around the fault, never the story itself (every unread figure carried the whole story: 40 KB of
 * "¥5 " made 405 MB of JSON, issue 20).
 *
 * @example
 * errorJson({ code: 'FIGURE_AMBIGUOUS_CURRENCY', kind: 'input', message: 'm', hint: 'h', position: { input: 'x'.repeat(100) + '¥5', index: 100, length: 2 } }).position
 * //=> { index: 100, length: 2, excerpt: 'x'.repeat(40) + '¥5', excerptIndex: 40 }
 */
export function errorJson(error: ErrorInfo | null): unknown {
  if (error === null) return null;
  const { position, ...rest } = error;
  if (position === undefined) return rest;
  const from = Math.max(0, position.index - EXCERPT_SIDE);
  const to = Math.min(position.input.length, position.index + position.length + EXCERPT_SIDE);
  return {
    ...rest,
    position: {
      index: position.index,
      length: position.length,
      excerpt: position.input.slice(from, to),
      excerptIndex: position.index - from,
    },
  };
}

/**
 * A checked pair's implied rate and the reference its verdict rests on, as a scan writes them:
 * "implied 6.6079 CNY per USD, reference 6.6200 fred-h10 2017-11-15".
 *
 * @example
 * const scan = scanText(openShippedStore(), { text: '15 November 2017: about 1.5 billion yuan ($227 million).', source: 'fred-h10' });
 * [pairImplied(scan.pairs[0]), pairReference(scan.pairs[0])] //=> ['6.6079 CNY per USD', '6.6200 fred-h10 2017-11-15']
 */
export function pairReference(pair: ScannedPair): string {
  const check = pair.check;
  const best = check?.references.find((r) => r.source === check.source) ?? check?.references[0];
  return best
    ? `${formatRate(best.value, isDerivedRate(best.rate))} ${best.source} ${best.observedDate}`
    : 'no reference';
}

/**
 * A checked pair's implied rate ('' for a pair not checked): see pairReference.
 *
 * @example
 * const scan = scanText(openShippedStore(), { text: '15 November 2017: about 1.5 billion yuan ($227 million).', source: 'fred-h10' });
 * pairImplied(scan.pairs[0]) //=> '6.6079 CNY per USD'
 */
export function pairImplied(pair: ScannedPair): string {
  const implied = pair.check?.implied;
  return implied ? `${formatImpliedRate(implied.value)} ${implied.quote} per ${implied.base}` : '';
}

/**
 * A lone figure in the reporting currency on the story's day, or why it could not be put there.
 *
 * @example
 * const scan = scanText(openShippedStore(), { text: '15 November 2017: a 400 billion yuan plan.', source: 'fred-h10' });
 * loneValue(scan.figures[0]) //=> '= 60,422,960,725.08 USD'
 */
export function loneValue(figure: ScannedFigure): string {
  return figure.normalised
    ? `= ${formatMoneyFull(figure.normalised.to, displayDecimals(figure.normalised.to.amount, currencyInfo(figure.normalised.to.currency).minorUnits))}`
    : `not converted: ${figure.normaliseError?.message ?? 'no rate'}`;
}

/**
 * A scan's summary line: "2 figures, 1 pair: 1 consistent, 0 close, 0 inconsistent".
 *
 * @example
 * scanSummary({ figures: 1, pairs: 0, consistent: 0, close: 0, inconsistent: 0, unchecked: 0 }) //=> '1 figure, 0 pairs: 0 consistent, 0 close, 0 inconsistent'
 */
export function scanSummary(s: ScanResult['summary']): string {
  return `${s.figures} figure${s.figures === 1 ? '' : 's'}, ${s.pairs} pair${s.pairs === 1 ? '' : 's'}: ${s.consistent} consistent, ${s.close} close, ${s.fitsOnlyByRounding > 0 ? `${s.fitsOnlyByRounding} fit only by rounding, ` : ''}${s.inconsistent} inconsistent${s.unchecked > 0 ? `, ${s.unchecked} not checked` : ''}`;
}

/**
 * The human form of a scan: the story's day and where it came from, one line per conversion pair
 * (line, pair, implied rate, reference, verdict, and the likely cause when it does not fit), the
 * lone figures in one currency, what could not be read, and a summary line.
 *
 * @example
 * const scan = scanText(openShippedStore(), { text: '15 November 2017: about 1.5 billion yuan ($227 million).', source: 'fred-h10' });
 * renderScanText(scan).split('\n').at(-2) //=> '2 figures, 1 pair: 1 consistent, 0 close, 0 inconsistent'
 */
export function renderScanText(scan: ScanResult): string {
  checkFields('renderScanText', 'scan', scan, { figures: 'list', pairs: 'list', summary: 'object' });
  const parts: string[] = [];
  writeScanText(scanStreamOf(scan), (text) => parts.push(text));
  return parts.join('');
}

/**
 * renderScanText, written piece by piece as the scan is read: a line per pair as it is checked,
 * so that a long story's answer is never held whole.
 *
 * @param scan - the scan, as a stream
 * @param write - where each piece goes (whole lines)
 *
 * @example
 * const scan = openScan(openShippedStore(), { text: '15 November 2017: about 1.5 billion yuan ($227 million).', source: 'fred-h10' });
 * const lines = [];
 * writeScanText(scan, (text) => lines.push(text));
 * lines.at(-1) //=> '2 figures, 1 pair: 1 consistent, 0 close, 0 inconsistent\n'
 */
export function writeScanText(scan: ScanStream, write: (text: string) => void): void {
  write(
    scan.dateSource === 'text' && scan.storyDate
      ? `story of ${scan.date} (read from the text: "${scan.storyDate.text}")\n`
      : `story of ${scan.date} (as given)\n`,
  );
  scan.eachPair((pair, firstFigure, secondFigure) => {
    const head = `line ${pair.line}: "${firstFigure.text}" and "${secondFigure.text}"`;
    if (pair.check === null) {
      write(`${head}: not checked: ${pair.error?.message ?? ''}\n`);
      return;
    }
    const { verdict, diagnosis } = pair.check;
    const cause =
      (verdict === 'inconsistent' || verdict === 'fits-only-by-rounding') && diagnosis
        ? ` (${diagnosis.findings[0]?.explanation ?? diagnosis.summary})`
        : '';
    write(`${head}: implied ${pairImplied(pair)}, reference ${pairReference(pair)}: ${verdict}${cause}\n`);
  });
  let lone = 0;
  scan.eachLoneFigure((f) => {
    if (lone === 0) write(`lone figures, on ${scan.date}:\n`);
    lone += 1;
    write(`  line ${f.line}: "${f.figure.text}" ${loneValue(f)}\n`);
  });
  scan.eachUnread((u) => write(`unread: "${excerpt(u.text)}": ${excerpt(u.error.message, 400)}\n`));
  write(`${scanSummary(scan.summary())}\n`);
}

/** `value` as JSON.stringify(…, null, 2) writes it at `depth` levels in. */
function jsonAt(value: unknown, depth: number): string {
  const json = JSON.stringify(value, null, 2);
  return depth === 0 ? json : json.replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

/**
 * A JSON array member of the answer's top object, written item by item as
 * JSON.stringify(…, null, 2) writes the whole: `"key": [` … `]` (or `[]` when empty).
 */
function writeJsonArray(
  key: string,
  each: (item: (value: unknown) => void) => void,
  write: (text: string) => void,
): void {
  let count = 0;
  write(`  ${JSON.stringify(key)}: [`);
  each((value) => {
    write(`${count === 0 ? '' : ','}\n    ${jsonAt(value, 2)}`);
    count += 1;
  });
  write(count === 0 ? '],\n' : '\n  ],\n');
}

/** A figure of a scan, as its JSON gives it. */
function figureJson(f: ScannedFigure): unknown {
  return {
    text: f.figure.text,
    line: f.line,
    column: f.column,
    span: f.span,
    amount: f.figure.value.toString(),
    currency: f.figure.currency?.code ?? null,
    low: f.figure.interval.low?.toString() ?? null,
    high: f.figure.interval.high?.toString() ?? null,
    lowOpen: f.figure.interval.lowOpen,
    highOpen: f.figure.interval.highOpen,
    reading: f.figure.reading,
    pair: f.pair,
    normalised: f.normalised
      ? {
          amount: f.normalised.to.amount.toString(),
          currency: f.normalised.to.currency,
          rate: f.normalised.rate.value.toString(),
          source: f.normalised.rate.source.id,
          observedDate: f.normalised.rate.observedDate,
        }
      : null,
    normaliseError: errorJson(f.normaliseError),
  };
}

/**
 * The JSON form of a scan: date, dateSource, figures, pairs (each a check object plus line and
 * span), summary.
 *
 * @example
 * const scan = scanText(openShippedStore(), { text: '15 November 2017: about 1.5 billion yuan ($227 million).', source: 'fred-h10' });
 * JSON.parse(renderScanJson(scan)).pairs[0].verdict //=> 'consistent'
 */
export function renderScanJson(scan: ScanResult): string {
  const parts: string[] = [];
  writeScanJson(scanStreamOf(scan), (text) => parts.push(text));
  return parts.join('');
}

/**
 * renderScanJson, written piece by piece as the scan is read: the same JSON, character for
 * character, with each figure and each pair written as it comes.
 *
 * @param scan - the scan, as a stream
 * @param write - where each piece goes
 *
 * @example
 * const scan = openScan(openShippedStore(), { text: '15 November 2017: about 1.5 billion yuan ($227 million).', source: 'fred-h10' });
 * const parts = [];
 * writeScanJson(scan, (text) => parts.push(text));
 * JSON.parse(parts.join('')).summary.consistent //=> 1
 */
export function writeScanJson(scan: ScanStream, write: (text: string) => void): void {
  write(
    `{\n  "date": ${jsonAt(scan.date, 1)},\n  "dateSource": ${jsonAt(scan.dateSource, 1)},\n  "storyDate": ${jsonAt(scan.storyDate, 1)},\n`,
  );
  writeJsonArray('figures', (item) => scan.eachFigure((f) => item(figureJson(f))), write);
  writeJsonArray(
    'pairs',
    (item) =>
      scan.eachPair((p) =>
        item({
          line: p.line,
          column: p.column,
          span: p.span,
          form: p.form,
          connector: p.connector,
          first: p.first,
          second: p.second,
          ...(p.check ? checkJson(p.check) : { error: errorJson(p.error) }),
        }),
      ),
    write,
  );
  writeJsonArray(
    'unread',
    (item) => scan.eachUnread((u) => item({ text: u.text, span: u.span, error: errorJson(u.error) })),
    write,
  );
  write(`  "summary": ${jsonAt(scan.summary(), 1)}\n}\n`);
}

import type { ScanResult } from '../../check/scanText.js';
import { currencyInfo } from '../../money/currency.js';
import { formatMoneyFull } from '../../money/format.js';
import { checkJson } from './check.js';
import { formatImpliedRate, formatRate } from './convert.js';

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
  const lines = [
    scan.dateSource === 'text' && scan.storyDate
      ? `story of ${scan.date} (read from the text: "${scan.storyDate.text}")`
      : `story of ${scan.date} (as given)`,
  ];
  for (const pair of scan.pairs) {
    const first = scan.figures[pair.first]?.figure.text ?? '';
    const second = scan.figures[pair.second]?.figure.text ?? '';
    const head = `line ${pair.line}: "${first}" and "${second}"`;
    if (pair.check === null) {
      lines.push(`${head}: not checked: ${pair.error?.message ?? ''}`);
      continue;
    }
    const { implied, references, verdict, diagnosis } = pair.check;
    const best = references.find((r) => r.source === pair.check?.source) ?? references[0];
    const reference = best
      ? `${formatRate(best.value, best.rate.derivation === 'cross')} ${best.source} ${best.observedDate}`
      : 'no reference';
    const cause =
      (verdict === 'inconsistent' || verdict === 'fits-only-by-rounding') && diagnosis
        ? ` (${diagnosis.findings[0]?.explanation ?? diagnosis.summary})`
        : '';
    lines.push(
      `${head}: implied ${formatImpliedRate(implied.value)} ${implied.quote} per ${implied.base}, reference ${reference}: ${verdict}${cause}`,
    );
  }
  const lone = scan.figures.filter((f) => f.pair === null);
  if (lone.length > 0) {
    lines.push(`lone figures, on ${scan.date}:`);
    for (const f of lone) {
      const target = f.normalised
        ? `= ${formatMoneyFull(f.normalised.to, currencyInfo(f.normalised.to.currency).minorUnits)}`
        : `: ${f.normaliseError?.message ?? ''}`;
      lines.push(`  line ${f.line}: "${f.figure.text}" ${target}`);
    }
  }
  for (const u of scan.unread) lines.push(`unread: "${u.text}": ${u.error.message}`);
  const s = scan.summary;
  lines.push(
    `${s.figures} figure${s.figures === 1 ? '' : 's'}, ${s.pairs} pair${s.pairs === 1 ? '' : 's'}: ${s.consistent} consistent, ${s.close} close, ${s.fitsOnlyByRounding > 0 ? `${s.fitsOnlyByRounding} fit only by rounding, ` : ''}${s.inconsistent} inconsistent${s.unchecked > 0 ? `, ${s.unchecked} not checked` : ''}`,
  );
  return `${lines.join('\n')}\n`;
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
  const body = {
    date: scan.date,
    dateSource: scan.dateSource,
    storyDate: scan.storyDate,
    figures: scan.figures.map((f) => ({
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
      normaliseError: f.normaliseError,
    })),
    pairs: scan.pairs.map((p) => ({
      line: p.line,
      column: p.column,
      span: p.span,
      form: p.form,
      connector: p.connector,
      first: p.first,
      second: p.second,
      ...(p.check ? checkJson(p.check) : { error: p.error }),
    })),
    unread: scan.unread,
    summary: scan.summary,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

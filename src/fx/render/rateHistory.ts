import { wordsForSetting, type SettingNamer } from '../../errors.js';
import { pairText } from '../currencyPair.js';
import { describeDaysWithout } from '../periodAverage.js';
import type { HistoryAverage, RateHistory } from '../rateHistory.js';
import { RATE_CSV_HEADER } from '../table.js';
import { csvLine } from '../../text/csvCell.js';
import { formatRate, passedOverText } from './rate.js';
import { checkFields } from '../../requestFields.js';
import { counted } from '../../text/counted.js';

function headerLine(history: RateHistory): string {
  const source = history.source;
  return `${pairText(history.pair)} · ${source.id} (${source.name}) · ${history.how}`;
}

function notes(history: RateHistory): string[] {
  const lines: string[] = [];
  for (const p of history.passedOver) lines.push(`source: ${passedOverText(p, history.source.id)}`);
  if (history.spanNote) lines.push(`note: ${history.spanNote}`);
  return lines;
}

function gapText(run: RateHistory['gaps'][number]): string[] {
  if (run.holidays + run.unexplained === 0) return [];
  if (run.reasons.length === 0) {
    return [
      `${run.from} .. ${run.to}  no rate on any of ${run.days} days (${run.holidays} holidays, ${run.unexplained} unexplained, ${run.weekends} weekend days)`,
    ];
  }
  return run.reasons.map((r) => `${r.date}  no rate: ${r.kind === 'unexplained' ? r.name : r.name}`);
}

function averageLine(row: HistoryAverage): string {
  // A mean is computed: shown to 8 significant digits, like any derived rate.
  const value = row.value === null ? 'no rate' : formatRate(row.value, true);
  const part = row.complete ? '' : ` (part: ${row.from} .. ${row.to})`;
  return `${row.label.padEnd(7)}  ${value.padStart(12)}  ${row.count} rates, ${describeDaysWithout(row.daysWithout)}${part}`;
}

/**
 * The text of `rates show`: a header naming the source and how values relate to what it
 * published, one line per rate (and per weekday without one, with why), a summary; with
 * averages, one line per month or year instead.
 *
 * @example
 * renderShowText(rateHistory(openShippedStore(), { pair: 'USD/CNY', from: '2017-11-22', to: '2017-11-24' })).split('\n').slice(1, 4)
 * //=> ['2017-11-22  6.6086', '2017-11-23  no rate: Thanksgiving Day', '2017-11-24  6.5998']
 */
export function renderShowText(history: RateHistory, name: SettingNamer = wordsForSetting): string {
  checkFields('renderShowText', 'history', history, { points: 'list', gaps: 'list' });
  const lines = [headerLine(history)];
  const derived = history.derivation !== 'direct';
  if (history.averages) {
    const by = history.averages.by === 'month' ? 'monthly' : 'yearly';
    lines.push(...history.averages.rows.map(averageLine));
    lines.push(`${by} averages from ${history.from} to ${history.to}: ${history.averages.method}`);
    lines.push(`averages are shown to 8 significant digits; ${name('fullPrecision', 'csv')}`);
  } else {
    let gap = 0;
    for (const point of history.points) {
      while (gap < history.gaps.length && (history.gaps[gap]?.to ?? '') < point.date) {
        lines.push(...gapText(history.gaps[gap] as RateHistory['gaps'][number]));
        gap += 1;
      }
      lines.push(`${point.date}  ${formatRate(point.value, point.derived)}`);
    }
    for (; gap < history.gaps.length; gap += 1)
      lines.push(...gapText(history.gaps[gap] as RateHistory['gaps'][number]));
    const count = history.points.length;
    lines.push(
      `${counted(count, 'rate')} from ${history.from} to ${history.to}; ${describeDaysWithout(history.daysWithout)}${history.daysWithout.weekends > 0 ? '; weekends are not listed' : ''}`,
    );
    if (derived)
      lines.push(`derived rates are shown to 8 significant digits; ${name('fullPrecision', 'csv')}`);
  }
  lines.push(...notes(history));
  return `${lines.join('\n')}\n`;
}

/**
 * The CSV of `rates show`: the rates as `date,base,quote,rate` (what `rates import csv` reads),
 * or with averages one row per month or year.
 *
 * @example
 * renderShowCsv(rateHistory(openShippedStore(), { pair: 'USD/CNY', from: '2017-11-22', to: '2017-11-22' }))
 * //=> 'date,base,quote,rate\n2017-11-22,USD,CNY,6.6086\n'
 */
export function renderShowCsv(history: RateHistory): string {
  const { base, quote } = history.pair;
  if (history.averages) {
    const rows = history.averages.rows.map((r) =>
      csvLine([
        r.label,
        r.from,
        r.to,
        base,
        quote,
        r.value?.toString() ?? '',
        String(r.count),
        String(r.daysWithout.days),
        String(r.complete),
      ]),
    );
    return `${['period,from,to,base,quote,rate,count,days_without_rate,complete', ...rows].join('\n')}\n`;
  }
  const rows = history.points.map((p) => csvLine([p.date, base, quote, p.value.toString()]));
  return `${[RATE_CSV_HEADER, ...rows].join('\n')}\n`;
}

/**
 * The JSON of `rates show`: decimals as full-precision strings.
 *
 * @example
 * JSON.parse(renderShowJson(rateHistory(openShippedStore(), { pair: 'USD/CNY', from: '2017-11-22', to: '2017-11-22' }))).points
 * //=> [{ date: '2017-11-22', value: '6.6086', derived: false }]
 */
export function renderShowJson(history: RateHistory, extra: Record<string, unknown> = {}): string {
  const body = {
    pair: pairText(history.pair),
    base: history.pair.base,
    quote: history.pair.quote,
    source: { id: history.source.id, name: history.source.name, attribution: history.source.attribution },
    derivation: history.derivation,
    how: history.how,
    series: history.series,
    from: history.from,
    to: history.to,
    spanNote: history.spanNote,
    points: history.points.map((p) => ({ date: p.date, value: p.value.toString(), derived: p.derived })),
    gaps: history.gaps,
    daysWithout: history.daysWithout,
    ...(history.averages
      ? {
          averages: {
            by: history.averages.by,
            method: history.averages.method,
            rows: history.averages.rows.map((r) => ({
              label: r.label,
              from: r.from,
              to: r.to,
              complete: r.complete,
              value: r.value?.toString() ?? null,
              count: r.count,
              daysWithout: r.daysWithout,
              legs: r.legs.map((l) => ({
                series: l.seriesId,
                base: l.base,
                quote: l.quote,
                mean: l.mean.toString(),
                sum: l.sum.toString(),
                count: l.count,
                first: l.first,
                last: l.last,
              })),
            })),
          },
        }
      : {}),
    passedOver: history.passedOver,
    ...extra,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

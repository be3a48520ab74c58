import { addDays } from '../fx/calendar.js';
import { pairText } from '../fx/currencyPair.js';
import type { RateHistory } from '../fx/rateHistory.js';
import type { ChartGap, ChartSpec } from './chart.js';
import { checkFields } from '../requestFields.js';

function gapLabel(reasons: RateHistory['gaps'][number]['reasons']): string {
  return reasons.map((r) => `${r.date} ${r.kind === 'unexplained' ? `(${r.name})` : r.name}`).join(', ');
}

/**
 * The chart of a rate history: its points, its weekdays without a rate as gaps (weekends are not
 * gaps: the line runs across them), and its monthly or yearly averages as steps.
 *
 * @param history - a rate history (rateHistory)
 * @returns what svgChart and the terminal chart draw
 *
 * @example
 * const h = rateHistory(openShippedStore(), { pair: 'USD/CNY', from: '2017-11-20', to: '2017-11-24' });
 * historyChart(h).gaps //=> [{ from: '2017-11-23', to: '2017-11-23', label: '2017-11-23 Thanksgiving Day' }]
 */
export function historyChart(history: RateHistory): ChartSpec {
  checkFields('historyChart', 'history', history, { points: 'list', gaps: 'list' });
  const gaps: ChartGap[] = [];
  for (const run of history.gaps) {
    if (run.holidays + run.unexplained === 0) continue;
    if (run.reasons.length > 0) {
      // Shade the weekdays themselves, not the weekend around them.
      const first = run.reasons[0]?.date ?? run.from;
      const last = run.reasons[run.reasons.length - 1]?.date ?? run.to;
      gaps.push({ from: first, to: last, label: gapLabel(run.reasons) });
    } else {
      gaps.push({
        from: run.from,
        to: run.to,
        label: `${run.from} to ${run.to}: ${run.days} days without a rate (${run.holidays} holidays, ${run.unexplained} unexplained)`,
      });
    }
  }
  const { base, quote } = history.pair;
  return {
    title: pairText(history.pair),
    unit: `${quote} per 1 ${base}`,
    source: `${history.source.id}: ${history.source.name}`,
    attribution: history.source.attribution,
    from: history.from,
    to: history.to === history.from ? addDays(history.to, 1) : history.to,
    points: history.points,
    gaps,
    ...(history.averages
      ? {
          steps: history.averages.rows.flatMap((row) =>
            row.value === null
              ? []
              : [
                  {
                    from: row.from,
                    to: row.to,
                    value: row.value,
                    label: `${row.label} average ${row.value.toSignificantDigits(8).toString()} (${row.count} rates)`,
                  },
                ],
          ),
        }
      : {}),
    note: history.how,
  };
}

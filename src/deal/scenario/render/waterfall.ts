/**
 * The waterfall part of a scenario's output: the final table by holder and class (text, and CSV
 * laid out as cap-table tools do: a row per holder, a column per class), each exit's payouts with
 * their reasons, and the breakpoints.
 */
import { Decimal } from '../../../money/decimal.js';
import { formatDecimal, formatMoneyFull } from '../../../money/format.js';
import type { ScenarioResult } from '../types.js';
import type { SweepResult } from '../sweep.js';
import type { PayoutChartSpec } from '../../../render/payoutChart.js';
import { SCENARIO_POOL_ROW } from '../table.js';
import { csvLine } from '../../../text/csvCell.js';
import { readable } from './figures.js';
import { priceText } from '../figureText.js';

const ZERO = new Decimal('0');

/** The final table as rows of holder × class shares (the pool's row under options), and the columns. */
function wide(result: ScenarioResult): { columns: string[]; rows: { holder: string; cells: Decimal[] }[] } {
  const columns = result.classTable.classes
    .filter((c) => !c.shares.isZero() || c.name === 'common')
    .map((c) => c.name);
  const holders = result.holders
    .filter((row) => row.kind === 'holder' || !row.shares.isZero())
    .map((row) => row.holder);
  const poolRow = result.holders.find((row) => row.kind === 'pool');
  if (poolRow !== undefined && !poolRow.shares.isZero() && !columns.includes('options'))
    columns.splice(1, 0, 'options');
  // One pass over the holdings (a lookup per cell would be holders × classes × holdings).
  const held = new Map<string, Decimal>();
  const key = (holder: string, name: string) => `${holder}\u0000${name}`;
  for (const h of result.classTable.holdings)
    held.set(key(h.holder, h.class), (held.get(key(h.holder, h.class)) ?? ZERO).plus(h.shares));
  const rows = holders.map((holder) => ({
    holder,
    cells: columns.map((name) =>
      holder === SCENARIO_POOL_ROW && poolRow?.kind === 'pool'
        ? name === 'options'
          ? poolRow.shares
          : ZERO
        : (held.get(key(holder, name)) ?? ZERO),
    ),
  }));
  return { columns, rows };
}

/**
 * The final pro-forma table as CSV, a row per holder and a column per class, then the total.
 *
 * @example
 * const text = 'currency: USD\nholders:\n  - { name: Founder, shares: 1000000 }\nrounds:\n  - { name: Seed, date: 2018-01-01, preMoney: "$4M", investors: [{ name: Angel, amount: "$1M" }] }\n';
 * renderClassTableCsv(answerScenario(openShippedStore(), { text }).result).split('\n').slice(0, 3) //=> ['holder,common,Seed,total', 'Founder,1000000,0,1000000', 'Angel,0,250000,250000']
 */
export function renderClassTableCsv(result: ScenarioResult): string {
  const { columns, rows } = wide(result);
  const lines = [
    csvLine(['holder', ...columns, 'total']),
    ...rows.map((r) =>
      csvLine([
        r.holder,
        ...r.cells.map((c) => c.toString()),
        r.cells.reduce((a, c) => a.plus(c), ZERO).toString(),
      ]),
    ),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * The waterfall as text lines: the table by class (when there are series or options), each exit
 * divided with its reasons, and the breakpoints.
 *
 * @example
 * const text = 'currency: USD\nclasses: [{ name: Series A, issuePrice: "$6" }]\nholders:\n  - { name: Founders, shares: 3000000 }\n  - { name: Fund A, class: Series A, shares: 1000000 }\nexits: ["$9M"]\n';
 * waterfallLines(answerScenario(openShippedStore(), { text }).result).find((l) => l.startsWith('exit')) //=> 'exit 9,000,000.00 USD ($9M)'
 */
export function waterfallLines(result: ScenarioResult): string[] {
  const currency = result.currency;
  const money = (d: Decimal) => formatMoneyFull({ amount: d, currency });
  const lines: string[] = [];
  // A round's series carries its price as a decimal string; a class of the file, its figure as written.
  const issuedAt = (text: string | null): string =>
    text === null
      ? '(no issue price)'
      : /^-?\d+(\.\d+)?$/.test(text)
        ? priceText(new Decimal(text), currency)
        : text;
  const series = result.classTable.classes.filter((c) => c.kind === 'preferred' && !c.shares.isZero());
  if (
    series.length > 0 ||
    result.classTable.classes.some((c) => c.kind === 'options' && !c.shares.isZero())
  ) {
    const { columns, rows } = wide(result);
    const width = Math.max(6, ...rows.map((r) => r.holder.length));
    const cell = (s: string, i: number) => s.padStart(Math.max(12, (columns[i] ?? '').length));
    lines.push('by class (final table)');
    lines.push(`    ${'holder'.padEnd(width)}  ${columns.map(cell).join('  ')}`);
    for (const r of rows)
      lines.push(
        `    ${r.holder.padEnd(width)}  ${r.cells.map((c, i) => cell(formatDecimal(c, 0), i)).join('  ')}`,
      );
    for (const c of series)
      lines.push(
        `  ${c.name}: issued at ${issuedAt(c.issuePrice)}, ${c.preference?.toString() ?? '1'}x preference, ${
          c.participation === 'capped'
            ? `participating up to ${c.cap?.toString() ?? ''}x`
            : c.participation === 'full'
              ? 'participating'
              : 'non-participating'
        }, seniority ${c.seniority ?? 0}, converts 1:${readable(c.conversionRatio?.toString() ?? '1')}${c.defaults.length > 0 ? ` (by default: ${c.defaults.join(', ')})` : ''}`,
      );
  }
  for (const c of series)
    for (const a of c.antiDilution)
      lines.push(
        `  ${c.name} anti-dilution at ${a.round} (round price ${priceText(a.roundPrice, currency)}): conversion price ${priceText(a.oldPrice, currency)} → ${priceText(a.newPrice, currency)}, ${formatDecimal(a.extraShares, 2)} extra common shares on conversion (${a.formula})`,
      );
  for (const exit of result.exits) {
    lines.push(`exit ${money(exit.exit)} (${exit.text})`);
    for (const c of exit.byClass)
      lines.push(
        `  ${(c.kind === 'options' ? `options at ${c.strike ? money(c.strike) : '?'}` : c.class).padEnd(20)} ${money(c.amount).padStart(22)}  ${c.explanation}`,
      );
    lines.push(`  by holder: ${exit.byHolder.map((h) => `${h.holder} ${money(h.amount)}`).join('; ')}`);
    lines.push(
      `  check: the payouts sum to ${money(exit.check.paid)}${exit.check.holds ? ', the exit value, exactly' : ' (NOT the exit value)'}`,
    );
    for (const use of exit.fx) lines.push(`  converted ${use.text} = ${money(use.to.amount)}`);
  }
  if (result.breakpoints.length > 0) {
    lines.push('breakpoints (exit values where a payout line changes slope)');
    for (const b of result.breakpoints)
      lines.push(`  ${money(b.exit).padStart(22)}  ${b.class}: ${b.event} (${b.explanation})`);
  }
  return lines;
}

/**
 * A sweep of the exit value as a payout chart: one line per shown result, named by the holder or
 * class it reads; null when the sweep is not of one exit value.
 *
 * @example
 * const text = 'currency: USD\nclasses: [{ name: Series A, issuePrice: "$6" }]\nholders:\n  - { name: Founders, shares: 3000000 }\n  - { name: Fund A, class: Series A, shares: 1000000 }\n';
 * sweepPayoutChart(answerScenario(openShippedStore(), { text, sweeps: ['exit=0..30M:10M'] }).sweep).series.map((s) => s.name) //=> ['Founders', 'Fund A']
 */
export function sweepPayoutChart(sweep: SweepResult): PayoutChartSpec | null {
  const axis = sweep.axes[0];
  if (sweep.axes.length !== 1 || axis === undefined || axis.path !== 'exit') return null;
  const series = sweep.shows.map((show, i) => ({
    name: /\["((?:[^"\\]|\\.)*)"\]/.exec(show)?.[1] ?? show,
    points: sweep.cells.flatMap((cell) => {
      const y = cell.values?.[i];
      const x = cell.at[0];
      return x !== undefined && y instanceof Decimal ? [{ x, y }] : [];
    }),
  }));
  return {
    title: 'Payout by exit value',
    xLabel: `exit value (${axis.currency ?? ''})`,
    yLabel: `payout (${axis.currency ?? ''})`,
    series,
  };
}

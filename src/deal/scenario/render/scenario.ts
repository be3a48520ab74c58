import { wordsForSetting, type SettingNamer } from '../../../errors.js';
import { currencyInfo, type CurrencyCode } from '../../../money/currency.js';
import { Decimal } from '../../../money/decimal.js';
import { formatDecimal, formatMoneyFull } from '../../../money/format.js';
import { percentText } from '../../../money/percentText.js';
import type { RateQuote } from '../../../fx/types.js';
import type { SweepResult } from '../sweep.js';
import type { SolveAnswer } from '../solveScenario.js';
import type { CapTableRow, RoundResult, ScenarioResult } from '../types.js';
import { rateCitation, rateQuoteJson } from '../../../fx/render/rate.js';
import { csvLine } from '../../../text/csvCell.js';
import { lineChart } from '../../../render/textChart.js';
import { sweepPayoutChart, waterfallLines } from './waterfall.js';
import { payoutChartText } from '../../../render/payoutChart.js';
import { roundingWords } from '../roundRules.js';
import { DISPLAY_RULES, readable } from './figures.js';
import { priceText } from '../figureText.js';
import { checkFields } from '../../../requestFields.js';

const shares = (value: Decimal): string => formatDecimal(value, 0);
const roundingWordsOf = (round: RoundResult): string => `price ${roundingWords(round.rounding.price)}`;
const pct = percentText;
const points = (value: Decimal): string => `${value.isNegative() ? '' : '+'}${formatDecimal(value, 2)} pts`;

function moneyIn(currency: CurrencyCode) {
  const decimals = currencyInfo(currency).minorUnits;
  return (value: Decimal): string => formatMoneyFull({ amount: value, currency }, decimals);
}

const price = priceText;

function tableLines(rows: readonly CapTableRow[]): string[] {
  const width = Math.max(6, ...rows.map((r) => r.holder.length));
  const head = `    ${'holder'.padEnd(width)}  ${'shares'.padStart(14)}  ${'% fully diluted'.padStart(15)}  ${'change'.padStart(12)}`;
  return [
    head,
    ...rows.map(
      (r) =>
        `    ${r.holder.padEnd(width)}  ${shares(r.shares).padStart(14)}  ${pct(r.percent).padStart(15)}  ${points(r.change.percentPoints).padStart(12)}`,
    ),
  ];
}

/** A secondary's price against the round's, as deal people say it: "a 25.00% discount to". */
function secondaryTerms(premiumPercent: Decimal): string {
  if (premiumPercent.isZero()) return 'at';
  const kind = premiumPercent.isNegative() ? 'discount' : 'premium';
  return `a ${pct(premiumPercent.abs())} ${kind} to`;
}

/** The post-money with every part named: pre-money, converting amounts, new money, conversion shares, pool. */
function postMoneyLine(round: RoundResult, money: (value: Decimal) => string): string {
  const parts = round.identities.postMoney.components.map((c) => `${c.label} ${money(c.value)}`);
  const poolInside =
    !round.pool.increase.isZero() && round.pool.placement !== 'post-money'
      ? `; the pool increase (${shares(round.pool.increase)} shares, ${money(round.pool.increase.times(round.pricePerShareExact))} at the price) is inside the pre-money`
      : '';
  const conversionShares = round.conversions.reduce((a, c) => a.plus(c.shares), new Decimal('0'));
  const conversionsInside =
    round.convention === 'percentage-ownership' && round.conversions.length > 0
      ? `; the conversion shares (${shares(conversionShares)} shares, converting ${money(round.conversions.reduce((a, c) => a.plus(c.amount), new Decimal('0')))}) are inside the pre-money: they dilute only the holders before the round`
      : '';
  return `  post-money       ${money(round.postMoney)} = ${parts.join(' + ')}${poolInside}${conversionsInside}`;
}

function conversionLines(
  c: RoundResult['conversions'][number],
  currency: CurrencyCode,
  money: (value: Decimal) => string,
): string[] {
  const lines = [
    `  converts         ${c.name} (${c.type}): ${money(c.amount)} at ${price(c.price, currency)} (${c.term}${c.termFrom && c.termFrom !== c.name ? ` from ${c.termFrom}` : ''}; conversion price ${c.priceRounding})`,
  ];
  const candidates = c.candidates.map((x) => {
    const base = `${x.term} ${price(x.price, currency)}${x.from !== c.name ? ` (from ${x.from})` : ''}`;
    return x.capitalization
      ? `${base} (cap ÷ ${formatDecimal(x.capitalization, 2)} shares: ${x.capitalizationRule ?? 'its capitalization'})`
      : base;
  });
  lines.push(`                   candidates: ${candidates.join('; ')}`);
  const cap = c.candidates.find((x) => x.term === 'cap');
  if (cap && c.term !== 'cap')
    lines.push(
      `                   the cap does not bind: its price ${price(cap.price, currency)} is above the ${c.term === 'discount' ? 'discount price' : 'round price'}`,
    );
  if (c.accrual) {
    const a = c.accrual;
    lines.push(
      `                   note: principal ${money(c.principal)} + interest ${money(c.interest)} (${formatDecimal(a.rate, 4).replace(/\.?0+$/, '')}% ${a.compounding}${a.compounding === 'compound' ? ` ${a.compoundingPeriod}, ${a.periods} whole periods` : ''}, ${a.dayCount}, ${a.days} days from ${a.start} to ${a.end}${a.compounding === 'simple' ? ` = ${readable(a.years.toString())} years` : ''})`,
    );
  } else if (c.type === 'note') {
    lines.push(`                   note: principal ${money(c.principal)}, no interest`);
  }
  if (c.warning) lines.push(`  warning          ${c.warning}`);
  return lines;
}

function roundLines(round: RoundResult, currency: CurrencyCode): string[] {
  const money = moneyIn(currency);
  const rounded = round.rounding.price.decimals !== null;
  const lines = [
    `${round.name} · ${round.date} · ${round.convention}`,
    `  price per share  ${price(round.pricePerShare, currency)}  (${round.formula}; ${roundingWordsOf(round)}${rounded ? ` from ${price(round.pricePerShareExact, currency)}` : ''})`,
    postMoneyLine(round, money),
    `  effective pre-money ${money(round.effectivePreMoney)}: the round price × the ${shares(round.effectivePreMoney.div(round.pricePerShare))} shares held before the round (what the existing holders' shares are priced at)`,
  ];
  if (!round.pool.increase.isZero() || round.pool.target) {
    lines.push(
      `  pool             +${shares(round.pool.increase)} shares, ${shares(round.pool.after)} in all (${pct(round.pool.percent)})${round.pool.note ? `: ${round.pool.note}` : ''}`,
    );
  }
  for (const c of round.conversions) lines.push(...conversionLines(c, currency, money));
  for (const n of round.newShares)
    lines.push(`  new shares       ${n.investor}: ${shares(n.shares)} for ${money(n.amount)}`);
  for (const e of round.antiDilutionShares ?? [])
    lines.push(
      `  anti-dilution    ${e.holder}'s ${e.class} converts into ${shares(e.shares)} more common shares after this round's adjustment; the table and later rounds count them`,
    );
  for (const t of round.proRata)
    lines.push(
      t.take === null
        ? `  pro-rata         ${t.holder} takes its pro-rata: ${shares(t.shares)} shares for ${money(t.amount)}, keeping ${formatDecimal(t.percentBefore, 2)}% of the new-money shares (${formatDecimal(t.percentAfter, 2)}% of all after the round; conversions, pool top-ups and anti-dilution shares change it as for every holder)`
        : `  pro-rata         ${t.holder} takes ${t.take} of its pro-rata (${money(t.allocation)}, ${formatDecimal(t.percentBefore, 2)}% of the new-money shares): ${shares(t.shares)} shares for ${money(t.amount)}, ${formatDecimal(t.percentOfNewShares, 2)}% of the new-money shares (${formatDecimal(t.percentAfter, 2)}% of all after the round)`,
    );
  for (const s of round.secondaries)
    lines.push(
      `  secondary        ${s.seller} → ${s.buyer}: ${shares(s.shares)} at ${price(s.price, currency)} (${money(s.amount)}), ${secondaryTerms(s.premiumPercent)} the round price ${price(round.pricePerShare, currency)}`,
    );
  for (const use of round.fx)
    lines.push(`  converted        ${use.text} = ${money(use.to.amount)}; rate ${rateCitation(use.rate)}`);
  lines.push(...tableLines(round.table));
  const identity = round.identities.postMoney;
  lines.push(`  check: ${identity.explanation}`);
  lines.push(
    `  check: percentages sum to ${formatDecimal(round.identities.percentages.sum, 2)}% (${round.identities.percentages.method})`,
  );
  return lines;
}

/**
 * A scenario's run as text: each round (price, post-money, pool, conversions, new shares, the
 * pro-forma table, the identity checks shown), then the readings and assumptions.
 *
 * @example
 * const text = 'currency: USD\nholders:\n  - { name: Founder, shares: 1000000 }\npool: { shares: 0 }\nrounds:\n  - { name: Seed, date: 2018-01-01, preMoney: "$4M", investors: [{ name: Angel, amount: "$1M" }] }\n';
 * const answer = answerScenario(openShippedStore(), { text });
 * renderScenarioText(answer.result).split('\n')[0] //=> 'Seed · 2018-01-01 · no-conversions'
 */
export function renderScenarioText(result: ScenarioResult, name: SettingNamer = wordsForSetting): string {
  checkFields('renderScenarioText', 'result', result, {
    rounds: 'list',
    holders: 'list',
    readings: 'list',
    assumptions: 'list',
  });
  const lines = [
    ...result.rounds.flatMap((round) => roundLines(round, result.currency)),
    ...waterfallLines(result),
    ...result.outstanding.map((o) => `outstanding: ${o.name}`),
    ...[
      ...new Set([
        ...result.readings.flatMap((r) => (r.assumption ? [r.assumption] : [])),
        ...result.assumptions,
      ]),
    ].map((a) => `assumed: ${a}`),
    `${DISPLAY_RULES}; ${name('fullPrecision', undefined)}`,
  ];
  return `${lines.join('\n')}\n`;
}

function jsonOf(value: unknown): string {
  return `${JSON.stringify(value, (key, v: unknown) => (key === 'rate' && v && typeof v === 'object' && 'legs' in v ? rateQuoteJson(v as RateQuote) : v), 2)}\n`;
}

/**
 * A scenario's run as JSON: per round pricePerShare, postMoney, conversions, newShares and the
 * table (holder, shares, percent), decimals as strings.
 *
 * @example
 * const text = 'currency: USD\nholders:\n  - { name: Founder, shares: 1000000 }\npool: { shares: 0 }\nrounds:\n  - { name: Seed, date: 2018-01-01, preMoney: "$4M", investors: [{ name: Angel, amount: "$1M" }] }\n';
 * JSON.parse(renderScenarioJson(answerScenario(openShippedStore(), { text }).result)).rounds[0].postMoney //=> '5000000'
 */
export function renderScenarioJson(result: ScenarioResult): string {
  return jsonOf(result);
}

/**
 * A scenario's pro-forma tables as CSV, one row per round and holder, full precision.
 *
 * @example
 * const text = 'currency: USD\nholders:\n  - { name: Founder, shares: 1000000 }\npool: { shares: 0 }\nrounds:\n  - { name: Seed, date: 2018-01-01, preMoney: "$4M", investors: [{ name: Angel, amount: "$1M" }] }\n';
 * renderScenarioCsv(answerScenario(openShippedStore(), { text }).result).split('\n')[1] //=> 'Seed,2018-01-01,Founder,holder,1000000,80,0,-20'
 */
export function renderScenarioCsv(result: ScenarioResult): string {
  const header = csvLine([
    'round',
    'date',
    'holder',
    'kind',
    'shares',
    'percent',
    'change_shares',
    'change_points',
  ]);
  const rows = result.rounds.flatMap((round) =>
    round.table.map((r) =>
      csvLine([
        round.name,
        round.date,
        r.holder,
        r.kind,
        r.shares.toString(),
        r.percent.toString(),
        r.change.shares.toString(),
        r.change.percentPoints.toString(),
      ]),
    ),
  );
  return `${[header, ...rows].join('\n')}\n`;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'toFixed' in value) return (value as Decimal).toString();
  return String(value);
}

/**
 * A sweep as CSV: the swept values, then each shown result (full precision); a point that cannot
 * be solved says why in an `error` column.
 *
 * @example
 * const text = 'currency: USD\nholders:\n  - { name: Founder, shares: 1000000 }\npool: { shares: 0 }\nrounds:\n  - { name: Seed, date: 2018-01-01, preMoney: "$4M", investors: [{ name: Angel, amount: "$1M" }] }\n';
 * const answer = answerScenario(openShippedStore(), { text, sweeps: ['rounds[0].preMoney=4M..5M:1M'], shows: ['holders["Founder"].percent'] });
 * renderSweepCsv(answer.sweep).split('\n').slice(1, 3) //=> ['4000000,80,', '5000000,83.333333333333333333333333333333,']
 */
export function renderSweepCsv(sweep: SweepResult): string {
  const header = csvLine([...sweep.axes.map((a) => a.path), ...sweep.shows, 'error']);
  const rows = sweep.cells.map((cell) =>
    csvLine([
      ...cell.at.map((v) => v.toString()),
      ...sweep.shows.map((_, i) => cellText(cell.values?.[i])),
      cell.error?.message ?? '',
    ]),
  );
  return `${[header, ...rows].join('\n')}\n`;
}

/**
 * A sweep as JSON.
 *
 * @example
 * const text = 'currency: USD\nholders:\n  - { name: Founder, shares: 1000000 }\npool: { shares: 0 }\nrounds:\n  - { name: Seed, date: 2018-01-01, preMoney: "$4M", investors: [{ name: Angel, amount: "$1M" }] }\n';
 * JSON.parse(renderSweepJson(answerScenario(openShippedStore(), { text, sweeps: ['rounds[0].preMoney=4M..5M:1M'] }).sweep)).cells.length //=> 2
 */
export function renderSweepJson(sweep: SweepResult): string {
  return jsonOf(sweep);
}

function shown(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'object' && 'toFixed' in value) {
    const d = value as Decimal;
    return d.decimalPlaces() > 4 ? formatDecimal(d, 4) : formatDecimal(d, d.decimalPlaces());
  }
  return String(value);
}

/** A two-way sweep as one grid per shown result: the first axis down, the second across. */
function matrixLines(sweep: SweepResult): string[] {
  const [down, across] = sweep.axes;
  if (down === undefined || across === undefined) return [];
  const columns = across.values.length;
  const lines: string[] = [];
  sweep.shows.forEach((show, k) => {
    const rows = down.values.map((value, i) => [
      shown(value),
      ...across.values.map((_, j) => {
        const cell = sweep.cells[i * columns + j];
        return cell?.values ? shown(cell.values[k]) : 'unsolvable';
      }),
    ]);
    const header = [`${down.path} ↓ ${across.path} →`, ...across.values.map(shown)];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells: readonly string[]) => cells.map((c, i) => c.padStart(widths[i] ?? 0)).join('  ');
    if (k > 0) lines.push('');
    lines.push(show, line(header), ...rows.map(line));
  });
  const failed = sweep.cells.find((c) => c.error !== null);
  if (failed?.error)
    lines.push('', `unsolvable cells, e.g. at ${failed.at.map(shown).join(', ')}: ${failed.error.message}`);
  return lines;
}

/**
 * A sweep as a table (4 decimals shown), with a chart of the first result when asked.
 *
 * @example
 * const text = 'currency: USD\nholders:\n  - { name: Founder, shares: 1000000 }\npool: { shares: 0 }\nrounds:\n  - { name: Seed, date: 2018-01-01, preMoney: "$4M", investors: [{ name: Angel, amount: "$1M" }] }\n';
 * renderSweepText(answerScenario(openShippedStore(), { text, sweeps: ['rounds[0].preMoney=4M..5M:1M'], shows: ['holders["Founder"].percent'] }).sweep, false).split('\n')[1].trim().split(/\s+/)
 * //=> ['4,000,000', '80']
 */
export function renderSweepText(sweep: SweepResult, chart: boolean): string {
  checkFields('renderSweepText', 'sweep', sweep, { axes: 'list', shows: 'list', cells: 'list' });
  if (sweep.kind === 'matrix') return `${matrixLines(sweep).join('\n')}\n`;
  const header = [...sweep.axes.map((a) => a.path), ...sweep.shows];
  const rows = sweep.cells.map((cell) => [
    ...cell.at.map((v) => shown(v)),
    ...(cell.values
      ? cell.values.map(shown)
      : sweep.shows.map((_, i) => (i === 0 ? `unsolvable: ${cell.error?.message ?? ''}` : ''))),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padStart(widths[i] ?? 0)).join('  ');
  const lines = [line(header), ...rows.map(line)];
  const payouts = chart ? sweepPayoutChart(sweep) : null;
  if (payouts !== null) lines.push('', ...payoutChartText(payouts));
  else if (chart && sweep.axes.length === 1 && sweep.shows.length > 0) {
    const points = sweep.cells
      .filter((c) => c.values && c.values[0] && typeof c.values[0] === 'object')
      .map((c) => ({ x: c.at[0] as Decimal, y: c.values?.[0] as Decimal }));
    lines.push('', ...lineChart(points, { xLabel: sweep.axes[0]?.path ?? '', yLabel: sweep.shows[0] ?? '' }));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A --solve answer as text: the value found (exact, or how it was rounded to be set), then the
 * scenario run with it.
 *
 * @example
 * const text = 'currency: USD\nholders:\n  - { name: Founder, shares: 1000000 }\nrounds:\n  - { name: Seed, date: 2018-01-01, preMoney: "$4M", investors: [{ name: Angel, amount: "$1M" }] }\n';
 * const answer = answerScenario(openShippedStore(), { text, solve: 'investment:Angel=50%' });
 * renderSolveText(answer.solved).split('\n')[0] //=> 'solved investment:Angel=50%: rounds[0].investors["Angel"].amount = 4,000,000.00 USD (exact)'
 */
export function renderSolveText(solved: SolveAnswer): string {
  const currency = solved.result.currency;
  const head = `solved ${solved.question}: ${solved.path} = ${price(solved.setValue, currency)} (${
    solved.exact
      ? 'exact'
      : 'the exact value does not terminate; the scenario below runs with it rounded half-even to 10 decimals'
  })`;
  return `${head}\n${renderScenarioText(solved.result)}`;
}

/**
 * A --solve answer as JSON: `solved` (question, path, value, exact, setValue) and the scenario's result.
 *
 * @example
 * const text = 'currency: USD\nholders:\n  - { name: Founder, shares: 1000000 }\nrounds:\n  - { name: Seed, date: 2018-01-01, preMoney: "$4M", investors: [{ name: Angel, amount: "$1M" }] }\n';
 * JSON.parse(renderSolveJson(answerScenario(openShippedStore(), { text, solve: 'preMoney:Seed=$5' }).solved)).solved.value //=> '5000000'
 */
export function renderSolveJson(solved: SolveAnswer): string {
  const { result, ...rest } = solved;
  return jsonOf({ solved: rest, ...result });
}

/**
 * One round of a scenario, in the order a closing works: convertibles convert, the pool is topped
 * up, new money buys shares at the round price, options are granted, secondaries move shares.
 * The price, pool and conversions come from the exact solution (solveRound); share counts are
 * that solution rounded by the round's named rules; the identities are then computed, not assumed.
 */
import type { IsoDate } from '../../fx/types.js';
import { Decimal } from '../../money/decimal.js';
import {
  add,
  bigToDecimal,
  cmp,
  div,
  fromDecimal,
  HUNDRED,
  mul,
  ONE,
  ratio,
  roundToDecimals,
  roundToInteger,
  sign,
  sub,
  sum,
  toDecimal,
  ZERO,
  type IntegerRounding,
  type Rational,
} from './rational.js';
import { accrue } from './interest.js';
import { ScenarioError } from './scenarioError.js';
import { explainUnsolvable, solveRound, type SolverInstrument, type SolverTerms } from './solveRound.js';
import { fullyDilutedOf, tableRows, type CapTable } from './table.js';
import type { ToReporting } from './toReporting.js';
import type {
  ConversionResult,
  ScenarioFxUse,
  PriceCandidate,
  PriceRounding,
  RoundResult,
  RoundingEffect,
  Scenario,
  ScenarioConvertible,
  ScenarioFigure,
  ShareRounding,
  CapTableRow,
} from './types.js';

/** The cap table between rounds. */
export interface RoundState {
  readonly table: CapTable;
  readonly rows: readonly CapTableRow[];
}

const SHARE_MODES: Record<ShareRounding, IntegerRounding> = {
  floor: 'floor',
  ceil: 'ceil',
  round: 'half-up',
  'half-even': 'half-even',
};
const PRICE_MODES: Record<PriceRounding['mode'], IntegerRounding> = {
  'half-even': 'half-even',
  up: 'ceil',
  down: 'floor',
  'half-up': 'half-up',
};

function roundPrice(value: Rational, rule: PriceRounding): Rational {
  return rule.decimals === null ? value : roundToDecimals(value, rule.decimals, PRICE_MODES[rule.mode]);
}

const text = (value: Rational): string => toDecimal(value).toString();

function unsolvable(path: string, what: string, hint: string): ScenarioError {
  return new ScenarioError({
    code: 'SCENARIO_UNSOLVABLE',
    path,
    message: `${path}: ${what}`,
    hint,
  });
}

/** Convertibles issued after `c` (by start date, else by their order in the file) and by `date`: those an MFN clause may look to. */
function laterConvertibles(
  c: ScenarioConvertible,
  all: readonly ScenarioConvertible[],
  date: IsoDate,
): ScenarioConvertible[] {
  const position = all.indexOf(c);
  return all.filter((other, index) => {
    if (other === c) return false;
    const after = other.start !== null && c.start !== null ? other.start > c.start : index > position;
    return after && (other.start === null || other.start <= date);
  });
}

interface Instrument {
  readonly convertible: ScenarioConvertible;
  readonly principal: Rational;
  readonly amount: Rational;
  readonly accrual: ConversionResult['accrual'];
  readonly solver: SolverInstrument;
  readonly preCapFrom: string | null;
  readonly postCapFrom: string | null;
  readonly discountFrom: string | null;
}

function prepareInstrument(
  convertible: ScenarioConvertible,
  scenario: Scenario,
  date: IsoDate,
  convert: ToReporting,
  fx: Map<string, ScenarioFxUse>,
): Instrument {
  const reported = (figure: ScenarioFigure) => {
    const r = convert(figure, date);
    if (r.use) fx.set(r.use.path, r.use);
    return r.amount;
  };
  const principal = reported(convertible.amount);
  let amount = principal;
  let accrual: ConversionResult['accrual'] = null;
  if (convertible.interest !== null && convertible.start !== null) {
    const rate = div(fromDecimal(convertible.interest.percent), HUNDRED);
    const accrued = accrue({
      principal,
      rate,
      start: convertible.start,
      end: date,
      dayCount: convertible.dayCount,
      compounding: convertible.compounding,
      period: convertible.compoundingPeriod,
    });
    amount = accrued.amount;
    accrual = {
      start: convertible.start,
      end: date,
      rate: convertible.interest.percent,
      dayCount: convertible.dayCount,
      compounding: convertible.compounding,
      compoundingPeriod: convertible.compoundingPeriod,
      periods: accrued.periods,
      stubYears: toDecimal(accrued.stubYears),
    };
  }
  const sources = [
    convertible,
    ...(convertible.mfn ? laterConvertibles(convertible, scenario.convertibles, date) : []),
  ];
  let preCap: { value: Rational; from: string } | null = null;
  let postCap: { value: Rational; from: string } | null = null;
  let discount: { value: Rational; from: string } | null = null;
  for (const source of sources) {
    if (source.cap !== null) {
      const value = reported(source.cap);
      if (source.type === 'safe-post') {
        if (postCap === null || cmp(value, postCap.value) < 0) postCap = { value, from: source.name };
      } else if (preCap === null || cmp(value, preCap.value) < 0) preCap = { value, from: source.name };
    }
    if (source.discount !== null) {
      const value = div(fromDecimal(source.discount.percent), HUNDRED);
      if (sign(value) > 0 && (discount === null || cmp(value, discount.value) > 0))
        discount = { value, from: source.name };
    }
  }
  return {
    convertible,
    principal,
    amount,
    accrual,
    solver: {
      amount,
      delta: discount === null ? ONE : sub(ONE, discount.value),
      preCap: preCap?.value ?? null,
      postCap: postCap?.value ?? null,
    },
    preCapFrom: preCap?.from ?? null,
    postCapFrom: postCap?.from ?? null,
    discountFrom: discount?.from ?? null,
  };
}

function addShares(holders: Map<string, bigint>, name: string, shares: bigint): void {
  holders.set(name, (holders.get(name) ?? 0n) + shares);
}

/**
 * Runs round `index` of a scenario on the table before it.
 *
 * @example
 * const s = parseScenario('currency: USD\nholders: [{ name: F, shares: 2000000 }]\nrounds:\n  - { name: A, date: 2018-01-02, preMoney: "$8M", investors: [{ name: Lead, amount: "$2M" }] }\n');
 * const before = { table: { holders: new Map([['F', 2000000n]]), pool: 0n }, rows: [] };
 * const sameCurrency = (figure) => ({ amount: { n: BigInt(figure.amount.toFixed()), d: 1n }, use: null });
 * s.ok && runRound(s.value, 0, before, sameCurrency).result.pricePerShare.toString() //=> '4'
 */
export function runRound(
  scenario: Scenario,
  index: number,
  before: RoundState,
  convert: ToReporting,
): { readonly result: RoundResult; readonly state: RoundState } {
  const round = scenario.rounds[index];
  if (round === undefined) throw new RangeError(`no round ${index}`);
  const fx = new Map<string, ScenarioFxUse>();
  const reported = (figure: ScenarioFigure) => {
    const r = convert(figure, round.date);
    if (r.use) fx.set(r.use.path, r.use);
    return r.amount;
  };

  const existingShares = fullyDilutedOf(before.table);
  if (existingShares === 0n)
    throw unsolvable(
      round.path,
      'the company has no shares before this round, so no price per share can be set',
      'Give the holders (or the pool) their shares.',
    );
  const E = ratio(existingShares);
  const P0 = ratio(before.table.pool);

  const instruments = scenario.convertibles
    .filter((c) => c.convertsIn === index)
    .map((c) => prepareInstrument(c, scenario, round.date, convert, fx));
  const investors = round.investors.map((investor) => ({ investor, amount: reported(investor.amount) }));
  const newMoney = sum(investors.map((i) => i.amount));
  const stated = reported(round.price.figure);

  let preMoney: Rational | null = null;
  if (round.price.basis === 'preMoney') preMoney = stated;
  if (round.price.basis === 'postMoney') {
    preMoney = sub(stated, newMoney);
    if (sign(preMoney) <= 0)
      throw unsolvable(
        `${round.path}.postMoney`,
        `the post-money (${text(stated)} ${scenario.currency}) is not above the new money (${text(newMoney)} ${scenario.currency}), so the pre-money would be ${text(preMoney)}`,
        'Raise the post-money or lower the investments.',
      );
  }
  const convention =
    round.price.basis === 'pricePerShare' ? null : instruments.length === 0 ? null : round.convention;
  const target = round.pool?.target;
  const terms: SolverTerms = {
    existing: E,
    pool: P0,
    newMoney,
    price: preMoney === null ? { kind: 'price', value: stated } : { kind: 'pre-money', value: preMoney },
    convention,
    poolTarget:
      target === undefined
        ? null
        : target.kind === 'shares'
          ? { kind: 'shares', shares: fromDecimal(target.shares) }
          : { kind: 'percent', fraction: div(fromDecimal(target.percent.percent), HUNDRED) },
    placement: round.pool?.placement ?? 'pre-money',
    instruments: instruments.map((i) => i.solver),
  };
  const outcome = solveRound(terms);
  if (!outcome.ok)
    throw outcome.reason === 'ambiguous'
      ? unsolvable(
          round.path,
          `${round.name}: these terms admit more than one price per share`,
          'State the price with pricePerShare.',
        )
      : unsolvable(
          round.path,
          `${round.name} cannot be solved: ${explainUnsolvable(terms, scenario.currency)}`,
          'Lower the pool target or the convertibles, or raise the valuation.',
        );
  const exact = outcome.solution;
  const pStar = exact.price;
  const p = roundPrice(pStar, round.rounding.price);
  if (sign(p) <= 0)
    throw unsolvable(
      `${round.path}.rounding.price`,
      `rounded to ${round.rounding.price.text} the price per share (${text(pStar)}) is zero`,
      'Keep more decimals of the price (e.g. 6dp), or none.',
    );
  const toShares = (value: Rational) => roundToInteger(value, SHARE_MODES[round.rounding.shares]);

  // Conversions.
  const conversions: ConversionResult[] = [];
  const conversionCounts: bigint[] = [];
  for (const instrument of instruments) {
    const c = instrument.convertible;
    const delta = instrument.solver.delta;
    const candidates: (PriceCandidate & { exactPrice: Rational; rank: number })[] = [];
    const { preCap, postCap } = instrument.solver;
    if (preCap !== null)
      candidates.push({
        term: 'cap',
        price: toDecimal(div(preCap, exact.kPre)),
        exactPrice: div(preCap, exact.kPre),
        from: instrument.preCapFrom ?? c.name,
        capitalization: toDecimal(exact.kPre),
        rank: 0,
      });
    if (postCap !== null)
      candidates.push({
        term: 'cap',
        price: toDecimal(div(postCap, exact.kPost)),
        exactPrice: div(postCap, exact.kPost),
        from: instrument.postCapFrom ?? c.name,
        capitalization: toDecimal(exact.kPost),
        rank: 0,
      });
    if (cmp(delta, ONE) < 0)
      candidates.push({
        term: 'discount',
        price: toDecimal(mul(delta, p)),
        exactPrice: mul(delta, p),
        from: instrument.discountFrom ?? c.name,
        rank: 1,
      });
    candidates.push({ term: 'round-price', price: toDecimal(p), exactPrice: p, from: c.name, rank: 2 });
    const winner = [...candidates].sort((a, b) => cmp(a.exactPrice, b.exactPrice) || a.rank - b.rank)[0];
    if (winner === undefined) throw new RangeError('no candidate price');
    const price = roundPrice(winner.exactPrice, round.rounding.conversionPrice);
    if (sign(price) <= 0)
      throw unsolvable(
        `${round.path}.rounding.conversionPrice`,
        `rounded to ${round.rounding.conversionPrice.text} the conversion price of ${c.name} is zero`,
        'Keep more decimals of the conversion price.',
      );
    const shares = toShares(div(instrument.amount, price));
    conversionCounts.push(shares);
    conversions.push({
      name: c.name,
      holder: c.holder,
      type: c.type,
      principal: toDecimal(instrument.principal),
      interest: toDecimal(sub(instrument.amount, instrument.principal)),
      amount: toDecimal(instrument.amount),
      accrual: instrument.accrual,
      candidates: candidates.map((x) => ({
        term: x.term,
        price: x.price,
        from: x.from,
        ...(x.capitalization ? { capitalization: x.capitalization } : {}),
      })),
      term: winner.term,
      termFrom: winner.from,
      price: toDecimal(price),
      shares: bigToDecimal(shares),
    });
  }

  // Pool, new money, grants, secondaries.
  const poolIncrease = toShares(exact.poolIncrease);
  const newCounts = investors.map(({ amount }) => toShares(div(amount, p)));
  const holders = new Map(before.table.holders);
  let pool = before.table.pool;
  conversions.forEach((conversion, i) => addShares(holders, conversion.holder, conversionCounts[i] ?? 0n));
  pool += poolIncrease;
  investors.forEach(({ investor }, i) => addShares(holders, investor.name, newCounts[i] ?? 0n));
  const fullyDiluted = [...holders.values()].reduce((a, b) => a + b, pool);
  const poolAfterTopUp = pool;
  for (const grant of round.grants) {
    const shares = BigInt(grant.shares.toFixed());
    if (shares > pool)
      throw new ScenarioError({
        code: 'SCENARIO_OVERSOLD',
        path: `${grant.path}.shares`,
        message: `${grant.path}.shares: grants ${grant.shares.toFixed()} options, but the pool holds ${pool} after the top-up`,
        hint: 'Grant fewer options, or raise the pool target.',
      });
    pool -= shares;
    addShares(holders, grant.holder, shares);
  }
  const secondaries: RoundResult['secondaries'][number][] = [];
  for (const sale of round.secondaries) {
    const held = holders.get(sale.seller);
    if (held === undefined)
      throw new ScenarioError({
        code: 'SCENARIO_UNKNOWN_HOLDER',
        path: `${sale.path}.seller`,
        message: `${sale.path}.seller: "${sale.seller}" holds no shares at ${round.name}`,
        hint: `Holders at that point: ${[...holders.keys()].join(', ')}.`,
      });
    if (sale.seller === sale.buyer)
      throw new ScenarioError({
        code: 'SCENARIO_VALUE_INVALID',
        path: `${sale.path}.buyer`,
        message: `${sale.path}.buyer: ${sale.seller} cannot sell to itself`,
        hint: 'Name another buyer.',
      });
    const shares = BigInt(sale.shares.toFixed());
    if (shares > held)
      throw new ScenarioError({
        code: 'SCENARIO_OVERSOLD',
        path: `${sale.path}.shares`,
        message: `${sale.path}.shares: ${sale.seller} sells ${shares} shares but holds ${held} at that point of ${round.name}`,
        hint: `Sell at most ${held} shares.`,
      });
    holders.set(sale.seller, held - shares);
    addShares(holders, sale.buyer, shares);
    const price = reported(sale.price);
    secondaries.push({
      seller: sale.seller,
      buyer: sale.buyer,
      shares: bigToDecimal(shares),
      price: toDecimal(price),
      amount: toDecimal(mul(price, ratio(shares))),
      premiumPercent: toDecimal(mul(sub(div(price, p), ONE), HUNDRED)),
    });
  }
  const table: CapTable = { holders, pool };
  if (fullyDilutedOf(table) !== fullyDiluted)
    throw new RangeError('grants or secondaries changed the share count');
  const rows = tableRows(table, before.rows);

  // The post-money the terms define, from its components (exact).
  const conversionStar = sum(exact.conversionShares);
  const FD = ratio(fullyDiluted);
  const fdStar = add(add(add(E, exact.poolIncrease), conversionStar), exact.newShares);
  const inPreMoney = round.pool?.placement !== 'post-money';
  const components: { label: string; value: Rational }[] = [];
  if (preMoney === null) {
    components.push({ label: 'price × shares before the round', value: mul(pStar, E) });
    if (sign(exact.poolIncrease) > 0)
      components.push({ label: 'pool increase at the price', value: mul(pStar, exact.poolIncrease) });
    if (sign(conversionStar) > 0)
      components.push({ label: 'conversion shares at the price', value: mul(pStar, conversionStar) });
    components.push({ label: 'new money', value: newMoney });
  } else {
    components.push({ label: 'pre-money', value: preMoney });
    if (convention === 'dollars-invested')
      components.push({
        label: 'converting amounts (in the price: dollars-invested)',
        value: sum(instruments.map((x) => x.amount)),
      });
    components.push({ label: 'new money', value: newMoney });
    if (convention === 'pre-money' || convention === 'dollars-invested')
      components.push({
        label: 'conversion shares at the round price (outside the pre-money)',
        value: mul(pStar, conversionStar),
      });
    if (!inPreMoney && sign(exact.poolIncrease) > 0)
      components.push({
        label: 'pool increase at the round price (post-money pool)',
        value: mul(pStar, exact.poolIncrease),
      });
  }
  const postMoney = sum(components.map((c) => c.value));
  if (cmp(postMoney, mul(pStar, fdStar)) !== 0) throw new RangeError('post-money components do not add up');
  const product = mul(p, FD);
  const difference = sub(product, postMoney);
  const priceRounding = mul(sub(p, pStar), FD);
  const effects: RoundingEffect[] = [];
  const effect = (what: string, exactShares: Rational, shares: bigint) => {
    const gap = sub(ratio(shares), exactShares);
    if (sign(gap) !== 0)
      effects.push({
        what,
        exactShares: toDecimal(exactShares),
        shares: bigToDecimal(shares),
        valueAtPrice: toDecimal(mul(gap, pStar)),
      });
  };
  instruments.forEach((x, i) =>
    effect(
      `${x.convertible.name} (conversion)`,
      exact.conversionShares[i] ?? ZERO,
      conversionCounts[i] ?? 0n,
    ),
  );
  effect('pool increase', exact.poolIncrease, poolIncrease);
  investors.forEach(({ investor, amount }, i) =>
    effect(`${investor.name} (new money)`, div(amount, pStar), newCounts[i] ?? 0n),
  );
  const holds = sign(difference) === 0;
  const currency = scenario.currency;
  const explanation = holds
    ? effects.length === 0 && sign(priceRounding) === 0
      ? 'price × fully diluted shares equals the post-money exactly; nothing was rounded'
      : 'price × fully diluted shares equals the post-money exactly; the rounding effects cancel'
    : `price × fully diluted shares is ${text(sign(difference) < 0 ? sub(ZERO, difference) : difference)} ${currency} ${
        sign(difference) < 0 ? 'below' : 'above'
      } the post-money: ${[
        ...(sign(priceRounding) !== 0
          ? [
              `the price was rounded (${round.rounding.price.text}) from ${text(pStar)} to ${text(p)}: ${text(priceRounding)} ${currency}`,
            ]
          : []),
        ...effects.map(
          (e) =>
            `${e.what} ${e.exactShares.toString()} shares rounded (${round.rounding.shares}) to ${e.shares.toString()}: ${e.valueAtPrice.toString()} ${currency}`,
        ),
      ].join('; ')}`;
  const percentSum = rows.reduce((a, row) => a.plus(row.percent), new Decimal('0'));

  const poolRow = rows.find((row) => row.kind === 'pool');
  const targetNote =
    target !== undefined && poolIncrease === 0n && before.table.pool > 0n
      ? `the pool (${before.table.pool} shares) already meets the target; a pool is never reduced`
      : null;
  const formula = priceFormula(round.price.basis, convention ?? round.convention, {
    V: preMoney,
    stated,
    I: newMoney,
    E,
    poolInPreMoney: inPreMoney ? exact.poolIncrease : ZERO,
    conversions: conversionStar,
    converting: sum(instruments.map((x) => x.amount)),
    p: pStar,
  });
  return {
    result: {
      name: round.name,
      date: round.date,
      convention:
        round.price.basis === 'pricePerShare'
          ? 'price-given'
          : (convention ?? round.convention ?? 'no-conversions'),
      formula,
      pricePerShare: toDecimal(p),
      pricePerShareExact: toDecimal(pStar),
      rounding: round.rounding,
      preMoney: toDecimal(preMoney ?? mul(pStar, exact.kPre)),
      postMoney: toDecimal(postMoney),
      effectivePreMoney: toDecimal(mul(p, E)),
      newMoney: toDecimal(newMoney),
      conversions,
      pool: {
        before: bigToDecimal(before.table.pool),
        increase: bigToDecimal(poolIncrease),
        after: bigToDecimal(pool),
        target:
          target === undefined
            ? null
            : target.kind === 'percent'
              ? { kind: 'percent', value: target.percent.percent }
              : { kind: 'shares', value: target.shares },
        placement: round.pool?.placement ?? null,
        percent: poolRow?.percent ?? new Decimal('0'),
        note:
          targetNote ??
          (poolAfterTopUp !== pool ? `${poolAfterTopUp - pool} options granted from the pool` : null),
      },
      newShares: investors.map(({ investor, amount }, i) => ({
        investor: investor.name,
        amount: toDecimal(amount),
        shares: bigToDecimal(newCounts[i] ?? 0n),
      })),
      grants: round.grants.map((g) => ({ holder: g.holder, shares: g.shares })),
      secondaries,
      fullyDiluted: bigToDecimal(fullyDiluted),
      table: rows,
      identities: {
        postMoney: {
          pricePerShare: toDecimal(p),
          fullyDilutedShares: bigToDecimal(fullyDiluted),
          product: toDecimal(product),
          postMoney: toDecimal(postMoney),
          components: components.map((c) => ({ label: c.label, value: toDecimal(c.value) })),
          difference: toDecimal(difference),
          holds,
          priceRounding: toDecimal(priceRounding),
          rounding: effects,
          explanation,
        },
        percentages: {
          sum: percentSum,
          holds: percentSum.eq('100'),
          method: `100 × shares / fully diluted, to 30 decimals, apportioned by largest remainder so the column sums to exactly 100`,
        },
      },
      fx: [...fx.values()],
    },
    state: { table, rows },
  };
}

function priceFormula(
  basis: 'preMoney' | 'postMoney' | 'pricePerShare',
  convention: RoundResult['convention'] | null,
  x: {
    V: Rational | null;
    stated: Rational;
    I: Rational;
    E: Rational;
    poolInPreMoney: Rational;
    conversions: Rational;
    converting: Rational;
    p: Rational;
  },
): string {
  if (basis === 'pricePerShare' || x.V === null) return `price per share = ${text(x.p)} (stated)`;
  const pre =
    basis === 'postMoney'
      ? `pre-money = post-money − new money = ${text(x.stated)} − ${text(x.I)} = ${text(x.V)}; `
      : '';
  const count = `${text(x.E)} shares before + ${text(x.poolInPreMoney)} pool increase in the pre-money`;
  switch (convention) {
    case 'percentage-ownership':
      return `${pre}price = pre-money / (shares before + pool increase in the pre-money + conversion shares) = ${text(x.V)} / (${count} + ${text(x.conversions)} conversion shares) = ${text(x.p)}`;
    case 'dollars-invested':
      return `${pre}price = (pre-money + converting amounts) / (shares before + pool increase in the pre-money) = (${text(x.V)} + ${text(x.converting)}) / (${count}) = ${text(x.p)}`;
    default:
      return `${pre}price = pre-money / (shares before + pool increase in the pre-money) = ${text(x.V)} / (${count}) = ${text(x.p)}`;
  }
}

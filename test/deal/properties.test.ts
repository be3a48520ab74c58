import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { impliedValuation } from '../../src/deal/impliedValuation.js';
import { quotedPercent } from './helpers.js';
import { stake } from '../../src/deal/stake.js';
import type {
  DealStructure,
  HolderInput,
  MoneyRange,
  PercentRange,
  StakeRequest,
} from '../../src/deal/types.js';
import { DealCalcError } from '../../src/errors.js';
import { Decimal } from '../../src/money/decimal.js';
import { intervalContains, type Interval } from '../../src/quantity/interval.js';
import { d, pct, usd } from './helpers.js';

// All figures in US dollars: no rate tables needed.
const NO_SOURCES = [] as const;
const TOLERANCE = d('1e-30');

const closeTo = (a: Decimal, b: Decimal) => a.minus(b).abs().lte(TOLERANCE);
const exact = (value: Decimal) => usd(value, { low: value, high: value, lowOpen: false, highOpen: false });
const inRange = (x: MoneyRange | PercentRange) =>
  intervalContains(x, 'percent' in x ? x.percent : (x as MoneyRange).amount);

/** A whole number of dollars (or basis points) from integers: no floats. */
const whole = (min: bigint, max: bigint) => fc.bigInt({ min, max }).map((n) => new Decimal(n.toString()));

/** Holdings in percent with two decimals that add up to exactly 100: cut points in [0, 10000] basis points. */
const holdingsTo100 = fc
  .uniqueArray(fc.integer({ min: 1, max: 9999 }), { minLength: 0, maxLength: 3 })
  .map((cuts) => {
    const points = [0, ...cuts.sort((a, b) => a - b), 10000];
    return points.slice(1).map((p, i) => new Decimal(String(p - (points[i] ?? 0))).div(100));
  });

const structureKind = fc.constantFrom<DealStructure['kind']>('primary', 'secondary', 'mixed');

/** A feasible deal in exact figures: the valuation exceeds the money, sellers hold all of the company. */
const exactDeal = fc
  .record({
    investments: fc.array(whole(1n, 10n ** 9n), { minLength: 1, maxLength: 3 }),
    headroom: whole(1n, 10n ** 10n),
    primaryThousandths: fc.integer({ min: 0, max: 1000 }),
    kind: structureKind,
    basis: fc.constantFrom<'pre' | 'post'>('pre', 'post'),
    holdings: holdingsTo100,
  })
  .map(({ investments, headroom, primaryThousandths, kind, basis, holdings }) => {
    const total = investments.reduce((a, b) => a.plus(b), new Decimal('0'));
    const primary = total.times(primaryThousandths).div(1000).floor();
    const structure: DealStructure = kind === 'mixed' ? { kind, primaryPart: exact(primary) } : { kind };
    const holders: HolderInput[] = holdings.map((p, i) => ({
      name: `H${i}`,
      percent: pct(p.toString()),
      sells: true,
    }));
    const request: StakeRequest = {
      investments: investments.map((x, i) => ({ name: `I${i}`, figure: exact(x) })),
      valuation: exact(total.plus(headroom)),
      basis,
      structure,
      holders,
    };
    return request;
  });

/** A value and a range around it: each side closed, open or (above) unbounded, the value inside. */
function around(
  value: Decimal,
  below: Decimal,
  above: Decimal | null,
  lowOpen: boolean,
  highOpen: boolean,
): Interval {
  const low = value.minus(below);
  return {
    low,
    high: above === null ? null : value.plus(above),
    lowOpen: lowOpen && below.gt(0),
    highOpen: above !== null && highOpen && above.gt(0),
  };
}

describe('properties of stake()', () => {
  it('the stakes of all holders and investors sum to 100% in every reading', () => {
    fc.assert(
      fc.property(exactDeal, (request) => {
        const result = stake(NO_SOURCES, request);
        for (const reading of result.readings) {
          const investors = reading.investors.reduce((a, x) => a.plus(x.stake.percent), new Decimal('0'));
          const holders = reading.holders.reduce((a, h) => a.plus(h.after.percent), new Decimal('0'));
          expect(closeTo(investors.plus(holders), d('100'))).toBe(true);
          expect(closeTo(investors, reading.stake.percent)).toBe(true);
          // before − after = sold + dilution, for every holder
          for (const h of reading.holders) {
            const lost = h.before.percent.minus(h.after.percent);
            expect(closeTo(lost, (h.sold?.percent ?? d('0')).plus(h.dilutionPoints.percent))).toBe(true);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a secondary leaves post-money unchanged and dilutes nobody', () => {
    fc.assert(
      fc.property(exactDeal, (request) => {
        const secondary = stake(NO_SOURCES, {
          ...request,
          structure: { kind: 'secondary' },
          basis: 'ambiguous',
        });
        for (const reading of secondary.readings) {
          expect(reading.postMoney.amount.eq(secondary.valuation.amount)).toBe(true);
          expect(reading.preMoney.amount.eq(secondary.valuation.amount)).toBe(true);
          for (const h of reading.holders) expect(h.dilutionPoints.percent.isZero()).toBe(true);
        }
        // Both readings agree: no new money, so the basis does not matter.
        const [post, pre] = secondary.readings;
        expect(post?.stake.percent.eq(pre?.stake.percent ?? -1)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('the range of every result contains its value at the written figures', () => {
    const rangedDeal = fc
      .record({
        deal: exactDeal,
        widths: fc.array(
          fc.record({
            below: fc.integer({ min: 0, max: 50 }),
            above: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }),
            lowOpen: fc.boolean(),
            highOpen: fc.boolean(),
          }),
          { minLength: 6, maxLength: 6 },
        ),
      })
      .map(({ deal, widths }) => {
        // Each money figure gets a range of up to ±5% around its value, some ends open or unbounded.
        let next = 0;
        const ranged = (figure: StakeRequest['valuation']) => {
          const w = widths[next++ % widths.length];
          if (!w) return figure;
          const pctOf = (n: number) => figure.value.times(n).div(1000);
          return usd(
            figure.value,
            around(
              figure.value,
              pctOf(w.below),
              w.above === null ? null : pctOf(w.above),
              w.lowOpen,
              w.highOpen,
            ),
          );
        };
        const structure = deal.structure;
        return {
          ...deal,
          investments: deal.investments.map((i) => ({ ...i, figure: ranged(i.figure) })),
          valuation: ranged(deal.valuation),
          structure:
            structure?.kind === 'mixed'
              ? { kind: 'mixed' as const, primaryPart: ranged(structure.primaryPart) }
              : structure,
        } satisfies StakeRequest;
      });
    fc.assert(
      fc.property(rangedDeal, (request) => {
        let result;
        try {
          result = stake(NO_SOURCES, request);
        } catch (error) {
          // A mixed deal's sellers on a post-money basis divide by a pre-money range that may reach zero.
          if (error instanceof DealCalcError && error.code === 'DEAL_RANGE_UNBOUNDED') return;
          throw error;
        }
        for (const r of result.readings) {
          const all = [
            r.postMoney,
            r.preMoney,
            r.stake,
            ...r.investors.map((i) => i.stake),
            ...r.holders.flatMap((h) => [h.after, h.dilutionPoints, ...(h.sold ? [h.sold] : [])]),
            ...r.parts.flatMap((p) => [p.amount, p.stake, p.valuation]),
          ];
          for (const x of all) expect(inRange(x)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('properties of impliedValuation()', () => {
  it('the post-money range contains the post-money at the written figures', () => {
    fc.assert(
      fc.property(
        whole(1n, 10n ** 9n),
        fc.integer({ min: 1, max: 10000 }),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 0, max: 50 }),
        fc.boolean(),
        (money, basisPoints, below, above, open) => {
          const percent = new Decimal(String(basisPoints)).div('100');
          const stakeRange = around(
            percent,
            percent.times(below).div(1000),
            percent.times(above).div(1000),
            open,
            open,
          );
          const high = stakeRange.high?.gt(100)
            ? { ...stakeRange, high: d('100'), highOpen: false }
            : stakeRange;
          const investment = usd(
            money,
            around(money, money.times(below).div(1000), money.times(above).div(1000), open, open),
          );
          const r = impliedValuation(NO_SOURCES, {
            investment,
            stake: quotedPercent(`${percent.toString()}%`, percent, high),
            structure: { kind: basisPoints === 10000 ? 'secondary' : 'primary' },
          });
          expect(inRange(r.postMoney)).toBe(true);
          expect(inRange(r.preMoney)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('implied(money, stake(money, post-money)) gives back the post-money', () => {
    fc.assert(
      fc.property(whole(1n, 10n ** 9n), whole(1n, 10n ** 10n), (money, headroom) => {
        const post = money.plus(headroom);
        const bought = stake(NO_SOURCES, {
          investments: [{ figure: exact(money) }],
          valuation: exact(post),
          basis: 'post',
        });
        const percent = bought.stake?.percent ?? d('0');
        const back = impliedValuation(NO_SOURCES, {
          investment: exact(money),
          stake: pct(percent.toString()),
        });
        expect(back.postMoney.amount.minus(post).abs().div(post).lte(TOLERANCE)).toBe(true);
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { impliedValuation } from '../../src/deal/impliedValuation.js';
import { quotedPercent } from './helpers.js';
import type { ImpliedRequest } from '../../src/deal/types.js';
import { DealCalcError } from '../../src/errors.js';
import { parseFigureOrThrow } from '../../src/parse/index.js';
import { c, fred, imf } from '../fx/helpers.js';
import { d, fixed, pct, rounded } from './helpers.js';

const fig = (text: string) => parseFigureOrThrow(text);
const sources = [fred(), imf()];
const run = (request: ImpliedRequest) => impliedValuation(sources, request);

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof DealCalcError) return error.code;
    throw error;
  }
  throw new Error('expected a DealCalcError');
}

/** Billions to one decimal, as the press prints a valuation ("$20.8 billion"). */
const billions = (value: { toString(): string } | null | undefined, decimals = 1) =>
  value === null || value === undefined ? undefined : d(value.toString()).div('1e9').toFixed(decimals);

describe('impliedValuation: "$240 million for 1.6%" (issue 8, done-when)', () => {
  // Microsoft–Facebook, 2007-10-24 (The New York Times, via writerswrite.com): "Microsoft would
  // invest $240 million for a 1.6 percent stake in Facebook. The investment values ... Facebook
  // ... at $15 billion."
  const result = run({ investment: fig('$240 million'), stake: rounded('1.6') });

  it('gives a post-money valuation of $15 billion, as printed', () => {
    expect(result.postMoney.amount.toString()).toBe('15000000000');
    expect(result.postMoney.currency).toBe('USD');
  });

  it('gives the interval "1.6%" ([1.55%, 1.65%]) and "$240 million" ([239.5M, 240.5M]) allow', () => {
    // 239.5e6 / 0.0165 and 240.5e6 / 0.0155, both reached (closed).
    const post = result.postMoney;
    expect(post.low?.eq(d('239.5e6').div('0.0165'))).toBe(true);
    expect(post.high?.eq(d('240.5e6').div('0.0155'))).toBe(true);
    expect(fixed(post.low, 2)).toBe('14515151515.15');
    expect(fixed(post.high, 2)).toBe('15516129032.26');
    expect([post.lowOpen, post.highOpen]).toEqual([false, false]);
    expect([result.stake.low?.toString(), result.stake.high?.toString()]).toEqual(['1.55', '1.65']);
  });

  it('with the investment exact, the interval of "1.6%" alone: [240M / 1.65%, 240M / 1.55%]', () => {
    const exact = run({ investment: fig('$240,000,000'), stake: rounded('1.6') });
    expect(fixed(exact.postMoney.low, 2)).toBe('14545454545.45');
    expect(fixed(exact.postMoney.high, 2)).toBe('15483870967.74');
  });

  it('pre-money is post − new money: $14.76 billion, with a tight range', () => {
    expect(result.preMoney.amount.toString()).toBe('14760000000');
    expect(result.preMoney.low?.eq(d('239.5e6').div('0.0165').minus('239.5e6'))).toBe(true);
    expect(result.preMoney.high?.eq(d('240.5e6').div('0.0155').minus('240.5e6'))).toBe(true);
  });

  it('says the money was assumed new and which currency it reports in', () => {
    expect(result.structure).toBe('primary');
    expect(result.assumptions.join(' ')).toMatch(/new money \(a primary purchase/);
    expect(result.assumptions.join(' ')).toMatch(/amounts are in USD, the investment's currency/);
    expect(result.figures.map((f) => f.role)).toEqual(['investment', 'stake']);
    expect(result.date).toBeNull();
  });
});

describe('impliedValuation: published worked examples', () => {
  // Google Answers, "pre-money valuation" (answers.google.com/answers/threadview/id/222656.html):
  // "if you purchase 35% of the company for $1.7 million, the PRE-Money valuation is
  // $1,700,000/.35, less $1,700,000, or $3,157,000. The POST-money value is the $4,857,000";
  // and "$1,000,000 for 50%": pre-money $1,000,000, post-money $2,000,000.
  it.each([
    ['$1,700,000', '35', '4857000', '3157000'],
    ['$1,000,000', '50', '2000000', '1000000'],
  ])(
    'Google Answers: %s for %s%% → post %s, pre %s (to the nearest thousand, as printed)',
    (money, percent, post, pre) => {
      const r = run({ investment: fig(money), stake: pct(percent) });
      expect(r.postMoney.amount.div(1000).toFixed(0)).toBe(d(post).div(1000).toFixed(0));
      expect(r.preMoney.amount.div(1000).toFixed(0)).toBe(d(pre).div(1000).toFixed(0));
    },
  );

  // Walmart–Flipkart (Business Standard, 2018-05-09): "77 per cent stake ... with an investment of
  // around $16 billion. The deal will value Flipkart at around $20.8 billion ... Of that amount,
  // $2 billion will be new equity funding while the rest will be utilised to acquire the stake
  // from existing investors".
  it('Walmart–Flipkart: $16B for 77%, $2B new → about $20.8 billion; which part dilutes', () => {
    const r = run({
      investment: fig('$16 billion'),
      stake: rounded('77'),
      structure: { kind: 'mixed', primaryPart: fig('$2 billion') },
    });
    expect(billions(r.postMoney.amount)).toBe('20.8'); // 20.779…
    expect(billions(r.preMoney.amount, 3)).toBe('18.779'); // post − the new $2B
    const [primary, secondary] = r.parts;
    // 77% × 2/16 and 77% × 14/16: exact.
    expect([primary?.kind, primary?.dilutes, primary?.stake.percent.toString()]).toEqual([
      'primary',
      true,
      '9.625',
    ]);
    expect([secondary?.kind, secondary?.dilutes, secondary?.stake.percent.toString()]).toEqual([
      'secondary',
      false,
      '67.375',
    ]);
    expect(billions(primary?.valuation.amount)).toBe('20.8'); // new shares priced on post-money
    expect(billions(secondary?.valuation.amount, 3)).toBe('18.779'); // existing shares on pre-money
    // "around $16 billion" [15.5B, 16.5B] for "77%" [76.5%, 77.5%]: post-money between $20.0B and $21.6B.
    expect([billions(r.postMoney.low), billions(r.postMoney.high)]).toEqual(['20.0', '21.6']);
  });

  // Alibaba–Suning, 2015-08-10: Xinhua: "about 28.3 billion yuan (4.63 billion U.S. dollars) ...
  // Alibaba will hold 19.99 percent of Suning after the non-public offering"; AFP: "28.3 billion
  // yuan (US$4.6 billion) for a nearly 20 per cent stake". New shares (a private placement).
  it('Alibaba–Suning in yuan: 28.3 billion yuan for 19.99% → 141.57 billion yuan post-money', () => {
    const r = run({ investment: fig('28.3 billion yuan'), stake: pct('19.99') });
    expect(billions(r.postMoney.amount, 2)).toBe('141.57');
    expect(billions(r.preMoney.amount, 2)).toBe('113.27');
    expect(r.fx).toEqual([]);
  });

  it('Alibaba–Suning in dollars on 2015-08-10: the Fed rate gives AFP\'s "US$4.6 billion"', () => {
    const r = run({
      investment: fig('28.3 billion yuan'),
      stake: pct('19.99'),
      currency: c('USD'),
      date: '2015-08-10',
    });
    expect(r.fx[0]?.rate.value.toString()).toBe('6.2094'); // CHUS, 2015-08-10
    expect(billions(r.investment.amount)).toBe('4.6'); // AFP
    expect(billions(r.investment.amount, 2)).toBe('4.56'); // not Xinhua's 4.63
    expect(billions(r.postMoney.amount, 2)).toBe('22.80');
    expect(r.figures[0]?.converted?.currency).toBe('USD');
  });

  it('Alibaba–Suning in dollars at the IMF rate (the yuan\'s central parity) gives Xinhua\'s "4.63 billion"', () => {
    const r = run({
      investment: fig('28.3 billion yuan'),
      stake: pct('19.99'),
      currency: c('USD'),
      date: '2015-08-10',
      lookup: { source: 'imf' },
    });
    expect(r.fx[0]?.rate.source.id).toBe('imf');
    expect(billions(r.investment.amount, 2)).toBe('4.63');
  });

  it('"nearly 20%" is [19.5%, 20%): the post-money range opens at its low end', () => {
    const nearly = quotedPercent('nearly 20%', d('20'), {
      low: d('19.5'),
      high: d('20'),
      lowOpen: false,
      highOpen: true,
    });
    const r = run({ investment: fig('CNY 28,300,000,000'), stake: nearly });
    expect([r.postMoney.low?.toString(), r.postMoney.lowOpen]).toEqual(['141500000000', true]);
    expect(fixed(r.postMoney.high, 0)).toBe('145128205128');
    expect(r.postMoney.highOpen).toBe(false);
    expect(r.assumptions.join(' ')).toMatch(/"nearly 20%" excludes its written value itself/);
  });
});

describe('impliedValuation: secondary and open ends', () => {
  it('a secondary purchase: pre-money equals post-money, and nothing dilutes', () => {
    const r = run({ investment: fig('$2,000,000'), stake: pct('25'), structure: { kind: 'secondary' } });
    expect(r.postMoney.amount.toString()).toBe('8000000');
    expect(r.preMoney.amount.toString()).toBe('8000000');
    expect(r.parts.map((p) => [p.kind, p.dilutes])).toEqual([['secondary', false]]);
    expect(r.assumptions.join(' ')).not.toMatch(/new money \(a primary/);
  });

  it('a stake "less than 5%" ([0, 5)) excludes 0% and leaves the post-money unbounded above', () => {
    const less = quotedPercent('less than 5%', d('5'), {
      low: d('0'),
      high: d('5'),
      lowOpen: false,
      highOpen: true,
    });
    const r = run({ investment: fig('$2,000,000'), stake: less });
    expect([r.postMoney.low?.toString(), r.postMoney.lowOpen, r.postMoney.high]).toEqual([
      '40000000',
      true,
      null,
    ]);
    expect(r.assumptions.join(' ')).toMatch(/a stake of 0% buys nothing/);
  });

  it('notes a range that allows a stake of 100% in new money', () => {
    const r = run({ investment: fig('$2,000,000'), stake: rounded('99.8') });
    expect(r.notes.join(' ')).not.toMatch(/zero or less/);
    const near = run({
      investment: fig('$2,000,000'),
      stake: quotedPercent('99.9%', d('99.9'), {
        low: d('99.85'),
        high: d('100'),
        lowOpen: false,
        highOpen: false,
      }),
    });
    expect(near.notes.join(' ')).toMatch(/pre-money valuation of zero or less/);
  });
});

describe('impliedValuation: refusals', () => {
  it.each([
    ['a stake of 0%', { investment: fig('$1,000,000'), stake: pct('0') }, 'DEAL_PERCENT_OUT_OF_RANGE'],
    ['a stake above 100%', { investment: fig('$1,000,000'), stake: pct('120') }, 'DEAL_PERCENT_OUT_OF_RANGE'],
    [
      '100% bought with new money',
      { investment: fig('$1,000,000'), stake: pct('100') },
      'DEAL_INVESTMENT_EXCEEDS_VALUATION',
    ],
    [
      'new money above the investment',
      {
        investment: fig('$1,000,000'),
        stake: pct('10'),
        structure: { kind: 'mixed', primaryPart: fig('$2,000,000') },
      },
      'DEAL_PRIMARY_PART_TOO_LARGE',
    ],
    [
      'an investment without currency',
      { investment: parseFigureOrThrow('1,000,000', { requireCurrency: false }), stake: pct('10') },
      'DEAL_NO_CURRENCY',
    ],
    ['a zero investment', { investment: fig('$0'), stake: pct('10') }, 'DEAL_NOT_POSITIVE'],
  ] as const)('refuses %s', (_name, request, code) => {
    expect(codeOf(() => run(request as ImpliedRequest))).toBe(code);
  });

  it('a secondary purchase of 100% is a whole company bought', () => {
    const r = run({ investment: fig('$1,000,000'), stake: pct('100'), structure: { kind: 'secondary' } });
    expect(r.postMoney.amount.toString()).toBe('1000000');
  });
});

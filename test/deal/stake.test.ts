import { describe, expect, it } from 'vitest';
import { stake } from '../../src/deal/stake.js';
import type { HolderInput, StakeRequest, StakeResult } from '../../src/deal/types.js';
import { DealCalcError } from '../../src/errors.js';
import { parseFigureOrThrow } from '../../src/parse/index.js';
import { c, fred, imf } from '../fx/helpers.js';
import { d, fixed, pct, rounded } from './helpers.js';

const fig = (text: string) => parseFigureOrThrow(text);
const sources = [fred(), imf()];
const run = (request: StakeRequest) => stake(sources, request);

function reading(result: StakeResult, basis: 'pre' | 'post') {
  const found = result.readings.find((r) => r.basis === basis);
  if (!found) throw new Error(`no ${basis}-money reading`);
  return found;
}

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof DealCalcError) return error.code;
    throw error;
  }
  throw new Error('expected a DealCalcError');
}

describe('stake: the seed case (issue 8, done-when)', () => {
  // Alibaba to invest about 1.5 billion yuan in SenseTime, "valued at more than $2 billion"
  // (November 2017). Fed H.10 on 2017-11-15: 6.6200 CNY per USD (the shipped fred-h10 table).
  const result = run({
    investments: [{ name: 'Alibaba', figure: fig('1.5 billion yuan') }],
    valuation: fig('more than $2 billion'),
    basis: 'ambiguous',
    date: '2017-11-15',
  });

  it('gives both readings, labelled, post-money first', () => {
    expect(result.basis).toBe('both');
    expect(result.readings.map((r) => r.basis)).toEqual(['post', 'pre']);
    expect(reading(result, 'post').label).toMatch(
      /^post-money: "more than \$2 billion" is the company's value including/,
    );
    expect(reading(result, 'pre').label).toMatch(
      /^pre-money: "more than \$2 billion" is the company's value before/,
    );
    expect(result.stake).toBeNull(); // no hidden default at the top level
  });

  it('converts 1.5e9 yuan to $226,586,102.72 at 6.6200 and cites the rate', () => {
    expect(fixed(result.investment.amount, 2)).toBe('226586102.72');
    expect(result.currency).toBe('USD');
    expect(result.date).toBe('2017-11-15');
    const [used] = result.fx;
    expect(used?.rate.value.toString()).toBe('6.62');
    expect(used?.rate.source.id).toBe('fred-h10');
    expect(used?.rate.observedDate).toBe('2017-11-15');
    expect(used?.rate.derivation).toBe('inverse');
    expect(used?.figures).toEqual(['1.5 billion yuan']);
    const read = result.figures.find((f) => f.role === 'investment');
    expect(read?.reading).toMatch(/nearest 0\.1 billion/);
    expect(fixed(read?.converted?.low, 2)).toBe('219033232.63'); // 1.45e9 / 6.62
  });

  it('post-money basis: 226.586…M / 2000M = 11.3293051…%, and below 11.7069486…% with "1.5 billion" as [1.45B, 1.55B]', () => {
    const s = reading(result, 'post').stake;
    expect(fixed(s.percent, 7)).toBe('11.3293051');
    expect(s.percent.eq(d('1500000000').div('6.62').div('2e9').times(100))).toBe(true);
    expect(fixed(s.high, 7)).toBe('11.7069486'); // 1.55e9 / 6.62 / 2e9
    expect(s.highOpen).toBe(true); // strictly below: the valuation is more than $2 billion
    expect(s.low?.toString()).toBe('0');
    expect(s.lowOpen).toBe(true); // no upper bound on the valuation: the stake approaches 0
  });

  it('pre-money basis: 226.586…M / (2000M + 226.586…M) = 10.1763908…%, and below 10.4800541…%', () => {
    const r = reading(result, 'pre');
    expect(fixed(r.stake.percent, 7)).toBe('10.1763908');
    expect(fixed(r.stake.high, 7)).toBe('10.4800541'); // 234.139M / 2234.139M
    expect(r.stake.highOpen).toBe(true);
    expect(fixed(r.postMoney.amount, 2)).toBe('2226586102.72');
    expect(r.postMoney.high).toBeNull();
    expect(r.postMoney.lowOpen).toBe(true);
  });

  it('says that "more than $2 billion" makes the written-figure stakes bounds, and that the money was assumed new', () => {
    expect(result.assumptions.join('\n')).toMatch(
      /"more than \$2 billion" excludes its written value itself/,
    );
    expect(result.assumptions.join('\n')).toMatch(/new money \(a primary purchase/);
  });

  it('with the investment taken exactly (CNY 1,500,000,000), the stakes are strictly below 11.33% and 10.18%', () => {
    const exact = run({
      investments: [{ figure: fig('CNY 1,500,000,000') }],
      valuation: fig('more than $2 billion'),
      basis: 'ambiguous',
      date: '2017-11-15',
    });
    const post = reading(exact, 'post').stake;
    const pre = reading(exact, 'pre').stake;
    expect([fixed(post.high, 4), post.highOpen]).toEqual(['11.3293', true]);
    expect([fixed(pre.high, 4), pre.highOpen]).toEqual(['10.1764', true]);
    expect(post.high?.eq(post.percent)).toBe(true); // the written value is the (excluded) bound
  });

  it('"$227 million" at "more than $2 billion" post-money is below 11.35% (issue 8), 11.375% with its rounding', () => {
    const r = run({
      investments: [{ figure: fig('$227 million') }],
      valuation: fig('more than $2 billion'),
      basis: 'post',
    });
    expect(r.basis).toBe('post');
    expect(r.stake?.percent.toString()).toBe('11.35');
    expect([r.stake?.high?.toString(), r.stake?.highOpen]).toEqual(['11.375', true]);
    expect(r.fx).toEqual([]);
    expect(r.date).toBeNull();
  });
});

describe('stake: published worked examples', () => {
  // Investopedia, "What is the difference between pre-money and post-money?"
  // (investopedia.com/ask/answers/114.asp): the company is worth $1 million and the investor puts
  // in $250,000; pre-money → investor 20%, entrepreneur 80%; post-money → 25% and 75%; "affecting
  // the entrepreneur's ownership by ... 5%".
  const investopedia = run({
    investments: [{ name: 'investor', figure: fig('$250,000') }],
    valuation: fig('$1,000,000'),
    basis: 'ambiguous',
    holders: [{ name: 'entrepreneur', percent: pct('100') }],
  });

  it('Investopedia: both readings of "$1 million" with $250,000 in: 20% / 80% and 25% / 75%', () => {
    const pre = reading(investopedia, 'pre');
    const post = reading(investopedia, 'post');
    expect(pre.stake.percent.toString()).toBe('20');
    expect(pre.postMoney.amount.toString()).toBe('1250000');
    expect(pre.holders[0]?.after.percent.toString()).toBe('80');
    expect(post.stake.percent.toString()).toBe('25');
    expect(post.preMoney.amount.toString()).toBe('750000');
    expect(post.holders[0]?.after.percent.toString()).toBe('75');
    const difference = pre.holders[0]?.after.percent.minus(post.holders[0]?.after.percent ?? 0);
    expect(difference?.toString()).toBe('5');
  });

  it('Investopedia: exact figures give ranges that are single points', () => {
    const s = reading(investopedia, 'pre').stake;
    expect([s.low?.toString(), s.high?.toString(), s.lowOpen, s.highOpen]).toEqual([
      '20',
      '20',
      false,
      false,
    ]);
  });

  // leta.vc VCpedia, "Post-money valuation": "the investor gets 25% for $2M, if $8M ... is a
  // post-money valuation". bloomitize.com vc3: $8,000,000 pre-money and $2,000,000 → $10,000,000
  // post-money, investor 20.0%.
  it.each([
    ['leta.vc: $2M at $8M post-money → 25%', 'post', '$2,000,000', '$8,000,000', '25', '8000000', '6000000'],
    [
      'bloomitize: $2M at $8M pre-money → 20.0%, post $10M',
      'pre',
      '$2,000,000',
      '$8,000,000',
      '20',
      '10000000',
      '8000000',
    ],
    // sites.miis.edu glossary, "Pre Money": $10 million pre-money + $5 million → $15 million post-money
    [
      'MIIS: $5M at $10M pre-money → post $15M',
      'pre',
      '$5,000,000',
      '$10,000,000',
      '33.3333',
      '15000000',
      '10000000',
    ],
  ] as const)('%s', (_source, basis, invest, valuation, percent, post, pre) => {
    const r = run({ investments: [{ figure: fig(invest) }], valuation: fig(valuation), basis });
    expect(fixed(r.stake?.percent, percent.includes('.') ? 4 : 0)).toBe(percent);
    expect(r.postMoney?.amount.toString()).toBe(post);
    expect(r.preMoney?.amount.toString()).toBe(pre);
  });

  // CFA curriculum, venture capital ownership fractions (cfastudyguide.com, LOS 44.j): "after the
  // second round, the first-round investor's share dilutes from f1 to f1(1 − f2)". With f1 = 20%
  // and a round selling f2 = 25% ($2M at $8M post-money): 20% × 0.75 = 15%.
  it('CFA: a holder of f1 = 20% keeps f1(1 − f2) = 15% after a round of f2 = 25%', () => {
    const r = run({
      investments: [{ figure: fig('$2,000,000') }],
      valuation: fig('$8,000,000'),
      basis: 'post',
      holders: [{ name: 'first-round investor', percent: pct('20') }],
    });
    const [first, rest] = r.holders ?? [];
    expect(first?.after.percent.toString()).toBe('15');
    expect(first?.dilutionPoints.percent.toString()).toBe('5'); // percentage points
    expect(first?.dilutionRelative.percent.toString()).toBe('25'); // relative: f2
    expect(first?.sold).toBeNull();
    // The holders not named (80% before) are the rest of the company: 60% after.
    expect([rest?.name, rest?.before.percent.toString(), rest?.after.percent.toString()]).toEqual([
      null,
      '80',
      '60',
    ]);
  });

  // Walmart–Flipkart (Business Standard, 2018-05-09): about $16 billion for about 77%; "the deal
  // will value Flipkart at around $20.8 billion"; "$2 billion will be new equity funding while the
  // rest will be utilised to acquire the stake from existing investors".
  it('Walmart–Flipkart: $16B at a $20.8B post-money, $2B of it new, buys about 77% (76.92%)', () => {
    const r = run({
      investments: [{ name: 'Walmart', figure: fig('$16 billion') }],
      valuation: fig('$20.8 billion'),
      basis: 'post',
      structure: { kind: 'mixed', primaryPart: fig('$2 billion') },
      holders: [{ name: 'existing investors', percent: pct('100'), sells: true }],
    });
    expect(fixed(r.stake?.percent, 2)).toBe('76.92'); // printed as "77 per cent"
    expect(r.preMoney?.amount.toString()).toBe('18800000000');
    const [primary, secondary] = r.parts ?? [];
    expect([primary?.kind, primary?.dilutes, fixed(primary?.stake.percent, 4)]).toEqual([
      'primary',
      true,
      '9.6154',
    ]);
    expect([secondary?.kind, secondary?.dilutes, secondary?.amount.amount.toString()]).toEqual([
      'secondary',
      false,
      '14000000000',
    ]);
    expect(primary?.valuation.amount.toString()).toBe('20800000000'); // new shares: post-money
    expect(secondary?.valuation.amount.toString()).toBe('18800000000'); // existing shares: pre-money
    // The existing holders sell 14/18.8 of the company before the deal and keep 100% − 76.92%.
    const holder = r.holders?.[0];
    expect(fixed(holder?.sold?.percent, 4)).toBe('74.4681');
    expect(fixed(holder?.after.percent, 2)).toBe('23.08');
    expect(r.readings[0]?.notes.join(' ')).toMatch(/seller's range/);
  });

  // SoftBank–Uber (WSJ via strowberrygr.com, 2017-12-28): a tender offer "that values Uber at
  // $48 billion", plus "about $1.25 billion in Uber at the most recent valuation of about
  // $68 billion"; "SoftBank said it will pay $7.7 billion for its 15% stake". Two prices, so two
  // calls: the secondary part ($7.7B − $1.25B = $6.45B at $48B), then the new money at $68B
  // pre-money, which dilutes the tendered stake.
  it('SoftBank–Uber: $6.45B secondary at $48B, then $1.25B new at $68B pre-money → 15%', () => {
    const tender = run({
      investments: [{ name: 'SoftBank', figure: fig('$6,450,000,000') }],
      valuation: fig('$48,000,000,000'),
      basis: 'post',
      structure: { kind: 'secondary' },
    });
    expect(tender.stake?.percent.toString()).toBe('13.4375');
    expect(tender.postMoney?.amount.toString()).toBe('48000000000'); // a secondary adds no money
    expect(tender.preMoney?.amount.toString()).toBe('48000000000');
    const tendered = tender.stake?.percent.toString() ?? '';

    const direct = run({
      investments: [{ name: 'SoftBank', figure: fig('$1,250,000,000') }],
      valuation: fig('$68,000,000,000'),
      basis: 'pre',
      holders: [{ name: 'SoftBank (tendered)', percent: pct(tendered) }],
    });
    const total = direct.stake?.percent.plus(direct.holders?.[0]?.after.percent ?? 0);
    expect(fixed(direct.stake?.percent, 3)).toBe('1.805'); // 1.25 / 69.25
    expect(fixed(total, 6)).toBe('15.000000'); // "its 15% stake"
  });
});

describe('stake: secondary versus primary', () => {
  const holders: HolderInput[] = [
    { name: 'Founder A', percent: pct('60'), sells: true },
    { name: 'Founder B', percent: pct('40') },
  ];
  const deal = (structure: StakeRequest['structure']) =>
    run({
      investments: [{ figure: fig('$2,000,000') }],
      valuation: fig('$8,000,000'),
      basis: 'post',
      structure,
      holders,
    });

  it('a secondary buys 25% from the seller: post-money unchanged, no dilution, the non-seller keeps 40%', () => {
    const r = deal({ kind: 'secondary' });
    expect(r.stake?.percent.toString()).toBe('25');
    expect(r.postMoney?.amount.toString()).toBe('8000000');
    expect(r.preMoney?.amount.toString()).toBe('8000000');
    const [a, b] = r.holders ?? [];
    expect([a?.sells, a?.sold?.percent.toString(), a?.after.percent.toString()]).toEqual([true, '25', '35']);
    expect([b?.sells, b?.sold, b?.after.percent.toString()]).toEqual([false, null, '40']);
    expect(a?.dilutionPoints.percent.toString()).toBe('0');
    expect(r.parts?.map((p) => [p.kind, p.dilutes])).toEqual([['secondary', false]]);
    expect(r.readings[0]?.label).toMatch(/adds no money/);
  });

  it('the same money as new shares: 25% too on a post-money basis, but pre-money $6M and both founders diluted', () => {
    const r = deal({ kind: 'primary' });
    expect(r.stake?.percent.toString()).toBe('25');
    expect(r.preMoney?.amount.toString()).toBe('6000000');
    const [a, b] = r.holders ?? [];
    expect([a?.after.percent.toString(), b?.after.percent.toString()]).toEqual(['45', '30']);
    expect([a?.dilutionPoints.percent.toString(), b?.dilutionRelative.percent.toString()]).toEqual([
      '15',
      '25',
    ]);
    expect(r.assumptions.join(' ')).toMatch(/Founder A is marked as selling, but a primary purchase/);
    expect(r.assumptions.join(' ')).not.toMatch(/new money \(a primary purchase/); // said, not assumed
  });

  it('several sellers sell pro rata to their holdings', () => {
    const r = run({
      investments: [{ figure: fig('$2,000,000') }],
      valuation: fig('$8,000,000'),
      basis: 'post',
      structure: { kind: 'secondary' },
      holders: [
        { name: 'A', percent: pct('60'), sells: true },
        { name: 'B', percent: pct('40'), sells: true },
      ],
    });
    expect(r.holders?.map((h) => h.sold?.percent.toString())).toEqual(['15', '10']);
    expect(r.holders?.map((h) => h.after.percent.toString())).toEqual(['45', '30']);
    expect(r.assumptions.join(' ')).toMatch(/sell in proportion to their holdings/);
  });
});

describe('stake: several investors, one round', () => {
  // bloomitize.com vc3: $8,000,000 pre-money, $2,000,000 invested → 20.0%; here split between two.
  it('each investor and the total, founders diluted, everything sums to 100%', () => {
    const r = run({
      investments: [
        { name: 'Lead', figure: fig('$1,500,000') },
        { name: 'Angel', figure: fig('$500,000') },
      ],
      valuation: fig('$8,000,000'),
      basis: 'pre',
      holders: [
        { name: 'Founder A', percent: pct('60') },
        { name: 'Founder B', percent: pct('40') },
      ],
    });
    expect(r.investors?.map((i) => [i.name, i.stake.percent.toString()])).toEqual([
      ['Lead', '15'],
      ['Angel', '5'],
    ]);
    expect(r.stake?.percent.toString()).toBe('20');
    expect(r.investment.amount.toString()).toBe('2000000');
    expect(r.holders?.map((h) => h.after.percent.toString())).toEqual(['48', '32']);
  });

  it('ranges per investor stay tight on a pre-money basis (each figure counted once)', () => {
    const r = run({
      investments: [
        { name: 'Lead', figure: fig('$1.5 million') }, // [1.45M, 1.55M]
        { name: 'Angel', figure: fig('$500,000') },
      ],
      valuation: fig('$8,000,000'),
      basis: 'pre',
    });
    const lead = r.investors?.[0]?.stake;
    // Highest: 1.55M / (8M + 0.5M + 1.55M); lowest: 1.45M / (8M + 0.5M + 1.45M).
    expect(lead?.high?.eq(d('1.55e6').div('10.05e6').times(100))).toBe(true);
    expect(lead?.low?.eq(d('1.45e6').div('9.95e6').times(100))).toBe(true);
    // Written as money / (pre + all money), the ranges would treat Lead's two appearances as independent.
    expect(lead?.high?.lt(d('1.55e6').div('9.95e6').times(100))).toBe(true);
  });
});

describe('stake: currencies on a date', () => {
  it('converts each figure into the reporting currency with one rate per currency, each cited', () => {
    const r = run({
      investments: [
        { name: 'A', figure: fig('1.5 billion yuan') },
        { name: 'B', figure: fig('HK$100 million') },
      ],
      valuation: fig('$2 billion'),
      basis: 'post',
      date: '2017-11-15',
    });
    expect(r.fx.map((f) => [f.rate.from, f.rate.to, f.rate.source.id])).toEqual([
      ['CNY', 'USD', 'fred-h10'],
      ['HKD', 'USD', 'fred-h10'],
    ]);
    const hkus = r.fx[1]?.rate.value;
    expect(r.investors?.[1]?.investment.amount.eq(d('1e8').div(hkus ?? 1))).toBe(true);
    expect(r.figures.filter((f) => f.converted !== null).length).toBe(2);
  });

  it('reports in another currency when asked: yuan, at the same rate', () => {
    const r = run({
      investments: [{ figure: fig('1.5 billion yuan') }],
      valuation: fig('$2 billion'),
      basis: 'post',
      currency: c('CNY'),
      date: '2017-11-15',
    });
    expect(r.currency).toBe('CNY');
    expect(r.valuation.amount.toString()).toBe('13240000000'); // 2e9 × 6.62
    expect(fixed(r.stake?.percent, 7)).toBe('11.3293051');
  });

  it('uses the source asked for: imf, through the SDR', () => {
    const r = run({
      investments: [{ figure: fig('1.5 billion yuan') }],
      valuation: fig('$2 billion'),
      basis: 'post',
      date: '2017-11-15',
      lookup: { source: 'imf' },
    });
    expect(r.fx[0]?.rate.source.id).toBe('imf');
    expect(r.fx[0]?.rate.derivation).toBe('cross');
  });

  it('without a date, uses the latest rates and says so', () => {
    const r = run({
      investments: [{ figure: fig('1.5 billion yuan') }],
      valuation: fig('$2 billion'),
      basis: 'post',
    });
    // Of these two sources, imf's rates end later (2025-01-03) than fred-h10's (2024-11-29).
    expect(r.date).toBe('2025-01-03');
    expect(r.assumptions.join(' ')).toMatch(/no date given: .* latest rates, for 2025-01-03/);
  });

  it('fills a Saturday from the Friday and carries the note', () => {
    const r = run({
      investments: [{ figure: fig('1.5 billion yuan') }],
      valuation: fig('$2 billion'),
      basis: 'post',
      date: '2017-11-18',
    });
    expect(r.fx[0]?.rate.observedDate).toBe('2017-11-17');
    expect(r.fx[0]?.rate.note).toMatch(/Saturday/);
  });
});

describe('stake: open and unbounded ends', () => {
  it('"less than $5 million" invested: 0 excluded, said, and the stake strictly below 5/(8+5)', () => {
    const r = run({
      investments: [{ figure: fig('less than $5 million') }],
      valuation: fig('$8,000,000'),
      basis: 'pre',
    });
    const s = r.stake;
    expect([s?.low?.toString(), s?.lowOpen, s?.highOpen]).toEqual(['0', true, true]);
    expect(s?.high?.eq(d('5e6').div('13e6').times(100))).toBe(true);
    expect(r.assumptions.join(' ')).toMatch(/an investment of zero is no investment/);
  });

  it('"at least $2 billion" post-money: the stake can reach its upper end (closed)', () => {
    const r = run({
      investments: [{ figure: fig('$200,000,000') }],
      valuation: fig('at least $2 billion'),
      basis: 'post',
    });
    expect([r.stake?.high?.toString(), r.stake?.highOpen, r.stake?.lowOpen]).toEqual(['10', false, true]);
  });

  it('notes ranges that reach past what a deal allows', () => {
    const r = run({
      investments: [{ figure: fig('$9.8 million') }],
      valuation: fig('$10 million'),
      basis: 'post',
    });
    // [9.75M, 9.85M] in [9.5M, 10.5M]: pre-money could be below zero, stake above 100%.
    expect(r.readings[0]?.notes.join(' ')).toMatch(/pre-money valuation of zero or less/);
    expect(r.readings[0]?.notes.join(' ')).toMatch(/stake above 100%/);
  });
});

describe('stake: refusals', () => {
  const base: StakeRequest = {
    investments: [{ figure: fig('$2,000,000') }],
    valuation: fig('$8,000,000'),
    basis: 'post',
  };

  it.each([
    ['no investment', { ...base, investments: [] }, 'DEAL_NO_INVESTMENT'],
    [
      'money at least the post-money',
      { ...base, valuation: fig('$2,000,000') },
      'DEAL_INVESTMENT_EXCEEDS_VALUATION',
    ],
    [
      'a secondary above the valuation',
      { ...base, valuation: fig('$1,000,000'), structure: { kind: 'secondary' } },
      'DEAL_INVESTMENT_EXCEEDS_VALUATION',
    ],
    [
      'holders over 100%',
      {
        ...base,
        holders: [
          { name: 'A', percent: pct('70') },
          { name: 'B', percent: pct('40') },
        ],
      },
      'DEAL_HOLDERS_OVER_100',
    ],
    [
      'a holding above 100%',
      { ...base, holders: [{ name: 'A', percent: pct('120') }] },
      'DEAL_PERCENT_OUT_OF_RANGE',
    ],
    [
      'a secondary without a seller',
      { ...base, structure: { kind: 'secondary' }, holders: [{ name: 'A', percent: pct('100') }] },
      'DEAL_SELLERS_UNKNOWN',
    ],
    [
      'sellers holding too little',
      {
        ...base,
        structure: { kind: 'secondary' },
        holders: [{ name: 'A', percent: pct('10'), sells: true }],
      },
      'DEAL_SELLERS_HOLD_TOO_LITTLE',
    ],
    [
      'sellers holding nothing',
      { ...base, structure: { kind: 'secondary' }, holders: [{ name: 'A', percent: pct('0'), sells: true }] },
      'DEAL_SELLERS_HOLD_TOO_LITTLE',
    ],
    [
      'new money above the investment',
      { ...base, structure: { kind: 'mixed', primaryPart: fig('$3,000,000') } },
      'DEAL_PRIMARY_PART_TOO_LARGE',
    ],
    ['a zero investment', { ...base, investments: [{ figure: fig('$0') }] }, 'DEAL_NOT_POSITIVE'],
    [
      'a valuation without currency',
      { ...base, valuation: parseFigureOrThrow('8,000,000', { requireCurrency: false }) },
      'DEAL_NO_CURRENCY',
    ],
    [
      'an unknown source',
      {
        ...base,
        investments: [{ figure: fig('1 million yuan') }],
        date: '2017-11-15',
        lookup: { source: 'ecb' },
      },
      'SOURCE_UNKNOWN',
    ],
    [
      'a day after the tables',
      { ...base, investments: [{ figure: fig('1 million yuan') }], date: '2026-06-01' },
      'RATE_AFTER_COVERAGE',
    ],
  ] as const)('refuses %s', (_name, request, code) => {
    expect(codeOf(() => run(request as StakeRequest))).toBe(code);
  });

  it('gives only the possible reading of an ambiguous valuation, and says why', () => {
    const r = run({
      investments: [{ figure: fig('$3,000,000') }],
      valuation: fig('$2,000,000'),
      basis: 'ambiguous',
    });
    expect(r.basis).toBe('pre');
    expect(r.readings.map((x) => x.basis)).toEqual(['pre']);
    expect(r.stake?.percent.toString()).toBe('60');
    expect(r.assumptions.join(' ')).toMatch(
      /read as post-money, "\$2,000,000" leaves no pre-money value.*only the other reading/,
    );
  });

  it('reads a figure without currency in the reporting currency, and says so', () => {
    const r = run({
      investments: [{ figure: parseFigureOrThrow('2,000,000', { requireCurrency: false }) }],
      valuation: fig('$8,000,000'),
      basis: 'post',
    });
    expect(r.stake?.percent.toString()).toBe('25');
    expect(r.assumptions.join(' ')).toMatch(/"2,000,000" names no currency; read as USD/);
  });

  it('uses rounded percentages from news as ranges', () => {
    const r = run({ ...base, holders: [{ name: 'Founder', percent: rounded('30') }] });
    const founder = r.holders?.[0];
    expect([founder?.after.low?.toString(), founder?.after.high?.toString()]).toEqual(['22.125', '22.875']);
  });
});

import { describe, expect, it } from 'vitest';
import { Decimal, impliedValuation, stake } from '../../src/index.js';
import { parseFigureOrThrow } from '../../src/parse/parseFigureOrThrow.js';
import { parsePercentOrThrow } from '../../src/parse/parsePercent.js';
import { closedInterval } from '../../src/quantity/closedInterval.js';
import { fred, imf } from '../fx/helpers.js';

// What a script sees: the package's exports, and results whose JSON form (Decimal#toJSON gives
// full-precision strings) already has the keys of issue 8's `--json` output.
describe('the deal API from the package entry (src/index.ts)', () => {
  it('stake(): the seed case as JSON has basis, investment, readings with stake {percent, low, high, lowOpen, highOpen}, fx', () => {
    const result = stake([fred(), imf()], {
      investments: [{ figure: parseFigureOrThrow('1.5 billion yuan') }],
      valuation: parseFigureOrThrow('more than $2 billion'),
      basis: 'ambiguous',
      date: '2017-11-15',
    });
    const json = JSON.parse(JSON.stringify(result)) as Record<string, unknown> & {
      readings: { basis: string; stake: Record<string, unknown> }[];
      fx: { rate: { value: string; source: { id: string } } }[];
      investment: Record<string, unknown>;
    };
    expect(json.basis).toBe('both');
    expect(Object.keys(json.investment)).toEqual([
      'amount',
      'currency',
      'low',
      'high',
      'lowOpen',
      'highOpen',
    ]);
    const post = json.readings.find((r) => r.basis === 'post');
    expect(Object.keys(post?.stake ?? {})).toEqual(['percent', 'low', 'high', 'lowOpen', 'highOpen']);
    expect(String(post?.stake.percent).slice(0, 10)).toBe('11.3293051');
    expect(post?.stake.highOpen).toBe(true);
    expect(json.fx[0]?.rate.value).toBe('6.62');
    expect(json.fx[0]?.rate.source.id).toBe('fred-h10');
    for (const key of ['postMoney', 'preMoney', 'stake', 'investors', 'holders'])
      expect(json[key]).toBeNull();
  });

  it('impliedValuation(): "$240 million for 1.6%" as JSON has postMoney.amount "15000000000"', () => {
    const onePointSix = parsePercentOrThrow('1.6%');
    expect(onePointSix.interval).toEqual(closedInterval(new Decimal('1.55'), new Decimal('1.65')));
    const result = impliedValuation([], {
      investment: parseFigureOrThrow('$240 million'),
      stake: onePointSix,
    });
    const json = JSON.parse(JSON.stringify(result)) as { postMoney: { amount: string; low: string } };
    expect(json.postMoney.amount).toBe('15000000000');
    expect(json.postMoney.low.slice(0, 14)).toBe('14515151515.15');
  });
});

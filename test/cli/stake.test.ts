import { describe, expect, it } from 'vitest';
import { dealcalc } from './helpers.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const fixed = (text: string, digits = 2) => Number(text).toFixed(digits);

describe('dealcalc stake (issue 8)', () => {
  it('gives both readings of "more than $2 billion" for 1.5 billion yuan on 2017-11-15', async () => {
    const r = await dealcalc([
      'stake',
      '--invest',
      '1.5 billion yuan',
      '--valuation',
      'more than $2 billion',
      '--on',
      '2017-11-15',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const readings = (r.json as Json).readings as Json[];
    // 1.5e9 / 6.62 = 226,586,102.72 USD; post: 226.586/2000 = 11.33%; pre: 226.586/2226.586 = 10.18%;
    // with "1.5 billion" as [1.45e9, 1.55e9]: 234.139/2000 = 11.71% and 234.139/2234.139 = 10.48%.
    expect(
      readings.map((x) => [x.basis, fixed(x.stake.percent), fixed(x.stake.high), x.stake.highOpen]),
    ).toEqual([
      ['post', '11.33', '11.71', true],
      ['pre', '10.18', '10.48', true],
    ]);
    expect((r.json as Json).fx[0]).toMatchObject({
      source: 'fred-h10',
      value: '6.62',
      observedDate: '2017-11-15',
    });
  });

  it('prices a pre-money round written in full: $1,000,000 at $4,000,000 pre is 20% of $5,000,000 post (Investopedia, "pre-money vs post-money")', async () => {
    const r = await dealcalc(['stake', '--invest', '$1,000,000', '--pre', '$4,000,000', '--json']);
    const j = r.json as Json;
    expect([j.stake.percent, j.postMoney.amount]).toEqual(['20', '5000000']);
  });

  it('dilutes existing holders: founders 80% → 64% after $1,000,000 at $4,000,000 pre', async () => {
    const r = await dealcalc([
      'stake',
      '--invest',
      '$1,000,000',
      '--pre',
      '$4,000,000',
      '--holder',
      'Founders=80%',
      '--json',
    ]);
    const founders = (r.json as Json).holders.find((h: Json) => h.name === 'Founders');
    expect(fixed(founders.after.percent)).toBe('64.00'); // 80% × 4/5
  });

  it('reads text: the answer first, bounds said as words', async () => {
    const r = await dealcalc([
      'stake',
      '--invest',
      '1.5 billion yuan',
      '--valuation',
      'more than $2 billion',
      '--on',
      '2017-11-15',
    ]);
    expect(r.stdout).toContain(
      "stake        below 11.33% as written; below 11.71% with the figures' rounding",
    );
  });

  it.each([
    [['stake', '--invest', '$1M'], 'OPTION_INVALID'],
    [['stake', '--invest', '$1M', '--pre', '$4M', '--post', '$5M'], 'OPTION_INVALID'],
    [['stake', '--invest', '$1M', '--pre', '$4M', '--secondary', '--primary-part', '$1M'], 'OPTION_INVALID'],
    [['stake', '--invest', '$1M', '--pre', '$4M', '--holder', 'A=lots'], 'FIGURE_NO_NUMBER'],
    [
      ['stake', '--invest', '$1M', '--pre', '$4M', '--holder', 'A=50%', '--seller', 'B', '--secondary'],
      'DEAL_SELLERS_UNKNOWN',
    ],
    [['stake', '--pre', '$4M'], 'OPTION_INVALID'],
  ])('%j is an input error %s (exit 2)', async (args, code) => {
    const r = await dealcalc([...args, '--json']);
    expect(r.code).toBe(2);
    expect((r.json as Json).error.code).toBe(code);
  });
});

describe('dealcalc implied (issue 8)', () => {
  it('gives $15 billion post-money for $240 million buying 1.6%, with the interval 1.6% allows', async () => {
    const r = await dealcalc(['implied', '--invest', '$240 million', '--stake', '1.6%', '--json']);
    const j = r.json as Json;
    // 240e6 / 0.016 = 15e9; [239.5e6 / 0.0165, 240.5e6 / 0.0155] = [14,515,151,515.15, 15,516,129,032.26]
    expect(j.postMoney.amount).toBe('15000000000');
    expect([fixed(j.postMoney.low), fixed(j.postMoney.high)]).toEqual(['14515151515.15', '15516129032.26']);
  });

  it('without --stake is a usage error', async () => {
    const r = await dealcalc(['implied', '--invest', '$240 million', '--json']);
    expect(r.code).toBe(2);
    expect((r.json as Json).error.code).toBe('USAGE_INVALID');
  });
});

describe('dealcalc stake and implied with a rate given (issue 10)', () => {
  it("converts the deal's figures at the rate given, cited as given: 1.5e9 / 7.10 = 211,267,605.63 USD", async () => {
    const r = await dealcalc([
      'stake',
      '--invest',
      '1.5 billion yuan',
      '--post',
      '$2 billion',
      '--on',
      '2017-11-15',
      '--rate',
      '7.10',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const j = r.json as Json;
    expect(j.investment.amount.slice(0, 12)).toBe('211267605.63');
    expect(j.fx[0]).toMatchObject({ source: 'given', value: '7.1' });
  });

  it('refuses a given rate together with a source', async () => {
    const r = await dealcalc([
      'implied',
      '--invest',
      '1 billion yuan',
      '--stake',
      '5%',
      '--in',
      'USD',
      '--rate',
      '7.10',
      '--source',
      'imf',
      '--json',
    ]);
    expect(r.code).toBe(2);
    expect((r.json as Json).error.code).toBe('OPTION_INVALID');
  });
});

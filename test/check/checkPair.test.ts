import { describe, expect, it } from 'vitest';
import { checkPair, type CheckResult } from '../../src/check/index.js';
import { Decimal } from '../../src/money/decimal.js';
import { parseFigureOrThrow } from '../../src/parse/index.js';
import { caught, fred, imf } from '../fx/helpers.js';

const f = (text: string) => parseFigureOrThrow(text);
const check = (first: string, second: string, date: string, source = 'fred-h10'): CheckResult =>
  checkPair([fred(), imf()], f(first), f(second), { date, source });

describe('checkPair: the seed pair, "about 1.5 billion yuan ($227 million)"', () => {
  // Fed H.10 via FRED, data/fred-h10/CHUS.csv: 2017-11-15 6.62 CNY per USD; every observation day
  // from 2017-11-06 (6.6311) to 2017-11-24 (6.5998) lies between 6.59 and 6.64.
  const result = check('about 1.5 billion yuan', '$227 million', '2017-11-15');

  it('is consistent with fred-h10 on 2017-11-15 (rate 6.6200, observed that day)', () => {
    expect(result.verdict).toBe('consistent');
    expect(result.source).toBe('fred-h10');
    expect(result.references).toHaveLength(1);
    const [reference] = result.references;
    expect(reference?.value.toString()).toBe('6.62');
    expect(reference?.observedDate).toBe('2017-11-15');
    expect(reference?.note).toBe('');
    expect(reference?.verdict).toBe('consistent');
    expect(reference?.outsideByPct).toBeNull();
    // (1.5e9 / 227e6) / 6.62 − 1 = −0.18233360…%
    expect(reference?.deviationPct.toFixed(6)).toBe('-0.182334');
    expect(result.diagnosis).toBeNull();
  });

  it('implies 6.6079295… CNY per USD within [1.45e9 / 227.5e6, 1.55e9 / 226.5e6] = [6.3736264…, 6.8432671…]', () => {
    const { implied } = result;
    expect([implied.base, implied.quote]).toEqual(['USD', 'CNY']);
    expect(implied.value.toFixed(7)).toBe('6.6079295');
    expect(implied.low?.toFixed(7)).toBe('6.3736264');
    expect(implied.high?.toFixed(7)).toBe('6.8432671');
    expect([implied.lowOpen, implied.highOpen]).toEqual([false, false]);
    expect(implied.bounds).toBe('[1,450,000,000 CNY / 227,500,000 USD, 1,550,000,000 CNY / 226,500,000 USD]');
    expect(implied.directionRule).toMatch(/^USD is the base against CNY/);
  });

  it('reads the figures as [1.45e9, 1.55e9] CNY and [226.5e6, 227.5e6] USD, and says how', () => {
    const [yuan, dollars] = result.figures;
    expect([yuan.text, yuan.currency, yuan.role, yuan.low?.toString(), yuan.high?.toString()]).toEqual([
      'about 1.5 billion yuan',
      'CNY',
      'quote',
      '1450000000',
      '1550000000',
    ]);
    expect([dollars.currency, dollars.role, dollars.low?.toString(), dollars.high?.toString()]).toEqual([
      'USD',
      'base',
      '226500000',
      '227500000',
    ]);
    expect(yuan.reading).toMatch(/0\.1 billion/);
    expect(dollars.assumption).toBe('a bare "$" is read as US dollars');
  });

  it('lists the fitting days 2017-11-05..2017-11-25 as one run over the weekends: 11-06 to 11-24', () => {
    // 2017-11-05 is a Sunday and 2017-11-25 a Saturday; 11-10 (Veterans Day observed) and 11-23
    // (Thanksgiving) have no rate and do not break the run.
    expect(result.window).toEqual(['2017-11-05', '2017-11-25']);
    expect(result.matchingDates).toEqual({ 'fred-h10': [['2017-11-06', '2017-11-24']] });
  });

  it('explains: 1.5e9 / 6.62 = 226.59 million, which rounds to $227 million, even if 1.5 billion is exact', () => {
    expect(result.explanation).toBe(
      '1,500,000,000 CNY / 6.62 CNY per USD = 226.59 million USD, which rounds to the quoted "$227 million" ' +
        '([226,500,000, 227,500,000] USD), so the pair is consistent with the fred-h10 rate ' +
        '(Fed H.10 noon buying rate, New York) of 2017-11-15 even if "about 1.5 billion yuan" is taken as exact.',
    );
  });

  it('on 2015-06-15 (CHUS 6.208) is inconsistent, 2.5986% below the interval, and names the nearest fitting days', () => {
    const old = check('about 1.5 billion yuan', '$227 million', '2015-06-15');
    expect(old.verdict).toBe('inconsistent');
    expect(old.references[0]?.value.toString()).toBe('6.208');
    // 1 − 6.208 / 6.3736264 = 2.5986207%
    expect(old.references[0]?.outsideByPct?.toFixed(4)).toBe('2.5986');
    expect(old.matchingDates['fred-h10']).toEqual([]);
    // Days that fit are days where the pair would be consistent: the yuan within 2% of 1.5 billion,
    // so rates in [1.47e9 / 227.5e6, 1.53e9 / 226.5e6] = [6.4615385, 6.7549669]. CHUS: 2011-07-19
    // 6.4631 is the last day before 2015-06-15 in it (1427 days earlier); 2015-12-16 6.4723 the
    // first after (184 days later). (2015-08-12, 6.3845, fits only by rounding "about 1.5 billion" 3.3%.)
    const findings = old.diagnosis?.findings ?? [];
    expect(findings.map((finding) => finding.kind)).toEqual(['other-date']);
    const stale = findings[0];
    if (stale?.kind !== 'other-date') throw new Error('expected other-date');
    expect(stale.before).toEqual({ date: '2011-07-19', value: new Decimal('6.4631'), daysAway: -1427 });
    expect(stale.after).toEqual({ date: '2015-12-16', value: new Decimal('6.4723'), daysAway: 184 });
    expect(old.explanation).toContain('2011-07-19 (6.4631 CNY per USD, 1427 days earlier)');
    expect(old.explanation).toContain('2015-12-16 (6.4723 CNY per USD, 184 days later)');
    expect(old.explanation).toContain('beyond the 1% tolerance, so the pair is inconsistent');
  });

  it('is consistent with the IMF cross through the SDR too (9.3733 CNY / 1.41294 USD per XDR = 6.6338981…)', () => {
    // data/imf/CNY.csv and USD.csv, 2017-11-15.
    const result = check('about 1.5 billion yuan', '$227 million', '2017-11-15', 'imf');
    expect(result.source).toBe('imf');
    expect(result.references[0]?.value.toFixed(7)).toBe('6.6338981');
    expect(result.references[0]?.derivationNote).toMatch(/cross through XDR/);
    expect(result.verdict).toBe('consistent');
  });

  it('checks every source that quotes the pair by default, fred-h10 first', () => {
    const all = checkPair([fred(), imf()], f('about 1.5 billion yuan'), f('$227 million'), {
      date: '2017-11-15',
    });
    expect(all.references.map((r) => r.source)).toEqual(['fred-h10', 'imf']);
    expect(all.source).toBe('fred-h10');
    expect(Object.keys(all.matchingDates)).toEqual(['fred-h10', 'imf']);
  });
});

describe('checkPair: a table of pairs, hand-computed from the shipped H.10 rows', () => {
  // Each row: the pair, the date, the H.10 rows used, the interval by hand, the verdict.
  it.each([
    {
      name: 'right: 11.2 billion yen ($100 million); JPUS 2019-03-14 111.71',
      first: '11.2 billion yen',
      second: '$100 million',
      date: '2019-03-14',
      base: 'USD',
      quote: 'JPY',
      low: '110.945274', // 11.15e9 / 100.5e6
      high: '113.065327', // 11.25e9 / 99.5e6
      verdict: 'consistent',
      explanation:
        /= 100.26 million USD, which rounds to the quoted "\$100 million".* even if "11.2 billion yen" is taken as exact/,
    },
    {
      name: 'rounded: 2 billion yuan ($310 million); CHUS 2016-01-04 6.5338: 2e9 / 6.5338 = 306.1 million',
      first: '2 billion yuan',
      second: '$310 million',
      date: '2016-01-04',
      base: 'USD',
      quote: 'CNY',
      low: '4.830918', // 1.5e9 / 310.5e6
      high: '8.077544', // 2.5e9 / 309.5e6
      verdict: 'consistent',
      explanation:
        /= 306.10 million USD, outside the quoted "\$310 million".*once both figures' rounding is allowed/,
    },
    {
      name: 'close: €100.0 million ($119.0 million); USEU 2017-11-15 1.1794, 0.7995% below 1.1889055',
      first: '€100.0 million',
      second: '$119.0 million',
      date: '2017-11-15',
      base: 'EUR',
      quote: 'USD',
      low: '1.188906', // 118.95e6 / 100.05e6
      high: '1.191096', // 119.05e6 / 99.95e6
      verdict: 'close',
      explanation: /0.80% outside the range the figures allow, within the 1% tolerance, so the pair is close/,
    },
    {
      name: 'stale: 1,000,000,000 yuan ($153.05 million) on 2017-11-15 (CHUS 6.62) fits only 2016-01-04 (6.5338)',
      first: '1,000,000,000 yuan',
      second: '$153.05 million',
      date: '2017-11-15',
      base: 'USD',
      quote: 'CNY',
      low: '6.533599', // 1e9 / 153.055e6
      high: '6.534026', // 1e9 / 153.045e6
      verdict: 'inconsistent',
      explanation: /on 2016-01-04 \(6.5338 CNY per USD, 681 days earlier\)/,
    },
    {
      name: 'inverted: 1,000,000,000 yuan ($6.62 billion) on 2017-11-15: 1 / 6.62 = 0.1510574',
      first: '1,000,000,000 yuan',
      second: '$6.62 billion',
      date: '2017-11-15',
      base: 'USD',
      quote: 'CNY',
      low: '0.150943', // 1e9 / 6.625e9
      high: '0.151172', // 1e9 / 6.615e9
      verdict: 'inconsistent',
      explanation: /fit fred-h10's rate inverted \(1 \/ 6.62 CNY per USD = about 0.151057\)/,
    },
    {
      name: 'off by 100: 500 million yen ($441.9 million) on 2017-11-15: JPUS 113.15 / 100 = 1.1315',
      first: '500 million yen',
      second: '$441.9 million',
      date: '2017-11-15',
      base: 'USD',
      quote: 'JPY',
      low: '1.130218', // 499.5e6 / 441.95e6
      high: '1.132737', // 500.5e6 / 441.85e6
      verdict: 'inconsistent',
      explanation: /the implied rate is 1\/100 of fred-h10's \(113.15 JPY per USD ÷ 100 = 1.1315 fits\)/,
    },
    {
      name: "wrong currency's rate: HK$1.00 billion (US$151.1 million) on 2017-11-15 fits CHUS 6.62, not HKUS 7.8064",
      first: 'HK$1.00 billion',
      second: 'US$151.1 million',
      date: '2017-11-15',
      base: 'USD',
      quote: 'HKD',
      low: '6.582865', // 0.995e9 / 151.15e6
      high: '6.653426', // 1.005e9 / 151.05e6
      verdict: 'inconsistent',
      explanation: /the HKD figure may have been converted at the CNY rate/,
    },
    {
      name: 'a cross of two non-USD currencies: HK$1.0 billion (about 848 million yuan); 7.8064 / 6.62 = 1.1792145 HKD per CNY',
      first: 'HK$1.0 billion',
      second: 'about 848 million yuan',
      date: '2017-11-15',
      base: 'CNY',
      quote: 'HKD',
      low: '1.119623', // 0.95e9 / 848.5e6
      high: '1.238938', // 1.05e9 / 847.5e6
      verdict: 'consistent',
      explanation: /consistent/,
    },
  ])('$name', ({ first, second, date, base, quote, low, high, verdict, explanation }) => {
    const result = check(first, second, date);
    expect([result.implied.base, result.implied.quote]).toEqual([base, quote]);
    expect(result.implied.low?.toFixed(6)).toBe(low);
    expect(result.implied.high?.toFixed(6)).toBe(high);
    expect(result.verdict).toBe(verdict);
    expect(result.explanation).toMatch(explanation);
    expect(result.diagnosis === null).toBe(verdict !== 'inconsistent');
  });

  it('stale: the only fitting day within five years either side of 2017-11-15 is 2016-01-04', () => {
    const result = check('1,000,000,000 yuan', '$153.05 million', '2017-11-15');
    // 6.62 / 6.5340259 − 1 = 1.31579%
    expect(result.references[0]?.outsideByPct?.toFixed(5)).toBe('1.31579');
    const findings = result.diagnosis?.findings ?? [];
    expect(findings.map((finding) => finding.kind)).toEqual(['other-date']);
    const [stale] = findings;
    if (stale?.kind !== 'other-date') throw new Error('expected other-date');
    expect(stale.before?.date).toBe('2016-01-04');
    expect(stale.before?.daysAway).toBe(-681);
    expect(stale.after).toBeNull();
    expect(stale.searched).toEqual(['2012-11-15', '2022-11-15']); // 1826 days either side
  });

  it('inverted: names only the inverted rate', () => {
    const result = check('1,000,000,000 yuan', '$6.62 billion', '2017-11-15');
    const [finding, ...rest] = result.diagnosis?.findings ?? [];
    expect(rest).toEqual([]);
    expect(finding?.kind).toBe('inverted');
    expect(finding?.kind === 'inverted' && finding.verdict).toBe('consistent');
  });

  it('off by 100: names the factor and its direction', () => {
    const result = check('500 million yen', '$441.9 million', '2017-11-15');
    const findings = result.diagnosis?.findings ?? [];
    expect(findings.map((finding) => finding.kind)).toEqual(['factor']);
    const [finding] = findings;
    expect(
      finding?.kind === 'factor' && [finding.factor, finding.direction, finding.value.toString()],
    ).toEqual([100, 'smaller', '1.1315']);
  });

  it("wrong currency's rate: names CNY (6.62 on 2017-11-15) standing in for HKD, and nothing else", () => {
    const result = check('HK$1.00 billion', 'US$151.1 million', '2017-11-15');
    const findings = result.diagnosis?.findings ?? [];
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    if (finding?.kind !== 'other-currency') throw new Error('expected other-currency');
    expect([
      finding.currency,
      finding.replaces,
      finding.base,
      finding.quote,
      finding.value.toString(),
    ]).toEqual(['CNY', 'HKD', 'USD', 'CNY', '6.62']);
    expect(finding.explanation).toContain('they share the unit 元/圆 or the "¥" sign');
  });

  it('says what was tried when no slip explains the pair: 1.5 billion yuan ($100.0 million) on 2015-06-15', () => {
    // Implied [1.45e9 / 100.05e6, 1.55e9 / 99.95e6] = [14.49, 15.51] CNY per USD; CHUS 6.208 (× 10 = 62.08),
    // no confusable currency's rate on the day (HKUS 7.7…, TAUS 31…, JPUS 123…, KOUS 1117…) and no
    // CHUS rate since 1981 lies there.
    const result = check('1.5 billion yuan', '$100.0 million', '2015-06-15');
    expect(result.diagnosis?.findings).toEqual([]);
    expect(result.diagnosis?.summary).toBe(
      'No single slip explains it: the rate inverted, the rate times or divided by 10, 100 or 1000, the rates on the date of the currencies that share a sign or a word with either currency, ' +
        "and fred-h10's rates from 2010-06-15 to 2020-06-14 were tried.",
    );
  });

  it('a half-open figure gives a half-open rate: 15 billion yuan (more than $2 billion) → (0, 7.75)', () => {
    const result = check('15 billion yuan', 'more than $2 billion', '2017-11-15');
    const { implied } = result;
    expect([implied.low?.toString(), implied.lowOpen, implied.high?.toString(), implied.highOpen]).toEqual([
      '0',
      true,
      '7.75', // 15.5e9 / 2e9, open because "more than" excludes 2e9
      true,
    ]);
    expect(implied.bounds).toBe(
      '(0 (the base figure has no upper bound), 15,500,000,000 CNY / 2,000,000,000 USD)',
    );
    expect(result.verdict).toBe('consistent');
  });
});

describe('checkPair: options and errors', () => {
  const yuan = f('about 1.5 billion yuan');
  const dollars = f('$227 million');

  it('fills a Saturday from the Friday and keeps the note (2017-11-18 → 2017-11-17, 6.6245)', () => {
    const result = checkPair([fred()], yuan, dollars, { date: '2017-11-18' });
    expect(result.references[0]?.observedDate).toBe('2017-11-17');
    expect(result.references[0]?.note).toMatch(/Saturday/);
    expect(result.explanation).toContain('of 2017-11-17 (used for 2017-11-18)');
  });

  it('a tolerance of 4% turns the 2015-06-15 check (3.92% outside what a right conversion allows) into close', () => {
    // 1 − 6.208 / 6.4615385 (1.47e9 / 227.5e6: the yuan at most 2% below 1.5 billion) = 3.9238%.
    const result = checkPair([fred()], yuan, dollars, { date: '2015-06-15', tolerancePct: new Decimal('4') });
    expect(result.references[0]?.outsideTightByPct?.toFixed(4)).toBe('3.9238');
    expect(result.verdict).toBe('close');
    expect(result.diagnosis).toBeNull();
  });

  it('a window of 0 days looks at the date alone', () => {
    const result = checkPair([fred()], yuan, dollars, { date: '2017-11-15', windowDays: 0 });
    expect(result.matchingDates['fred-h10']).toEqual([['2017-11-15', '2017-11-15']]);
  });

  it('lists a source without a rate on the date as skipped and checks the others (H.10 ends 2024-11-29)', () => {
    const result = checkPair([fred(), imf()], yuan, dollars, { date: '2024-12-16' });
    expect(result.skipped.map((s) => [s.source, s.code])).toEqual([['fred-h10', 'RATE_AFTER_COVERAGE']]);
    expect(result.references.map((r) => r.source)).toEqual(['imf']);
  });

  it.each([
    [
      'same currency',
      () => checkPair([fred()], dollars, f('$300 million'), { date: '2017-11-15' }),
      'CHECK_SAME_CURRENCY',
    ],
    ['no such day', () => checkPair([fred()], yuan, dollars, { date: '2017-02-30' }), 'DATE_INVALID'],
    [
      'unknown source',
      () => checkPair([fred()], yuan, dollars, { date: '2017-11-15', source: 'ecb' }),
      'SOURCE_UNKNOWN',
    ],
    [
      'negative tolerance',
      () => checkPair([fred()], yuan, dollars, { date: '2017-11-15', tolerancePct: new Decimal('-1') }),
      'OPTION_INVALID',
    ],
    [
      'fractional window',
      () => checkPair([fred()], yuan, dollars, { date: '2017-11-15', windowDays: 1.5 }),
      'OPTION_INVALID',
    ],
    [
      'a figure without a currency',
      () =>
        checkPair([fred()], parseFigureOrThrow('1.5 billion', { requireCurrency: false }), dollars, {
          date: '2017-11-15',
        }),
      'FIGURE_NO_CURRENCY',
    ],
    [
      'a negative figure',
      () => checkPair([fred()], f('-$5 million'), yuan, { date: '2017-11-15' }),
      'CHECK_FIGURE_NOT_POSITIVE',
    ],
    [
      'a day before every table',
      () => checkPair([fred(), imf()], yuan, dollars, { date: '1975-01-02' }),
      'RATE_BEFORE_COVERAGE',
    ],
    [
      'a currency no table quotes',
      () => checkPair([fred()], f('PLN 100 million'), dollars, { date: '2017-11-15' }),
      'CURRENCY_NOT_IN_SOURCE',
    ],
  ])('%s is an error: %s', (_, run, code) => {
    expect(caught(run).code).toBe(code);
  });
});

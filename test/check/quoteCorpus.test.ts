import { describe, expect, it } from 'vitest';
import { checkPair, type Verdict } from '../../src/check/index.js';
import { parseFigureOrThrow } from '../../src/parse/index.js';
import { fred } from '../fx/helpers.js';

// Issue 17 item 5: quoted conversions as news prints them, checked against the Fed's H.10 noon
// buying rates shipped in data/fred-h10/ (series named in each case, with the day's rate). Each
// expected verdict was worked out by hand from that rate (the figures' rounding, each side taken
// at most 2% from its written value, a 1% tolerance), not by running dealcalc:
// - right: the figure converted at the day's rate and rounded to 3 or 4 significant digits;
// - stale: converted at the same series' rate about 400 days earlier (rate and day named);
// - inverted: multiplied by the rate where it should divide (or the reverse);
// - factor: ten times, or a tenth of, the right amount;
// - wrong-currency: Hong Kong dollars or yen converted at the yuan rate (CHUS);
// - round-off: a one-digit figure ("2 trillion yen") beside a conversion 5-40% off the right one;
// - cents: small amounts converted to the cent (the converted side rounded at its last digit).
// Nothing but a right quote may be consistent; every right quote is.
type Row = readonly [kind: string, pair: string, date: string, verdict: Verdict, name: string];

const ROWS: readonly Row[] = [
  [
    'right',
    '1.5 billion yuan ($218 million)',
    '2008-06-16',
    'consistent',
    'right: 1.5 billion yuan ($218 million) on 2008-06-16 (CHUS 6.8911, implied -0.15% from it)',
  ],
  [
    'right',
    '1.5 billion yuan ($233.1 million)',
    '2021-10-15',
    'consistent',
    'right: 1.5 billion yuan ($233.1 million) on 2021-10-15 (CHUS 6.434, implied +0.02% from it)',
  ],
  [
    'right',
    '120 billion yen ($1.07 billion)',
    '2019-03-14',
    'consistent',
    'right: 120 billion yen ($1.07 billion) on 2019-03-14 (JPUS 111.71, implied +0.39% from it)',
  ],
  [
    'right',
    '120 billion yen ($1.006 billion)',
    '2016-01-04',
    'consistent',
    'right: 120 billion yen ($1.006 billion) on 2016-01-04 (JPUS 119.3, implied -0.01% from it)',
  ],
  [
    'right',
    '€850 million ($1.12 billion)',
    '2012-09-14',
    'consistent',
    'right: €850 million ($1.12 billion) on 2012-09-14 (USEU 1.3142, implied +0.26% from it)',
  ],
  [
    'right',
    '€850 million ($1.315 billion)',
    '2008-06-16',
    'consistent',
    'right: €850 million ($1.315 billion) on 2008-06-16 (USEU 1.5472, implied -0.01% from it)',
  ],
  [
    'right',
    '£2.4 billion ($3.30 billion)',
    '2021-10-15',
    'consistent',
    'right: £2.4 billion ($3.30 billion) on 2021-10-15 (USUK 1.3756, implied -0.04% from it)',
  ],
  [
    'right',
    '£2.4 billion ($3.187 billion)',
    '2019-03-14',
    'consistent',
    'right: £2.4 billion ($3.187 billion) on 2019-03-14 (USUK 1.3281, implied -0.01% from it)',
  ],
  [
    'right',
    'HK$3.6 billion ($464 million)',
    '2016-01-04',
    'consistent',
    'right: HK$3.6 billion ($464 million) on 2016-01-04 (HKUS 7.7505, implied +0.10% from it)',
  ],
  [
    'right',
    'HK$3.6 billion ($464.5 million)',
    '2012-09-14',
    'consistent',
    'right: HK$3.6 billion ($464.5 million) on 2012-09-14 (HKUS 7.751, implied -0.01% from it)',
  ],
  [
    'right',
    'KRW 1.2 trillion ($1.16 billion)',
    '2008-06-16',
    'consistent',
    'right: KRW 1.2 trillion ($1.16 billion) on 2008-06-16 (KOUS 1038.5, implied -0.39% from it)',
  ],
  [
    'right',
    'KRW 1.2 trillion ($1.015 billion)',
    '2021-10-15',
    'consistent',
    'right: KRW 1.2 trillion ($1.015 billion) on 2021-10-15 (KOUS 1182.34, implied -0.01% from it)',
  ],
  [
    'right',
    'INR 45 billion ($649 million)',
    '2019-03-14',
    'consistent',
    'right: INR 45 billion ($649 million) on 2019-03-14 (INUS 69.33, implied +0.01% from it)',
  ],
  [
    'right',
    'INR 45 billion ($676.1 million)',
    '2016-01-04',
    'consistent',
    'right: INR 45 billion ($676.1 million) on 2016-01-04 (INUS 66.56, implied -0.00% from it)',
  ],
  [
    'right',
    'CHF 640 million ($692 million)',
    '2012-09-14',
    'consistent',
    'right: CHF 640 million ($692 million) on 2012-09-14 (SZUS 0.925, implied -0.02% from it)',
  ],
  [
    'right',
    'CHF 640 million ($613.3 million)',
    '2008-06-16',
    'consistent',
    'right: CHF 640 million ($613.3 million) on 2008-06-16 (SZUS 1.0435, implied +0.00% from it)',
  ],
  [
    'right',
    'CAD 1.8 billion ($1.45 billion)',
    '2021-10-15',
    'consistent',
    'right: CAD 1.8 billion ($1.45 billion) on 2021-10-15 (CAUS 1.2387, implied +0.22% from it)',
  ],
  [
    'right',
    'CAD 1.8 billion ($1.352 billion)',
    '2019-03-14',
    'consistent',
    'right: CAD 1.8 billion ($1.352 billion) on 2019-03-14 (CAUS 1.3316, implied -0.02% from it)',
  ],
  [
    'right',
    'AUD 2.4 billion ($1.72 billion)',
    '2016-01-04',
    'consistent',
    'right: AUD 2.4 billion ($1.72 billion) on 2016-01-04 (USAL 0.7166, implied +0.01% from it)',
  ],
  [
    'right',
    'AUD 2.4 billion ($2.535 billion)',
    '2012-09-14',
    'consistent',
    'right: AUD 2.4 billion ($2.535 billion) on 2012-09-14 (USAL 1.0561, implied +0.01% from it)',
  ],
  [
    'right',
    'BRL 5.5 billion ($3.38 billion)',
    '2008-06-16',
    'consistent',
    'right: BRL 5.5 billion ($3.38 billion) on 2008-06-16 (BZUS 1.6249, implied +0.14% from it)',
  ],
  [
    'right',
    'BRL 5.5 billion ($1.010 billion)',
    '2021-10-15',
    'consistent',
    'right: BRL 5.5 billion ($1.010 billion) on 2021-10-15 (BZUS 5.4457, implied -0.00% from it)',
  ],
  [
    'right',
    'MXN 12 billion ($622 million)',
    '2019-03-14',
    'consistent',
    'right: MXN 12 billion ($622 million) on 2019-03-14 (MXUS 19.3, implied -0.04% from it)',
  ],
  [
    'right',
    'MXN 12 billion ($691.2 million)',
    '2016-01-04',
    'consistent',
    'right: MXN 12 billion ($691.2 million) on 2016-01-04 (MXUS 17.36, implied +0.01% from it)',
  ],
  [
    'stale',
    '1.5 billion yuan ($244.2 million)',
    '2016-01-04',
    'inconsistent',
    'stale: 1.5 billion yuan ($244.2 million) on 2016-01-04 (CHUS 6.5338, implied -5.99% from it; converted at the CHUS rate of 2014-11-28, 6.1429)',
  ],
  [
    'stale',
    '120 billion yen ($1.011 billion)',
    '2016-01-04',
    'close',
    'stale: 120 billion yen ($1.011 billion) on 2016-01-04 (JPUS 119.3, implied -0.51% from it; converted at the JPUS rate of 2014-11-28, 118.7)',
  ],
  [
    'stale',
    '€850 million ($1.057 billion)',
    '2016-01-04',
    'inconsistent',
    'stale: €850 million ($1.057 billion) on 2016-01-04 (USEU 1.0803, implied +15.11% from it; converted at the USEU rate of 2014-11-28, 1.2438)',
  ],
  [
    'stale',
    '£2.4 billion ($3.718 billion)',
    '2016-07-15',
    'inconsistent',
    'stale: £2.4 billion ($3.718 billion) on 2016-07-15 (USUK 1.3194, implied +17.41% from it; converted at the USUK rate of 2015-06-11, 1.5493)',
  ],
  [
    'stale',
    'KRW 1.2 trillion ($1.079 billion)',
    '2016-01-04',
    'inconsistent',
    'stale: KRW 1.2 trillion ($1.079 billion) on 2016-01-04 (KOUS 1191.46, implied -6.66% from it; converted at the KOUS rate of 2014-11-28, 1112.06)',
  ],
  [
    'stale',
    'INR 45 billion ($723.5 million)',
    '2016-01-04',
    'inconsistent',
    'stale: INR 45 billion ($723.5 million) on 2016-01-04 (INUS 66.56, implied -6.55% from it; converted at the INUS rate of 2014-11-28, 62.2)',
  ],
  [
    'stale',
    'BRL 5.5 billion ($2.138 billion)',
    '2016-01-04',
    'inconsistent',
    'stale: BRL 5.5 billion ($2.138 billion) on 2016-01-04 (BZUS 4.0613, implied -36.66% from it; converted at the BZUS rate of 2014-11-28, 2.572)',
  ],
  [
    'stale',
    'MXN 12 billion ($862.0 million)',
    '2016-01-04',
    'inconsistent',
    'stale: MXN 12 billion ($862.0 million) on 2016-01-04 (MXUS 17.36, implied -19.81% from it; converted at the MXUS rate of 2014-11-28, 13.921)',
  ],
  [
    'inverted',
    '1.5 billion yuan ($9.930 billion)',
    '2017-11-15',
    'inconsistent',
    'inverted: 1.5 billion yuan ($9.930 billion) on 2017-11-15 (CHUS 6.62, implied -97.72% from it; multiplied where it should divide)',
  ],
  [
    'inverted',
    '120 billion yen ($13.58 trillion)',
    '2017-11-15',
    'inconsistent',
    'inverted: 120 billion yen ($13.58 trillion) on 2017-11-15 (JPUS 113.15, implied -99.99% from it; multiplied where it should divide)',
  ],
  [
    'inverted',
    'HK$3.6 billion ($28.10 billion)',
    '2017-11-15',
    'inconsistent',
    'inverted: HK$3.6 billion ($28.10 billion) on 2017-11-15 (HKUS 7.8064, implied -98.36% from it; multiplied where it should divide)',
  ],
  [
    'inverted',
    'INR 45 billion ($2.937 trillion)',
    '2017-11-15',
    'inconsistent',
    'inverted: INR 45 billion ($2.937 trillion) on 2017-11-15 (INUS 65.26, implied -99.98% from it; multiplied where it should divide)',
  ],
  [
    'inverted',
    'CHF 640 million ($633.7 million)',
    '2017-11-15',
    'inconsistent',
    'inverted: CHF 640 million ($633.7 million) on 2017-11-15 (SZUS 0.9902, implied +1.99% from it; multiplied where it should divide)',
  ],
  [
    'inverted',
    'MXN 12 billion ($231.1 billion)',
    '2017-11-15',
    'inconsistent',
    'inverted: MXN 12 billion ($231.1 billion) on 2017-11-15 (MXUS 19.2565, implied -99.73% from it; multiplied where it should divide)',
  ],
  [
    'factor',
    '1.5 billion yuan ($2.232 billion)',
    '2019-03-14',
    'inconsistent',
    'factor: 1.5 billion yuan ($2.232 billion) on 2019-03-14 (CHUS 6.7209, implied -90.00% from it; ten times the right amount)',
  ],
  [
    'factor',
    '120 billion yen ($107.4 million)',
    '2019-03-14',
    'inconsistent',
    'factor: 120 billion yen ($107.4 million) on 2019-03-14 (JPUS 111.71, implied +900.20% from it; a tenth of the right amount)',
  ],
  [
    'factor',
    '€850 million ($9.608 billion)',
    '2019-03-14',
    'inconsistent',
    'factor: €850 million ($9.608 billion) on 2019-03-14 (USEU 1.1304, implied +899.96% from it; ten times the right amount)',
  ],
  [
    'factor',
    '£2.4 billion ($318.7 million)',
    '2019-03-14',
    'inconsistent',
    'factor: £2.4 billion ($318.7 million) on 2019-03-14 (USUK 1.3281, implied -90.00% from it; a tenth of the right amount)',
  ],
  [
    'factor',
    'KRW 1.2 trillion ($10.57 billion)',
    '2019-03-14',
    'inconsistent',
    'factor: KRW 1.2 trillion ($10.57 billion) on 2019-03-14 (KOUS 1135.05, implied -90.00% from it; ten times the right amount)',
  ],
  [
    'factor',
    'CAD 1.8 billion ($135.2 million)',
    '2019-03-14',
    'inconsistent',
    'factor: CAD 1.8 billion ($135.2 million) on 2019-03-14 (CAUS 1.3316, implied +899.82% from it; a tenth of the right amount)',
  ],
  [
    'wrong-currency',
    'HK$3.6 billion ($543.8 million)',
    '2017-11-15',
    'inconsistent',
    'wrong-currency: HK$3.6 billion ($543.8 million) on 2017-11-15 (HKUS 7.8064, implied -15.20% from it; converted at CHUS 6.62 (yuan per dollar))',
  ],
  [
    'wrong-currency',
    'HK$3.6 billion ($559.5 million)',
    '2021-10-15',
    'inconsistent',
    'wrong-currency: HK$3.6 billion ($559.5 million) on 2021-10-15 (HKUS 7.7785, implied -17.28% from it; converted at CHUS 6.434 (yuan per dollar))',
  ],
  [
    'wrong-currency',
    '120 billion yen ($18.13 billion)',
    '2017-11-15',
    'inconsistent',
    'wrong-currency: 120 billion yen ($18.13 billion) on 2017-11-15 (JPUS 113.15, implied -94.15% from it; converted at CHUS 6.62 (yuan per dollar))',
  ],
  [
    'wrong-currency',
    'HK$3.6 billion ($570.1 million)',
    '2012-09-14',
    'inconsistent',
    'wrong-currency: HK$3.6 billion ($570.1 million) on 2012-09-14 (HKUS 7.751, implied -18.53% from it; converted at CHUS 6.3145 (yuan per dollar))',
  ],
  [
    'wrong-currency',
    '120 billion yen ($19.26 billion)',
    '2014-05-15',
    'inconsistent',
    'wrong-currency: 120 billion yen ($19.26 billion) on 2014-05-15 (JPUS 101.44, implied -93.86% from it; converted at CHUS 6.2291 (yuan per dollar))',
  ],
  [
    'round-off',
    '2 billion yuan ($305 million)',
    '2008-06-16',
    'fits-only-by-rounding',
    'round-off: 2 billion yuan ($305 million) on 2008-06-16 (CHUS 6.8911, implied -4.84% from it; +5% off)',
  ],
  [
    'round-off',
    '2 trillion yen ($20 billion)',
    '2020-07-15',
    'fits-only-by-rounding',
    'round-off: 2 trillion yen ($20 billion) on 2020-07-15 (JPUS 106.92, implied -6.47% from it; +8% off)',
  ],
  [
    'round-off',
    '€3 billion ($3.6 billion)',
    '2016-01-04',
    'fits-only-by-rounding',
    'round-off: €3 billion ($3.6 billion) on 2016-01-04 (USEU 1.0803, implied +11.08% from it; +12% off)',
  ],
  [
    'round-off',
    '£5 billion ($8.72 billion)',
    '2010-03-15',
    'inconsistent',
    'round-off: £5 billion ($8.72 billion) on 2010-03-15 (USUK 1.5043, implied +15.93% from it; +16% off)',
  ],
  [
    'round-off',
    'KRW 1 trillion ($1.0 billion)',
    '2021-10-15',
    'fits-only-by-rounding',
    'round-off: KRW 1 trillion ($1.0 billion) on 2021-10-15 (KOUS 1182.34, implied -15.42% from it; +20% off)',
  ],
  [
    'round-off',
    'INR 40 billion ($766 million)',
    '2017-11-15',
    'inconsistent',
    'round-off: INR 40 billion ($766 million) on 2017-11-15 (INUS 65.26, implied -19.98% from it; +25% off)',
  ],
  [
    'round-off',
    'BRL 6 billion ($3.87 billion)',
    '2012-09-14',
    'inconsistent',
    'round-off: BRL 6 billion ($3.87 billion) on 2012-09-14 (BZUS 2.0172, implied -23.14% from it; +30% off)',
  ],
  [
    'round-off',
    'MXN 20 billion ($1.6 billion)',
    '2023-06-01',
    'inconsistent',
    'round-off: MXN 20 billion ($1.6 billion) on 2023-06-01 (MXUS 17.5493, implied -28.77% from it; +40% off)',
  ],
  [
    'round-off',
    '2 billion yuan ($283 million)',
    '2019-03-14',
    'fits-only-by-rounding',
    'round-off: 2 billion yuan ($283 million) on 2019-03-14 (CHUS 6.7209, implied +5.15% from it; -5% off)',
  ],
  [
    'round-off',
    '2 trillion yen ($18.1 billion)',
    '2014-05-15',
    'fits-only-by-rounding',
    'round-off: 2 trillion yen ($18.1 billion) on 2014-05-15 (JPUS 101.44, implied +8.93% from it; -8% off)',
  ],
  [
    'round-off',
    '€3 billion ($4.1 billion)',
    '2008-06-16',
    'fits-only-by-rounding',
    'round-off: €3 billion ($4.1 billion) on 2008-06-16 (USEU 1.5472, implied -11.67% from it; -12% off)',
  ],
  [
    'round-off',
    '£5 billion ($5.3 billion)',
    '2020-07-15',
    'inconsistent',
    'round-off: £5 billion ($5.3 billion) on 2020-07-15 (USUK 1.2586, implied -15.78% from it; -16% off)',
  ],
  [
    'round-off',
    'KRW 1 trillion ($671 million)',
    '2016-01-04',
    'fits-only-by-rounding',
    'round-off: KRW 1 trillion ($671 million) on 2016-01-04 (KOUS 1191.46, implied +25.08% from it; -20% off)',
  ],
  [
    'round-off',
    'INR 40 billion ($659 million)',
    '2010-03-15',
    'inconsistent',
    'round-off: INR 40 billion ($659 million) on 2010-03-15 (INUS 45.55, implied +33.26% from it; -25% off)',
  ],
  [
    'round-off',
    'BRL 6 billion ($771 million)',
    '2021-10-15',
    'inconsistent',
    'round-off: BRL 6 billion ($771 million) on 2021-10-15 (BZUS 5.4457, implied +42.90% from it; -30% off)',
  ],
  [
    'round-off',
    'MXN 20 billion ($623 million)',
    '2017-11-15',
    'inconsistent',
    'round-off: MXN 20 billion ($623 million) on 2017-11-15 (MXUS 19.2565, implied +66.71% from it; -40% off)',
  ],
  [
    'cents',
    '0.5 yuan ($0.08)',
    '2017-11-15',
    'consistent',
    'cents: 0.5 yuan ($0.08) on 2017-11-15 (CHUS 6.62; 0.5 / 6.62 = 0.0755, which rounds to $0.08 (issue 20.3))',
  ],
  [
    'cents',
    '1,500,000,000 yuan ($226,586,103)',
    '2017-11-15',
    'consistent',
    'cents: 1,500,000,000 yuan ($226,586,103) on 2017-11-15 (CHUS 6.62; 1.5e9 / 6.62 = 226,586,102.72, which rounds to $226,586,103 (issue 20.3))',
  ],
  [
    'cents',
    '€1 ($1.18)',
    '2017-11-15',
    'consistent',
    'cents: €1 ($1.18) on 2017-11-15 (USEU 1.1794; 1 × 1.1794 = 1.1794, which rounds to $1.18)',
  ],
  [
    'cents',
    '100 yen ($0.88)',
    '2017-11-15',
    'consistent',
    'cents: 100 yen ($0.88) on 2017-11-15 (JPUS 113.15; 100 / 113.15 = 0.8838, which rounds to $0.88)',
  ],
  [
    'cents',
    '100 yen ($0.89)',
    '2017-11-15',
    'close',
    'cents: 100 yen ($0.89) on 2017-11-15 (JPUS 113.15; 100 / 113.15 = 0.8838 is not $0.89 ([0.885, 0.895]): 113.15 is 0.14% above the highest rate it allows, 100 / 0.885 = 112.99, within the 1% tolerance)',
  ],
];

const source = fred();
function check(pair: string, date: string) {
  const open = pair.lastIndexOf('(');
  const first = parseFigureOrThrow(pair.slice(0, open).trim());
  const second = parseFigureOrThrow(pair.slice(open + 1, -1).trim());
  return checkPair([source], first, second, { date, source: 'fred-h10', searchDays: 400 });
}

describe('check on a corpus of quoted conversions (issue 17 item 5)', () => {
  it('holds at least 60 cases of every kind the issue names', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(60);
    const kinds = new Set(ROWS.map(([kind]) => kind));
    expect([...kinds].sort()).toEqual(
      ['cents', 'factor', 'inverted', 'right', 'round-off', 'stale', 'wrong-currency'].sort(),
    );
  });

  it.each(ROWS.map((row) => [`${row[4]}: ${row[3]}`, row] as const))(
    '%s',
    (_, [kind, pair, date, verdict]) => {
      const result = check(pair, date);
      expect(result.verdict).toBe(verdict);
      expect(result.references[0]?.observedDate).toBe(date);
      // No vacuous consistent: only a right quote (or one to the cent) may be consistent.
      if (kind !== 'right' && kind !== 'cents') expect(result.verdict).not.toBe('consistent');
      // The slip is named: the rate inverted, a factor of ten, the yuan rate for another currency.
      const slip = { inverted: 'inverted', factor: 'factor', 'wrong-currency': 'other-currency' }[kind];
      if (slip !== undefined) expect(result.diagnosis?.findings.map((f) => f.kind)).toContain(slip);
    },
  );

  it('says why a round figure fits only by rounding: "2 trillion yen" would have to stand for more', () => {
    // JPUS 2020-07-15: 106.92 yen per dollar; $20 billion (within 2%: 19.6 to 20.4 billion) is
    // 2.0956 to 2.1812 trillion yen, 4.78% to 9.06% above the written 2 trillion.
    const result = check('2 trillion yen ($20 billion)', '2020-07-15');
    expect(result.verdict).toBe('fits-only-by-rounding');
    expect(result.explanation).toContain(
      '"2 trillion yen" stands for 2.09 trillion to 2.19 trillion JPY (4.7% to 9.1% above its written value)',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { rateHistory } from '../../src/fx/rateHistory.js';
import { Decimal } from '../../src/money/decimal.js';
import { openShippedStore } from '../../src/node/openStore.js';
import {
  chartScale,
  chartSegments,
  niceStep,
  valuePosition,
  type ChartSpec,
} from '../../src/render/chart.js';
import { historyChart } from '../../src/render/historyChart.js';
import { escapeXml, svgChart, wrapText } from '../../src/render/svgChart.js';

const store = openShippedStore();
const d = (text: string) => new Decimal(text);
const spec = (points: [string, string][], extra: Partial<ChartSpec> = {}): ChartSpec => ({
  title: 'USD/CNY',
  unit: 'CNY per 1 USD',
  source: 'fred-h10',
  from: points[0]?.[0] ?? '2017-01-01',
  to: points[points.length - 1]?.[0] ?? '2017-01-02',
  points: points.map(([date, value]) => ({ date, value: d(value) })),
  gaps: [],
  ...extra,
});

describe('niceStep', () => {
  it.each([
    ['0.0137', '0.02'],
    ['0.01', '0.01'],
    ['0.011', '0.02'],
    ['0.021', '0.025'],
    ['0.26', '0.5'],
    ['0.6', '1'],
    ['3', '5'],
    ['230', '250'],
    ['7000', '10000'],
  ])('%s → %s', (rough, step) => {
    expect(niceStep(d(rough)).toString()).toBe(step);
  });
});

describe('chartScale', () => {
  it('puts round ticks around every value', () => {
    const s = chartScale(
      spec([
        ['2017-11-13', '6.6385'],
        ['2017-11-17', '6.6245'],
      ]),
      6,
    );
    expect(s.ticks.map((t) => t.toFixed(s.decimals))).toEqual(['6.620', '6.625', '6.630', '6.635', '6.640']);
  });

  it('includes a band and a marked value in the axis', () => {
    const s = chartScale(
      spec([['2017-11-15', '6.62']], {
        band: { low: d('6.37'), high: d('6.84'), label: 'the quote allows' },
        markers: [{ date: '2017-11-15', label: 'story', value: d('6.6079') }],
      }),
      6,
    );
    expect(s.low.lte('6.37')).toBe(true);
    expect(s.high.gte('6.84')).toBe(true);
  });

  it('gives a flat line an axis', () => {
    const s = chartScale(
      spec([
        ['2017-10-02', '6.6533'],
        ['2017-10-06', '6.6533'],
      ]),
      6,
    );
    expect(s.low.lt('6.6533') && s.high.gt('6.6533')).toBe(true);
  });

  it.each([
    [
      ['2017-11-20', '2017-11-24'],
      ['2017-11-20', '2017-11-21', '2017-11-22', '2017-11-23', '2017-11-24'],
    ],
    [
      ['2017-10-01', '2017-12-31'],
      ['2017-10', '2017-11', '2017-12'],
    ],
    [
      ['2010-01-01', '2018-12-31'],
      ['2010', '2012', '2014', '2016', '2018'],
    ],
  ])('date ticks for %j: %j', ([from, to], labels) => {
    const s = chartScale(
      spec([
        [from as string, '1'],
        [to as string, '2'],
      ]),
      6,
    );
    expect(s.dateTicks.map((t) => t.label)).toEqual(labels);
  });
});

describe('chartSegments', () => {
  it('breaks the line across a weekday without a rate, not across a weekend', () => {
    const h = rateHistory(store, { pair: 'USD/CNY', from: '2017-11-16', to: '2017-11-27' });
    const segments = chartSegments(historyChart(h));
    expect(segments.map((s) => [s[0]?.date, s[s.length - 1]?.date])).toEqual([
      ['2017-11-16', '2017-11-22'],
      ['2017-11-24', '2017-11-27'],
    ]);
  });
});

describe('valuePosition', () => {
  it('is computed in Decimal from the top of the axis', () => {
    expect(valuePosition(d('6.64'), { low: d('6.62'), high: d('6.64') }, '300', 2)).toBe('0.00');
    expect(valuePosition(d('6.625'), { low: d('6.62'), high: d('6.64') }, '300', 2)).toBe('225.00');
  });
});

describe('svgChart', () => {
  const h = rateHistory(store, { pair: 'USD/CNY', from: '2017-10-01', to: '2017-12-31' });
  const svg = svgChart(historyChart(h));

  it('is one standalone SVG document naming the pair, the unit and the source', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).toContain('USD/CNY: CNY per 1 USD');
    expect(svg).toContain('fred-h10: Fed H.10 noon buying rate, New York');
    expect(svg).toContain('Source: Board of Governors of the Federal Reserve System');
  });

  it('shades each weekday without a rate, saying why', () => {
    const gaps = [...svg.matchAll(/<rect class="gap"[^>]*><title>([^<]*)<\/title>/g)].map((m) => m[1]);
    expect(gaps).toEqual([
      'no rate: 2017-10-09 Columbus Day',
      'no rate: 2017-11-10 Veterans Day (observed)',
      'no rate: 2017-11-23 Thanksgiving Day',
      'no rate: 2017-12-25 Christmas Day',
    ]);
  });

  it('draws one polyline per unbroken run of rates', () => {
    expect(svg.match(/<polyline /g)?.length).toBe(5);
  });

  it('escapes text, so a source name cannot inject markup', () => {
    const evil = svgChart({ ...historyChart(h), source: '<script>alert(1)</script> & "x"' });
    expect(evil).not.toContain('<script>');
    expect(evil).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
    expect(escapeXml('a\u0000b\u001b')).toBe('ab');
  });

  it('draws the band and the marker a check will give it', () => {
    const withBand = svgChart({
      ...historyChart(h),
      band: { low: d('6.3736'), high: d('6.8433'), label: 'rates the quote allows' },
      markers: [{ date: '2017-11-15', label: '2017-11-15', value: d('6.6079') }],
    });
    expect(withBand).toContain('<rect class="band"');
    expect(withBand).toContain('rates the quote allows');
  });

  it('wraps long small print', () => {
    expect(wrapText('a b c d', 3)).toEqual(['a b', 'c d']);
  });
});

/**
 * The classic exit chart: each holder's (or class's) payout against the exit value, as SVG and
 * as a terminal grid, from the points of a sweep. Values are placed in Decimal; only the final
 * pixel or cell becomes a number.
 */
import { Decimal } from '../money/decimal.js';
import { formatDecimal } from '../money/format.js';
import { niceStep } from './chart.js';
import { escapeXml } from './svgChart.js';

/** One line of the chart. */
export interface PayoutSeries {
  readonly name: string;
  readonly points: readonly { readonly x: Decimal; readonly y: Decimal }[];
}

/** What the chart shows. */
export interface PayoutChartSpec {
  readonly title: string;
  /** e.g. "exit value (USD)". */
  readonly xLabel: string;
  /** e.g. "payout (USD)". */
  readonly yLabel: string;
  readonly series: readonly PayoutSeries[];
}

const COLORS = ['#1f5fa8', '#b26a00', '#2e7d32', '#8e24aa', '#c62828', '#00838f', '#6d4c41', '#455a64'];
const GLYPHS = ['●', '○', '■', '▲', '◆', '✚', '×', '□'];
const [W, H, L, R, T, B] = [860, 460, 96, 24, 56, 96];

function extent(spec: PayoutChartSpec): { x0: Decimal; x1: Decimal; y1: Decimal; step: Decimal } {
  const xs = spec.series.flatMap((s) => s.points.map((p) => p.x));
  const ys = spec.series.flatMap((s) => s.points.map((p) => p.y));
  const x0 = xs.reduce((a, b) => (b.lt(a) ? b : a), xs[0] ?? new Decimal('0'));
  const x1 = xs.reduce((a, b) => (b.gt(a) ? b : a), xs[0] ?? new Decimal('1'));
  const top = ys.reduce((a, b) => (b.gt(a) ? b : a), new Decimal('0'));
  const step = niceStep(top.gt('0') ? top.div('5') : new Decimal('1'));
  const y1 = top.div(step).ceil().times(step);
  return { x0, x1: x1.eq(x0) ? x0.plus('1') : x1, y1: y1.lt(step) ? step : y1, step };
}

/** A value's place along [lo, hi] scaled to `cells`, in Decimal (a plotting coordinate, not money). */
const place = (v: Decimal, lo: Decimal, hi: Decimal, cells: number): Decimal =>
  v.minus(lo).div(hi.minus(lo)).times(String(cells));
/** The whole cell a value falls in. */
const cell = (v: Decimal, lo: Decimal, hi: Decimal, cells: number): number =>
  Number.parseInt(place(v, lo, hi, cells).toFixed(0), 10);

const short = (v: Decimal): string =>
  v.abs().gte('1e9')
    ? `${formatDecimal(v.div('1e9'), 1)}B`
    : v.abs().gte('1e6')
      ? `${formatDecimal(v.div('1e6'), 1)}M`
      : v.abs().gte('1e3')
        ? `${formatDecimal(v.div('1e3'), 1)}K`
        : formatDecimal(v, 0);

/**
 * The chart as an SVG document.
 *
 * @example
 * const line = { name: 'Founders', points: [{ x: new Decimal('0'), y: new Decimal('0') }, { x: new Decimal('10'), y: new Decimal('4') }] };
 * payoutChartSvg({ title: 'Payouts', xLabel: 'exit', yLabel: 'payout', series: [line] }).includes('Founders') //=> true
 */
export function payoutChartSvg(spec: PayoutChartSpec): string {
  const { x0, x1, y1, step } = extent(spec);
  const pw = W - L - R;
  const ph = H - T - B;
  const px = (x: Decimal) => place(x, x0, x1, pw).plus(String(L)).toFixed(1);
  const py = (y: Decimal) => new Decimal(String(T + ph)).minus(place(y, new Decimal('0'), y1, ph)).toFixed(1);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="12" fill="#222">`,
    `<title>${escapeXml(spec.title)}</title>`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="${L}" y="30" font-size="17" font-weight="bold">${escapeXml(spec.title)}</text>`,
  ];
  for (let y = new Decimal('0'); y.lte(y1); y = y.plus(step))
    parts.push(
      `<line x1="${L}" x2="${W - R}" y1="${py(y)}" y2="${py(y)}" stroke="#ddd"/>`,
      `<text x="${L - 6}" y="${py(y)}" text-anchor="end" dominant-baseline="middle">${escapeXml(short(y))}</text>`,
    );
  const xStep = niceStep(x1.minus(x0).div('6'));
  for (let x = x0.div(xStep).ceil().times(xStep); x.lte(x1); x = x.plus(xStep))
    parts.push(`<text x="${px(x)}" y="${T + ph + 18}" text-anchor="middle">${escapeXml(short(x))}</text>`);
  parts.push(
    `<line x1="${L}" x2="${W - R}" y1="${T + ph}" y2="${T + ph}" stroke="#222"/>`,
    `<line x1="${L}" x2="${L}" y1="${T}" y2="${T + ph}" stroke="#222"/>`,
    `<text x="${L + pw / 2}" y="${T + ph + 40}" text-anchor="middle">${escapeXml(spec.xLabel)}</text>`,
    `<text x="18" y="${T + ph / 2}" transform="rotate(-90 18 ${T + ph / 2})" text-anchor="middle">${escapeXml(spec.yLabel)}</text>`,
  );
  spec.series.forEach((s, i) => {
    const color = COLORS[i % COLORS.length] ?? '#222';
    parts.push(
      `<polyline fill="none" stroke="${color}" stroke-width="2" points="${s.points.map((p) => `${px(p.x)},${py(p.y)}`).join(' ')}"/>`,
      `<rect x="${L + (i % 4) * 190}" y="${H - 34 + Math.floor(i / 4) * 16}" width="12" height="3" fill="${color}"/>`,
      `<text x="${L + (i % 4) * 190 + 18}" y="${H - 30 + Math.floor(i / 4) * 16}">${escapeXml(s.name)}</text>`,
    );
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

/**
 * The chart as terminal lines: one glyph per series, a legend under it.
 *
 * @example
 * const line = { name: 'Founders', points: [{ x: new Decimal('0'), y: new Decimal('0') }, { x: new Decimal('10'), y: new Decimal('4') }] };
 * payoutChartText({ title: 'Payouts', xLabel: 'exit', yLabel: 'payout', series: [line] }, 20, 5).at(-1) //=> '  ● Founders'
 */
export function payoutChartText(spec: PayoutChartSpec, width = 60, height = 14): string[] {
  const { x0, x1, y1 } = extent(spec);
  const grid = Array.from({ length: height }, () => Array.from({ length: width }, () => ' '));
  spec.series.forEach((s, i) => {
    for (const p of s.points) {
      const column = cell(p.x, x0, x1, width - 1);
      const row = height - 1 - cell(p.y, new Decimal('0'), y1, height - 1);
      const cells = grid[row];
      if (cells && column >= 0 && column < width) cells[column] = GLYPHS[i % GLYPHS.length] ?? '●';
    }
  });
  const top = short(y1);
  const margin = Math.max(top.length, 1);
  return [
    `${spec.title}: ${spec.yLabel}`,
    ...grid.map(
      (cells, i) => `${(i === 0 ? top : i === height - 1 ? '0' : '').padStart(margin)} │${cells.join('')}`,
    ),
    `${' '.repeat(margin)} └${'─'.repeat(width)}`,
    `${' '.repeat(margin)}  ${short(x0)}${' '.repeat(Math.max(1, width - short(x0).length - short(x1).length))}${short(x1)}  ${spec.xLabel}`,
    ...spec.series.map((s, i) => `  ${GLYPHS[i % GLYPHS.length] ?? '●'} ${s.name}`),
  ];
}

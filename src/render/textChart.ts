import type { Decimal } from '../money/decimal.js';

/**
 * A small line chart for a terminal: points placed on a character grid with their ranges labelled.
 * Positions are plotting coordinates, not money: the one place a Decimal becomes a float, for a
 * character's column.
 *
 * @example
 * lineChart([{ x: new Decimal('1'), y: new Decimal('1') }, { x: new Decimal('2'), y: new Decimal('2') }], { xLabel: 'x', yLabel: 'y', width: 10, height: 3 }).length //=> 6
 */
export function lineChart(
  points: readonly { readonly x: Decimal; readonly y: Decimal }[],
  options: {
    readonly xLabel: string;
    readonly yLabel: string;
    readonly width?: number;
    readonly height?: number;
  },
): string[] {
  const width = options.width ?? 60;
  const height = options.height ?? 12;
  if (points.length === 0) return ['(nothing to chart)'];
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const min = (values: readonly Decimal[]) => values.reduce((a, b) => (b.lt(a) ? b : a));
  const max = (values: readonly Decimal[]) => values.reduce((a, b) => (b.gt(a) ? b : a));
  const [x0, x1, y0, y1] = [min(xs), max(xs), min(ys), max(ys)];
  const scale = (v: Decimal, lo: Decimal, hi: Decimal, cells: number): number =>
    hi.eq(lo)
      ? 0
      : Math.round(
          Number.parseFloat(
            v
              .minus(lo)
              .div(hi.minus(lo))
              .times(String(cells - 1))
              .toFixed(6),
          ),
        );
  const grid = Array.from({ length: height }, () => Array.from({ length: width }, () => ' '));
  for (const p of points) {
    const column = scale(p.x, x0, x1, width);
    const row = height - 1 - scale(p.y, y0, y1, height);
    const cells = grid[row];
    if (cells) cells[column] = '●';
  }
  const label = (v: Decimal) => (v.decimalPlaces() > 4 ? v.toFixed(4) : v.toFixed());
  const yTop = label(y1);
  const yBottom = label(y0);
  const margin = Math.max(yTop.length, yBottom.length);
  return [
    `${options.yLabel}`,
    ...grid.map(
      (cells, i) =>
        `${(i === 0 ? yTop : i === height - 1 ? yBottom : '').padStart(margin)} │${cells.join('')}`,
    ),
    `${' '.repeat(margin)} └${'─'.repeat(width)}`,
    `${' '.repeat(margin)}  ${label(x0)}${' '.repeat(Math.max(1, width - label(x0).length - label(x1).length))}${label(x1)}  ${options.xLabel}`,
  ];
}

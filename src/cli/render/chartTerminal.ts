/**
 * A rate chart for the terminal: a line drawn in braille dots (2 × 4 per character cell), a value
 * axis with round ticks, a date axis, and the weekdays without a rate marked "×" on the axis with
 * the line broken there. Draws the same ChartSpec as the SVG writer (src/render/svgChart.ts).
 */
import { toDayNumber } from '../../fx/calendar.js';
import {
  chartScale,
  chartSegments,
  valuePosition,
  type ChartScale,
  type ChartSpec,
} from '../../render/chart.js';
import type { Decimal } from '../../money/decimal.js';
import { counted } from '../../text/counted.js';

/** The chart's size in character cells. */
export interface TerminalChartSize {
  readonly columns: number;
  readonly rows: number;
}

const DOT_BITS = [
  [0x01, 0x08],
  [0x02, 0x10],
  [0x04, 0x20],
  [0x40, 0x80],
] as const;

class DotGrid {
  readonly cells: number[][];
  constructor(
    readonly columns: number,
    readonly rows: number,
  ) {
    this.cells = Array.from({ length: rows }, () => new Array<number>(columns).fill(0));
  }

  get width(): number {
    return this.columns * 2;
  }

  get height(): number {
    return this.rows * 4;
  }

  set(x: number, y: number): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    const row = this.cells[Math.floor(y / 4)] as number[];
    const bit = (DOT_BITS[y % 4] as readonly [number, number])[x % 2] as number;
    row[Math.floor(x / 2)] = (row[Math.floor(x / 2)] as number) | bit;
  }

  /** A straight line of dots between two dots (Bresenham). */
  line(x0: number, y0: number, x1: number, y1: number): void {
    const dx = Math.abs(x1 - x0);
    const dy = -Math.abs(y1 - y0);
    const sx = x0 < x1 ? 1 : -1;
    const sy = y0 < y1 ? 1 : -1;
    let error = dx + dy;
    let x = x0;
    let y = y0;
    for (;;) {
      this.set(x, y);
      if (x === x1 && y === y1) return;
      const twice = 2 * error;
      if (twice >= dy) {
        error += dy;
        x += sx;
      }
      if (twice <= dx) {
        error += dx;
        y += sy;
      }
    }
  }

  text(row: number): string {
    return (this.cells[row] as number[])
      .map((bits) => (bits === 0 ? ' ' : String.fromCharCode(0x2800 + bits)))
      .join('');
  }
}

function dotX(scale: ChartScale, date: string, width: number): number {
  const day = Math.min(Math.max(toDayNumber(date), scale.firstDay), scale.lastDay);
  return Math.round(((day - scale.firstDay) * (width - 1)) / (scale.lastDay - scale.firstDay));
}

function dotY(scale: ChartScale, value: Decimal, height: number): number {
  // The position is computed in Decimal; only the dot's index becomes a number.
  return parseInt(valuePosition(value, scale, String(height - 1), 0), 10);
}

function placeLabels(width: number, labels: readonly { at: number; text: string }[]): string {
  const line = new Array<string>(width).fill(' ');
  let free = 0;
  for (const { at, text } of labels) {
    const start = Math.min(Math.max(at - Math.floor(text.length / 2), free), width - text.length);
    if (start < free || start < 0) continue;
    for (let i = 0; i < text.length; i += 1) line[start + i] = text[i] as string;
    free = start + text.length + 2;
  }
  return line.join('').trimEnd();
}

/**
 * Draws a chart in braille characters for a terminal, with its title, axes and a line naming the
 * weekdays without a rate.
 *
 * @param spec - what to draw
 * @param size - the plot's size in character cells (default 64 × 12)
 * @returns the lines, each ending in a newline
 *
 * @example
 * const h = rateHistory(openShippedStore(), { pair: 'USD/CNY', from: '2017-11-20', to: '2017-11-24' });
 * renderTerminalChart(historyChart(h)).split('\n')[0] //=> 'USD/CNY: CNY per 1 USD · fred-h10: Fed H.10 noon buying rate, New York · 2017-11-20 .. 2017-11-24 · 4 rates'
 */
export function renderTerminalChart(
  spec: ChartSpec,
  size: TerminalChartSize = { columns: 64, rows: 12 },
): string {
  const scale = chartScale(spec, Math.max(2, Math.floor(size.columns / 12)));
  const grid = new DotGrid(size.columns, size.rows);
  const band = spec.band;
  if (band) {
    for (const edge of [band.low, band.high]) {
      if (edge === null) continue;
      const y = dotY(scale, edge, grid.height);
      for (let x = 0; x < grid.width; x += 3) grid.set(x, y);
    }
  }
  for (const step of spec.steps ?? []) {
    const y = dotY(scale, step.value, grid.height);
    const from = dotX(scale, step.from, grid.width);
    const to = dotX(scale, step.to, grid.width);
    for (let x = from; x <= to; x += 2) grid.set(x, y);
  }
  for (const marker of spec.markers ?? []) {
    const x = dotX(scale, marker.date, grid.width);
    for (let y = 0; y < grid.height; y += 2) grid.set(x, y);
  }
  for (const segment of chartSegments(spec)) {
    let previous: readonly [number, number] | undefined;
    for (const point of segment) {
      const at = [dotX(scale, point.date, grid.width), dotY(scale, point.value, grid.height)] as const;
      if (previous) grid.line(previous[0], previous[1], at[0], at[1]);
      else grid.set(at[0], at[1]);
      previous = at;
    }
  }
  const tickLabels = new Map<number, string>();
  for (const tick of scale.ticks) {
    const row = Math.floor(dotY(scale, tick, grid.height) / 4);
    if (!tickLabels.has(row)) tickLabels.set(row, tick.toFixed(scale.decimals));
  }
  const labelWidth = Math.max(...[...tickLabels.values()].map((t) => t.length));
  const lines: string[] = [];
  const count = counted(spec.points.length, 'rate');
  lines.push(`${spec.title}: ${spec.unit} · ${spec.source} · ${spec.from} .. ${spec.to} · ${count}`);
  if (spec.note) lines.push(spec.note);
  for (let row = 0; row < size.rows; row += 1) {
    const label = tickLabels.get(row);
    lines.push(`${(label ?? '').padStart(labelWidth)} ${label === undefined ? '│' : '┤'}${grid.text(row)}`);
  }
  const axis = new Array<string>(size.columns).fill('─');
  for (const tick of scale.dateTicks) axis[Math.floor(dotX(scale, tick.date, grid.width) / 2)] = '┬';
  for (const gap of spec.gaps) {
    const from = Math.floor(dotX(scale, gap.from, grid.width) / 2);
    const to = Math.floor(dotX(scale, gap.to, grid.width) / 2);
    for (let c = from; c <= to; c += 1) axis[c] = '×';
  }
  for (const marker of spec.markers ?? []) axis[Math.floor(dotX(scale, marker.date, grid.width) / 2)] = '▲';
  lines.push(`${' '.repeat(labelWidth)} └${axis.join('')}`);
  const dateLabels = scale.dateTicks.map((t) => ({
    at: Math.floor(dotX(scale, t.date, grid.width) / 2),
    text: t.label,
  }));
  lines.push(`${' '.repeat(labelWidth + 2)}${placeLabels(size.columns, dateLabels)}`);
  if (spec.gaps.length > 0) {
    const named = spec.gaps.slice(0, 6).map((g) => g.label);
    const more = spec.gaps.length > 6 ? `, and ${spec.gaps.length - 6} more` : '';
    lines.push(`× weekdays without a rate (the line breaks there): ${named.join('; ')}${more}`);
  }
  for (const marker of spec.markers ?? []) lines.push(`▲ ${marker.date}: ${marker.label}`);
  if (band) lines.push(`┈ ${band.label}`);
  if ((spec.steps ?? []).length > 0) lines.push('⠒ period averages');
  return `${lines.join('\n')}\n`;
}

/**
 * A rate chart as data: what to draw (points, the days without a rate, a band, markers, average
 * steps) and the scales to draw it on, for any medium. The SVG writer (svgChart.ts) and the
 * terminal renderer both draw from this; positions of rates are computed in Decimal and only
 * the final pixel or cell index becomes a number.
 */
import { Decimal } from '../money/decimal.js';
import { fromDayNumber, toDayNumber } from '../fx/calendar.js';
import type { IsoDate } from '../fx/types.js';

/** One rate on the chart. */
export interface ChartPoint {
  readonly date: IsoDate;
  readonly value: Decimal;
}

/** Days without a rate that are not weekends (holidays, closures, missing data): the line breaks there. */
export interface ChartGap {
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** What the days were, e.g. "2017-11-23 Thanksgiving Day". */
  readonly label: string;
}

/** A range of rates to shade across the whole chart (for check: the rates a quoted pair allows). */
export interface ChartBand {
  /** null: unbounded on that side. */
  readonly low: Decimal | null;
  readonly high: Decimal | null;
  readonly lowOpen?: boolean;
  readonly highOpen?: boolean;
  readonly label: string;
}

/** A day to mark with a vertical line, optionally with a value to mark on it (an implied rate). */
export interface ChartMarker {
  readonly date: IsoDate;
  readonly label: string;
  readonly value?: Decimal;
}

/** A value that holds over a span of days (a monthly or yearly average). */
export interface ChartStep {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly value: Decimal;
  readonly label: string;
}

/** Everything a chart shows. */
export interface ChartSpec {
  /** The pair, e.g. "USD/CNY". */
  readonly title: string;
  /** What a value is, e.g. "CNY per 1 USD". */
  readonly unit: string;
  /** The source named, e.g. "fred-h10: Fed H.10 noon buying rate, New York". */
  readonly source: string;
  readonly attribution?: string;
  /** The span of days on the x axis. */
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly points: readonly ChartPoint[];
  readonly gaps: readonly ChartGap[];
  readonly band?: ChartBand;
  readonly markers?: readonly ChartMarker[];
  readonly steps?: readonly ChartStep[];
  /** A line under the title, e.g. how the values were derived. */
  readonly note?: string;
}

/** A tick on the date axis. */
export interface DateTick {
  readonly date: IsoDate;
  readonly label: string;
}

/** The scales a chart is drawn on. */
export interface ChartScale {
  /** The value axis runs from low to high, both multiples of step. */
  readonly low: Decimal;
  readonly high: Decimal;
  readonly step: Decimal;
  readonly ticks: readonly Decimal[];
  /** Decimals every tick label is written with. */
  readonly decimals: number;
  /** The date axis, as day numbers (days since 1970-01-01), and its ticks. */
  readonly firstDay: number;
  readonly lastDay: number;
  readonly dateTicks: readonly DateTick[];
}

/** Values the y axis must show: the points, the steps, and the band's and markers' finite values. */
function values(spec: ChartSpec): Decimal[] {
  const out = spec.points.map((p) => p.value);
  for (const s of spec.steps ?? []) out.push(s.value);
  for (const m of spec.markers ?? []) if (m.value) out.push(m.value);
  if (spec.band?.low) out.push(spec.band.low);
  if (spec.band?.high) out.push(spec.band.high);
  return out;
}

/**
 * A round step near `rough`: 1, 2, 2.5 or 5 times a power of ten, the smallest not below it.
 *
 * @example
 * niceStep(new Decimal('0.0137')).toString() //=> '0.02'
 * niceStep(new Decimal('230')).toString() //=> '250'
 */
export function niceStep(rough: Decimal): Decimal {
  const power = new Decimal(`1e${rough.e}`);
  const scaled = rough.div(power);
  for (const multiple of ['1', '2', '2.5', '5']) {
    if (scaled.lte(multiple)) return power.times(multiple);
  }
  return power.times('10');
}

const DAY_STEPS: readonly { readonly kind: 'day' | 'week' | 'month' | 'year'; readonly every: number }[] = [
  { kind: 'day', every: 1 },
  { kind: 'week', every: 1 },
  { kind: 'week', every: 2 },
  { kind: 'month', every: 1 },
  { kind: 'month', every: 3 },
  { kind: 'month', every: 6 },
  { kind: 'year', every: 1 },
  { kind: 'year', every: 2 },
  { kind: 'year', every: 5 },
  { kind: 'year', every: 10 },
  { kind: 'year', every: 20 },
  { kind: 'year', every: 50 },
  { kind: 'year', every: 100 },
];

function ticksOf(
  kind: 'day' | 'week' | 'month' | 'year',
  every: number,
  first: number,
  last: number,
): DateTick[] {
  const ticks: DateTick[] = [];
  if (kind === 'day' || kind === 'week') {
    // Weeks start on Mondays (day 4 was a Monday: 1970-01-05 is day 4).
    let day = kind === 'day' ? first : first + ((((4 - first) % 7) + 7) % 7);
    const stride = kind === 'day' ? every : 7 * every;
    for (; day <= last; day += stride) ticks.push({ date: fromDayNumber(day), label: fromDayNumber(day) });
    return ticks;
  }
  const start = fromDayNumber(first);
  let year = parseInt(start.slice(0, 4), 10);
  let month = kind === 'year' ? 1 : parseInt(start.slice(5, 7), 10);
  if (kind === 'year' && start.slice(5) !== '01-01') year += 1;
  if (kind === 'month' && start.slice(8) !== '01') month += 1;
  if (kind === 'year') year = Math.ceil(year / every) * every;
  for (;;) {
    if (month > 12) {
      month -= 12;
      year += 1;
    }
    if (kind === 'month' && (month - 1) % every !== 0) {
      month += 1;
      continue;
    }
    if (year > 9999) break;
    const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
    if (toDayNumber(date) > last) break;
    ticks.push({ date, label: kind === 'year' ? date.slice(0, 4) : date.slice(0, 7) });
    if (kind === 'year') year += every;
    else month += every;
  }
  return ticks;
}

/**
 * The scales of a chart: a value axis with round ticks around every value shown, and a date axis
 * with at most `maxDateTicks` ticks at days, weeks (Mondays), months, quarters or years.
 *
 * @param spec - the chart
 * @param maxDateTicks - how many date labels fit
 * @returns the scales
 *
 * @example
 * const s = chartScale({ title: 'USD/CNY', unit: 'CNY per 1 USD', source: 'fred-h10', from: '2017-11-13', to: '2017-11-17', points: [{ date: '2017-11-13', value: new Decimal('6.6385') }, { date: '2017-11-17', value: new Decimal('6.6235') }], gaps: [] }, 6);
 * s.ticks.map((t) => t.toFixed(s.decimals)) //=> ['6.620', '6.625', '6.630', '6.635', '6.640']
 */
export function chartScale(spec: ChartSpec, maxDateTicks: number): ChartScale {
  const shown = values(spec);
  let min = shown.reduce<Decimal | undefined>((m, v) => (m === undefined || v.lt(m) ? v : m), undefined);
  let max = shown.reduce<Decimal | undefined>((m, v) => (m === undefined || v.gt(m) ? v : m), undefined);
  if (min === undefined || max === undefined) {
    min = new Decimal('0');
    max = new Decimal('1');
  }
  // A flat line still gets an axis: a span of about a hundredth of the value around it.
  const range = max.eq(min) ? (max.isZero() ? new Decimal('1') : max.abs().div('50')) : max.minus(min);
  const step = niceStep(range.div('5'));
  let low = min.div(step).floor().times(step);
  let high = max.div(step).ceil().times(step);
  if (low.eq(high)) {
    low = low.minus(step);
    high = high.plus(step);
  }
  const ticks: Decimal[] = [];
  for (let t = low; t.lte(high); t = t.plus(step)) ticks.push(t);
  const firstDay = toDayNumber(spec.from);
  const lastDay = Math.max(toDayNumber(spec.to), firstDay + 1);
  const span = lastDay - firstDay;
  let dateTicks: DateTick[] = [];
  for (const { kind, every } of DAY_STEPS) {
    const approx =
      kind === 'day'
        ? span / every
        : kind === 'week'
          ? span / (7 * every)
          : kind === 'month'
            ? span / (30.4 * every)
            : span / (365.25 * every);
    if (approx > maxDateTicks + 1) continue;
    dateTicks = ticksOf(kind, every, firstDay, lastDay);
    if (dateTicks.length <= maxDateTicks) break;
  }
  return {
    low,
    high,
    step,
    ticks,
    decimals: Math.max(step.decimalPlaces(), low.decimalPlaces()),
    firstDay,
    lastDay,
    dateTicks,
  };
}

/**
 * The chart's line as segments: consecutive points joined, except across a gap (a weekday
 * without a rate), where the line breaks so the gap shows.
 *
 * @example
 * const p = (date, value) => ({ date, value: new Decimal(value) });
 * const spec = { title: '', unit: '', source: '', from: '2017-11-21', to: '2017-11-24', points: [p('2017-11-21', '6.6265'), p('2017-11-22', '6.6086'), p('2017-11-24', '6.5998')], gaps: [{ from: '2017-11-23', to: '2017-11-23', label: 'Thanksgiving Day' }] };
 * chartSegments(spec).map((s) => s.length) //=> [2, 1]
 */
export function chartSegments(spec: ChartSpec): ChartPoint[][] {
  const segments: ChartPoint[][] = [];
  let gap = 0;
  let current: ChartPoint[] = [];
  let previous: ChartPoint | undefined;
  for (const point of spec.points) {
    while (gap < spec.gaps.length && (spec.gaps[gap] as ChartGap).to < point.date) {
      const g = spec.gaps[gap] as ChartGap;
      if (previous !== undefined && g.from > previous.date && current.length > 0) {
        segments.push(current);
        current = [];
      }
      gap += 1;
    }
    current.push(point);
    previous = point;
  }
  if (current.length > 0) segments.push(current);
  return segments;
}

/**
 * Where a value lies on an axis of `size` units (0 at the top: `high`), to `decimals` places:
 * computed in Decimal, so a rate never passes through a float.
 *
 * @example
 * valuePosition(new Decimal('6.63'), { low: new Decimal('6.62'), high: new Decimal('6.64') }, '100', 1) //=> '50.0'
 */
export function valuePosition(
  value: Decimal,
  scale: { readonly low: Decimal; readonly high: Decimal },
  size: string,
  decimals: number,
): string {
  return scale.high.minus(value).div(scale.high.minus(scale.low)).times(size).toFixed(decimals);
}

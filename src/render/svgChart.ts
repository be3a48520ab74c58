/**
 * A rate chart as an SVG document, for reports and for the page: pure (text in, text out), no
 * fonts or scripts to load. Axes with round values and dates, the source named at the top and
 * at the foot, the line broken and the days shaded where a weekday has no rate (each shaded day
 * says why in its tooltip), an optional band and markers.
 */
import { Decimal } from '../money/decimal.js';
import { toDayNumber } from '../fx/calendar.js';
import { chartScale, chartSegments, valuePosition, type ChartScale, type ChartSpec } from './chart.js';
import { checkFields } from '../requestFields.js';
import { counted } from '../text/counted.js';

const WIDTH = 860;
const BASE_HEIGHT = 460;
/** Characters of small print that fit on one line of the chart's width. */
const LINE_CHARS = 140;
const LEFT = 72;
const RIGHT = 24;
const TOP = 70;
const BOTTOM = 86;
const PLOT_W = WIDTH - LEFT - RIGHT;
const PLOT_H = BASE_HEIGHT - TOP - BOTTOM;
const LINE = '#1f5fa8';
const GAP = '#f4c7c3';
const BAND = '#2e7d32';
const STEP = '#b26a00';

/**
 * Escapes text for SVG (XML) content and attributes; control characters XML 1.0 cannot hold are
 * dropped.
 *
 * @example
 * escapeXml('A & B <"x">') //=> 'A &amp; B &lt;&quot;x&quot;&gt;'
 */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- XML 1.0 cannot hold these at all
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

function xPixel(scale: ChartScale, day: number): number {
  // Day counts are indexes, not money: plain arithmetic.
  return LEFT + ((day - scale.firstDay) * PLOT_W) / (scale.lastDay - scale.firstDay);
}

function x(scale: ChartScale, day: number): string {
  return xPixel(scale, day).toFixed(1);
}

function xDate(scale: ChartScale, date: string): string {
  return x(scale, toDayNumber(date));
}

function y(scale: ChartScale, value: Decimal): string {
  return new Decimal(valuePosition(value, scale, String(PLOT_H), 2)).plus(String(TOP)).toFixed(1);
}

function text(at: readonly [string | number, string | number], content: string, attributes = ''): string {
  return `<text x="${at[0]}" y="${at[1]}"${attributes ? ` ${attributes}` : ''}>${escapeXml(content)}</text>`;
}

/** Few enough gaps to name each one on the chart itself (a printed chart has no tooltips). */
const NAMED_GAPS = 12;

function gapLabels(spec: ChartSpec, scale: ChartScale): string[] {
  if (spec.gaps.length > NAMED_GAPS) return [];
  return spec.gaps.map((gap) => {
    const middle = (toDayNumber(gap.from) + toDayNumber(gap.to)) / 2;
    const name = gap.label.replace(/\d{4}-\d{2}-\d{2}:? ?/g, '').slice(0, 48);
    const shifted = (xPixel(scale, Math.min(Math.max(middle, scale.firstDay), scale.lastDay)) + 3).toFixed(1);
    return `<text class="gap-label" x="${shifted}" y="${TOP + 6}" transform="rotate(90 ${shifted} ${TOP + 6})" font-size="10" fill="#a3342b">${escapeXml(name)}</text>`;
  });
}

function gapsLayer(spec: ChartSpec, scale: ChartScale): string[] {
  const dayWidth = PLOT_W / (scale.lastDay - scale.firstDay);
  return spec.gaps.map((gap) => {
    const from = Math.max(toDayNumber(gap.from) - 0.5, scale.firstDay);
    const to = Math.min(toDayNumber(gap.to) + 0.5, scale.lastDay);
    const left = x(scale, from);
    const width = Math.max(((to - from) * PLOT_W) / (scale.lastDay - scale.firstDay), Math.min(2, dayWidth));
    return `<rect class="gap" x="${left}" y="${TOP}" width="${width.toFixed(1)}" height="${PLOT_H}" fill="${GAP}"><title>${escapeXml(`no rate: ${gap.label}`)}</title></rect>`;
  });
}

function axesLayer(spec: ChartSpec, scale: ChartScale): string[] {
  const out: string[] = [];
  for (const tick of scale.ticks) {
    const at = y(scale, tick);
    out.push(`<line x1="${LEFT}" x2="${LEFT + PLOT_W}" y1="${at}" y2="${at}" stroke="#e3e3e3"/>`);
    out.push(
      text(
        [LEFT - 8, new Decimal(at).plus('4').toFixed(1)],
        tick.toFixed(scale.decimals),
        'text-anchor="end"',
      ),
    );
  }
  for (const tick of scale.dateTicks) {
    const at = xDate(scale, tick.date);
    out.push(`<line x1="${at}" x2="${at}" y1="${TOP + PLOT_H}" y2="${TOP + PLOT_H + 5}" stroke="#555"/>`);
    out.push(text([at, TOP + PLOT_H + 19], tick.label, 'text-anchor="middle"'));
  }
  out.push(`<rect x="${LEFT}" y="${TOP}" width="${PLOT_W}" height="${PLOT_H}" fill="none" stroke="#555"/>`);
  out.push(
    text(
      [16, TOP + PLOT_H / 2],
      spec.unit,
      `transform="rotate(-90 16 ${TOP + PLOT_H / 2})" text-anchor="middle"`,
    ),
  );
  return out;
}

function bandLayer(spec: ChartSpec, scale: ChartScale): string[] {
  const band = spec.band;
  if (band === undefined) return [];
  const top = band.high === null ? String(TOP) : y(scale, band.high);
  const bottom = band.low === null ? String(TOP + PLOT_H) : y(scale, band.low);
  const height = new Decimal(bottom).minus(top).toFixed(1);
  const edge = (at: string, open: boolean | undefined) =>
    `<line x1="${LEFT}" x2="${LEFT + PLOT_W}" y1="${at}" y2="${at}" stroke="${BAND}" stroke-width="1"${open ? ' stroke-dasharray="4 3"' : ''}/>`;
  return [
    `<rect class="band" x="${LEFT}" y="${top}" width="${PLOT_W}" height="${height}" fill="${BAND}" fill-opacity="0.12"><title>${escapeXml(band.label)}</title></rect>`,
    ...(band.high === null ? [] : [edge(top, band.highOpen)]),
    ...(band.low === null ? [] : [edge(bottom, band.lowOpen)]),
  ];
}

function lineLayer(spec: ChartSpec, scale: ChartScale): string[] {
  const out: string[] = [];
  for (const segment of chartSegments(spec)) {
    const coordinates = segment.map((p) => `${xDate(scale, p.date)},${y(scale, p.value)}`);
    if (segment.length === 1) {
      const [cx, cy] = (coordinates[0] as string).split(',');
      out.push(`<circle cx="${cx}" cy="${cy}" r="2" fill="${LINE}"/>`);
    } else {
      out.push(
        `<polyline points="${coordinates.join(' ')}" fill="none" stroke="${LINE}" stroke-width="1.6" stroke-linejoin="round"/>`,
      );
    }
  }
  if (spec.points.length <= 120) {
    for (const p of spec.points) {
      out.push(
        `<circle cx="${xDate(scale, p.date)}" cy="${y(scale, p.value)}" r="2.2" fill="${LINE}"><title>${escapeXml(`${p.date}: ${p.value.toString()}`)}</title></circle>`,
      );
    }
  }
  return out;
}

function stepsLayer(spec: ChartSpec, scale: ChartScale): string[] {
  return (spec.steps ?? []).map((step) => {
    const at = y(scale, step.value);
    const from = x(scale, Math.max(toDayNumber(step.from), scale.firstDay));
    const to = x(scale, Math.min(toDayNumber(step.to), scale.lastDay));
    return `<line class="average" x1="${from}" x2="${to}" y1="${at}" y2="${at}" stroke="${STEP}" stroke-width="2"><title>${escapeXml(step.label)}</title></line>`;
  });
}

function markersLayer(spec: ChartSpec, scale: ChartScale): string[] {
  const out: string[] = [];
  for (const marker of spec.markers ?? []) {
    const at = xDate(scale, marker.date);
    out.push(
      `<line x1="${at}" x2="${at}" y1="${TOP}" y2="${TOP + PLOT_H}" stroke="#333" stroke-dasharray="3 3"/>`,
    );
    out.push(text([at, TOP - 6], marker.label, 'text-anchor="middle" font-size="11"'));
    if (marker.value) {
      out.push(
        `<circle cx="${at}" cy="${y(scale, marker.value)}" r="4" fill="none" stroke="#c62828" stroke-width="2"/>`,
      );
    }
  }
  return out;
}

/**
 * Breaks text into lines of at most `width` characters at spaces (a longer word stays whole).
 *
 * @example
 * wrapText('one two three', 7) //=> ['one two', 'three']
 */
export function wrapText(content: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of content.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

function legend(spec: ChartSpec): string[] {
  const items: string[] = [];
  let at = LEFT;
  const baseline = TOP + PLOT_H + 46;
  const item = (swatch: string, label: string, width: number) => {
    items.push(swatch.replace(/\{x\}/g, String(at)).replace(/\{y\}/g, String(baseline - 9)));
    items.push(text([at + 18, baseline], label, 'font-size="11"'));
    at += width;
  };
  item(`<rect x="{x}" y="{y}" width="12" height="3" fill="${LINE}"/>`, 'rate', 80);
  if (spec.gaps.length > 0) {
    item(
      `<rect x="{x}" y="{y}" width="12" height="10" fill="${GAP}"/>`,
      spec.gaps.length > NAMED_GAPS
        ? 'weekday without a rate (line broken there; hover for why)'
        : 'weekday without a rate (line broken there)',
      spec.gaps.length > NAMED_GAPS ? 360 : 290,
    );
  }
  if (spec.steps && spec.steps.length > 0)
    item(`<rect x="{x}" y="{y}" width="12" height="3" fill="${STEP}"/>`, 'period average', 120);
  if (spec.band)
    item(
      `<rect x="{x}" y="{y}" width="12" height="10" fill="${BAND}" fill-opacity="0.25"/>`,
      spec.band.label,
      200,
    );
  return items;
}

/**
 * Writes a chart as a standalone SVG document (860 × 460): title and unit, the source and span,
 * axes with round values and dates, the days without a rate shaded with their reasons, the line
 * broken across them, and the band, markers and average steps when given.
 *
 * @param spec - what to draw (see historyChart for a rate history)
 * @returns the SVG text
 *
 * @example
 * const h = rateHistory(openShippedStore(), { pair: 'USD/CNY', from: '2017-11-20', to: '2017-11-24' });
 * const svg = svgChart(historyChart(h));
 * svg.startsWith('<svg') //=> true
 * svg.includes('Thanksgiving Day') //=> true
 */
export function svgChart(spec: ChartSpec): string {
  checkFields('svgChart', 'spec', spec, { title: 'text' });
  const scale = chartScale(spec, 8);
  const count = counted(spec.points.length, 'rate');
  const footer = spec.attribution ? wrapText(`Source: ${spec.attribution}`, LINE_CHARS) : [];
  const height = BASE_HEIGHT + Math.max(footer.length - 1, 0) * 13;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="12" fill="#222">`,
    `<title>${escapeXml(`${spec.title}, ${spec.source}, ${spec.from} to ${spec.to}`)}</title>`,
    `<rect width="${WIDTH}" height="${height}" fill="#fff"/>`,
    text([LEFT, 26], `${spec.title}: ${spec.unit}`, 'font-size="17" font-weight="bold"'),
    text([LEFT, 46], `${spec.source} · ${spec.from} to ${spec.to} · ${count}`, 'font-size="12"'),
    ...(spec.note
      ? [text([LEFT, 62], wrapText(spec.note, LINE_CHARS)[0] ?? '', 'font-size="11" fill="#555"')]
      : []),
    ...gapsLayer(spec, scale),
    ...bandLayer(spec, scale),
    ...axesLayer(spec, scale),
    ...stepsLayer(spec, scale),
    ...lineLayer(spec, scale),
    ...markersLayer(spec, scale),
    ...gapLabels(spec, scale),
    ...legend(spec),
    ...footer.map((line, i) => text([LEFT, TOP + PLOT_H + 70 + i * 13], line, 'font-size="10" fill="#555"')),
    '</svg>',
  ];
  return `${parts.join('\n')}\n`;
}

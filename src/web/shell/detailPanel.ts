/**
 * Draws the detail of one conversion: the verdict in words, the implied rate and the interval the
 * figures allow, each source's reference rate, the explanation, the fitting days, the diagnosis,
 * how the figures were read, the chart when there is one, and "copy as text".
 */
import type { CheckView } from '../../check/render/checkView.js';
import { badgeContent } from './storyPanel.js';
import { byId, h, prose, replace } from './dom.js';

/** What the detail panel can do besides showing. */
export interface DetailHandlers {
  readonly copy: (text: string, button: HTMLButtonElement) => void;
  /** Back to the conversion in the text. */
  readonly back: () => void;
}

function section(title: string, ...content: (Node | string | null)[]): HTMLElement {
  return h('section', { class: 'detail-section' }, h('h3', {}, title), ...content);
}

function chartNode(svg: string): Node | null {
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = parsed.documentElement;
  if (root.nodeName !== 'svg') return null;
  root.setAttribute('role', 'img');
  root.removeAttribute('width');
  root.removeAttribute('height');
  return document.importNode(root, true);
}

/**
 * Shows a checked conversion.
 */
export function renderDetail(
  index: number,
  view: CheckView,
  chartSvg: string | null,
  handlers: DetailHandlers,
  focus: boolean,
): void {
  const heading = byId('detail-heading');
  heading.textContent = `Conversion ${index + 1}: ${view.title}`;
  const v = view.verdict;
  const copy = h('button', { type: 'button' }, 'Copy as text');
  copy.addEventListener('click', () => handlers.copy(view.copyText, copy));
  const references = h(
    'ul',
    { class: 'refs' },
    view.references.map((r) =>
      h(
        'li',
        { class: `ref ref-${r.verdict.verdict}` },
        h(
          'p',
          { class: 'ref-head' },
          h('span', { class: 'ref-source' }, r.source),
          ' ',
          h('span', { class: 'ref-name' }, r.sourceName),
        ),
        h(
          'p',
          { class: 'ref-rate' },
          h('span', { class: 'ref-value' }, r.rate),
          ' ',
          h('span', { class: `badge badge-${r.verdict.verdict}` }, badgeContent(r.verdict)),
        ),
        h('p', { class: 'ref-meta' }, prose(`observed ${r.observedDate} · ${r.deviation}`)),
        r.note ? h('p', { class: 'ref-note' }, prose(`Note: ${r.note}`)) : null,
        r.derivation ? h('p', { class: 'ref-note' }, prose(r.derivation)) : null,
      ),
    ),
  );
  const chart = chartSvg ? chartNode(chartSvg) : null;
  replace(
    byId('detail-body'),
    h(
      'p',
      { class: `verdict verdict-${v.verdict}` },
      h('span', { class: 'verdict-word' }, badgeContent(v)),
      h('span', { class: 'verdict-line' }, prose(view.headline)),
    ),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'Implied rate'),
      h('dd', {}, view.implied),
      h('dt', {}, 'The figures allow'),
      h('dd', {}, view.allowed),
      ...(view.tightAllowed === ''
        ? []
        : [h('dt', {}, 'For a consistent verdict'), h('dd', {}, view.tightAllowed)]),
    ),
    h('p', { class: 'muted small' }, `The range is ${view.bounds}. ${view.directionRule}.`),
    section(
      `Reference rates for ${view.date}`,
      references,
      ...view.skipped.map((s) =>
        h('p', { class: 'ref-note' }, prose(`Not checked: ${s.source}: ${s.reason}`)),
      ),
    ),
    section('Explanation', h('p', {}, prose(view.explanation))),
    section(
      `Days whose rate fits, within ${view.windowDays} days of ${view.date}`,
      h(
        'ul',
        { class: 'fitting' },
        view.fitting.map((f) =>
          h(
            'li',
            {},
            h('strong', {}, f.source),
            ': ',
            prose(f.ranges.length === 0 ? 'none' : f.ranges.join(', ')),
            f.nearest.length > 0
              ? h('span', { class: 'nearest' }, prose(`; nearest days that fit: ${f.nearest.join(' and ')}`))
              : null,
          ),
        ),
      ),
    ),
    view.diagnosis
      ? section(
          'What may have gone wrong',
          view.diagnosis.findings.length === 0
            ? h('p', {}, view.diagnosis.summary)
            : h(
                'ul',
                { class: 'findings' },
                view.diagnosis.findings.map((f) => h('li', {}, f)),
              ),
        )
      : null,
    chart ? section('Rate around the day', h('div', { class: 'chart' }, chart)) : null,
    section(
      'How the figures were read',
      h(
        'ul',
        { class: 'readings' },
        view.readings.map((r) =>
          h('li', {}, h('q', {}, r.text), `: ${r.reading}`, r.assumption ? `; assumed: ${r.assumption}` : ''),
        ),
        view.dayAssumption ? h('li', {}, `Assumed: ${view.dayAssumption}`) : null,
      ),
    ),
    h(
      'div',
      { class: 'actions' },
      copy,
      h(
        'button',
        { type: 'button', class: 'link', onclick: () => handlers.back() },
        'Back to the conversion in the text',
      ),
    ),
  );
  if (focus) heading.focus();
}

/**
 * Shows a conversion that could not be checked, and why.
 */
export function renderDetailError(
  index: number,
  title: string,
  error: { message: string; hint: string },
  focus: boolean,
): void {
  const heading = byId('detail-heading');
  heading.textContent = `Conversion ${index + 1}: ${title}`;
  replace(
    byId('detail-body'),
    h('p', { class: 'verdict verdict-unchecked' }, h('span', { class: 'verdict-word' }, '? not checked')),
    h('p', {}, error.message),
    h('p', { class: 'hint' }, error.hint),
  );
  if (focus) heading.focus();
}

/**
 * Empties the detail panel.
 */
export function clearDetail(): void {
  byId('detail-heading').textContent = 'Details';
  replace(
    byId('detail-body'),
    h('p', { class: 'muted' }, 'Select a conversion to see its rates, explanation and fitting days.'),
  );
}

/**
 * Draws the answers of the converter and of the stake and implied-valuation forms: the answer
 * first, then its provenance, then "copy as text"; or the error with its hint.
 */
import type { ConvertView } from '../../fx/render/convertView.js';
import type { DealView } from '../../deal/render/dealView.js';
import { h, prose, replace } from './dom.js';

/** How a result panel copies its text. */
export type CopyHandler = (text: string, button: HTMLButtonElement) => void;

function copyButton(text: string, copy: CopyHandler): HTMLButtonElement {
  const button = h('button', { type: 'button' }, 'Copy as text');
  button.addEventListener('click', () => copy(text, button));
  return button;
}

/**
 * Shows a conversion.
 */
export function renderConvert(target: HTMLElement, view: ConvertView, copy: CopyHandler): void {
  target.hidden = false;
  replace(
    target,
    h('h2', {}, 'Answer'),
    view.conversions.map((c) =>
      h(
        'div',
        { class: 'answer-block' },
        h('p', { class: 'answer' }, c.answer),
        h('p', { class: 'provenance' }, h('span', { class: 'label' }, 'rate '), prose(c.rate)),
        c.notes.map((n) =>
          h('p', { class: 'provenance' }, h('span', { class: 'label' }, `${n.label} `), prose(n.text)),
        ),
      ),
    ),
    view.reading ? h('p', { class: 'provenance' }, prose(view.reading)) : null,
    view.notes.map((n) =>
      h('p', { class: 'provenance' }, h('span', { class: 'label' }, `${n.label} `), n.text),
    ),
    h('p', { class: 'muted small' }, view.rounding),
    h('div', { class: 'actions' }, copyButton(view.copyText, copy)),
  );
}

/**
 * Shows a stake or an implied valuation.
 */
export function renderDeal(target: HTMLElement, view: DealView, copy: CopyHandler): void {
  target.hidden = false;
  replace(
    target,
    h('h2', {}, 'Answer'),
    view.lead ? h('p', { class: 'lead' }, view.lead) : null,
    view.sections.map((s) =>
      h(
        'section',
        { class: 'deal-section' },
        h('h3', {}, s.heading),
        s.lead ? h('p', { class: 'muted' }, s.lead) : null,
        h(
          'dl',
          { class: 'facts' },
          s.rows.flatMap((r) => [h('dt', {}, r.label), h('dd', {}, r.value)]),
        ),
      ),
    ),
    h(
      'section',
      { class: 'deal-section' },
      h('h3', {}, 'Rates and readings'),
      h(
        'ul',
        { class: 'provenance-list' },
        view.provenance.map((line) => h('li', {}, prose(line))),
      ),
    ),
    h('div', { class: 'actions' }, copyButton(view.copyText, copy)),
  );
}

/**
 * Shows an error and its hint in a result panel.
 */
export function renderError(target: HTMLElement, error: { message: string; hint: string }): void {
  target.hidden = false;
  replace(
    target,
    h(
      'div',
      { class: 'error-box', role: 'alert' },
      h('p', { class: 'error-message' }, error.message),
      h('p', { class: 'hint' }, error.hint),
    ),
  );
}

/**
 * Draws a checked story: the text with every figure marked and every conversion wrapped with its
 * verdict badge, the list of conversions (one tab stop, arrow keys inside), the other figures.
 */
import type { StorySegment, StoryView } from '../../check/render/storyView.js';
import type { VerdictView } from '../../check/render/verdict.js';
import { byId, h, replace } from './dom.js';

/** What the story panel tells the page. */
export interface StoryHandlers {
  /** A conversion was chosen; `focusDetail` when the reader asked for it by key or click. */
  readonly select: (pair: number, focusDetail: boolean) => void;
}

/**
 * A verdict badge's content: the sign (hidden from screen readers, which hear the word) and the word.
 */
export function badgeContent(verdict: VerdictView): (Node | string)[] {
  return [h('span', { class: 'sign', 'aria-hidden': 'true' }, verdict.symbol), ` ${verdict.label}`];
}

function segmentNodes(segments: readonly StorySegment[], count: number, handlers: StoryHandlers): Node[] {
  return segments.map((segment): Node => {
    switch (segment.kind) {
      case 'text':
        return document.createTextNode(segment.text);
      case 'figure':
        return h(
          'mark',
          {
            class: segment.pair === null ? 'fig fig-lone' : 'fig',
            title: segment.reading,
            'data-figure': segment.figure,
          },
          segment.text,
        );
      case 'date':
        return h('mark', { class: 'date', title: "the story's date, read from here" }, segment.text);
      case 'unread':
        return h('mark', { class: 'unread', title: segment.message }, segment.text);
      case 'pair': {
        const v = segment.verdict;
        return h(
          'span',
          { class: `pair-group` },
          h(
            'span',
            {
              class: `pair pair-${v.verdict}`,
              'data-pair': segment.pair,
              onclick: () => handlers.select(segment.pair, false),
            },
            segmentNodes(segment.children, count, handlers),
          ),
          h(
            'button',
            {
              type: 'button',
              class: `badge badge-${v.verdict}`,
              'data-pair': segment.pair,
              'aria-label': `${v.label}: conversion ${segment.pair + 1} of ${count}, show details`,
              onclick: () => handlers.select(segment.pair, true),
            },
            badgeContent(v),
          ),
        );
      }
    }
  });
}

function moveFocus(list: HTMLElement, event: KeyboardEvent): void {
  const rows = [...list.querySelectorAll<HTMLButtonElement>('button.pair-row')];
  const at = rows.indexOf(document.activeElement as HTMLButtonElement);
  if (at === -1) return;
  const to =
    event.key === 'ArrowDown'
      ? Math.min(at + 1, rows.length - 1)
      : event.key === 'ArrowUp'
        ? Math.max(at - 1, 0)
        : event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? rows.length - 1
            : -1;
  if (to === -1) return;
  event.preventDefault();
  for (const [i, row] of rows.entries()) row.tabIndex = i === to ? 0 : -1;
  rows[to]?.focus();
}

/** Parts of a line of small print, each kept whole (a date does not break at its hyphens). */
function metaParts(parts: readonly string[]): (Node | string)[] {
  return parts.flatMap((part, i) => [...(i === 0 ? [] : [' · ']), h('span', { class: 'nowrap' }, part)]);
}

let listWired = false;

/**
 * Draws the story's view.
 */
export function renderStory(view: StoryView, selected: number | null, handlers: StoryHandlers): void {
  byId('story-summary').textContent = view.summary;
  const count = view.pairs.length;
  replace(byId('story-annotated'), segmentNodes(view.segments, count, handlers));

  const list = byId('pair-list');
  if (!listWired) {
    list.addEventListener('keydown', (event) => moveFocus(list, event));
    listWired = true;
  }
  const active = selected !== null && selected < count ? selected : 0;
  replace(
    list,
    view.pairs.length === 0
      ? h(
          'li',
          { class: 'muted' },
          'No conversion found: no figure is followed by its value in another currency.',
        )
      : view.pairs.map((row) =>
          h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                class: 'pair-row',
                'data-pair': row.index,
                tabindex: row.index === active ? 0 : -1,
                onclick: () => handlers.select(row.index, true),
              },
              h('span', { class: `badge badge-${row.verdict.verdict}` }, badgeContent(row.verdict)),
              h('span', { class: 'pair-text' }, `“${row.first}” and “${row.second}”`),
              h(
                'span',
                { class: 'pair-meta' },
                metaParts(
                  row.verdict.verdict === 'unchecked'
                    ? [`line ${row.line}`, row.reference]
                    : [`line ${row.line}`, `implied ${row.implied}`, `reference ${row.reference}`],
                ),
              ),
            ),
          ),
        ),
  );

  byId('lone-heading').textContent = `Other figures, in USD on ${view.date}`;
  byId('lone-block').hidden = view.lone.length === 0;
  replace(
    byId('lone-list'),
    view.lone.map((row) =>
      h(
        'li',
        { class: row.failed ? 'failed' : '' },
        h('span', { class: 'lone-text' }, `“${row.text}”`),
        ' ',
        h('span', { class: 'lone-value' }, row.value),
        h('span', { class: 'pair-meta' }, ` line ${row.line}`),
      ),
    ),
  );
  byId('unread-block').hidden = view.unread.length === 0;
  replace(
    byId('unread-list'),
    view.unread.map((u) => h('li', {}, `“${u.text}”: ${u.message}`)),
  );
  markSelected(selected);
}

/**
 * Marks the selected conversion in the text and in the list.
 */
export function markSelected(selected: number | null): void {
  for (const element of document.querySelectorAll<HTMLElement>('#story-result [data-pair]')) {
    const on = selected !== null && element.dataset.pair === String(selected);
    element.classList.toggle('selected', on);
    if (element.tagName === 'BUTTON') {
      if (on) element.setAttribute('aria-current', 'true');
      else element.removeAttribute('aria-current');
    }
  }
  if (selected !== null) {
    const rows = document.querySelectorAll<HTMLButtonElement>('#pair-list button.pair-row');
    for (const row of rows) row.tabIndex = row.dataset.pair === String(selected) ? 0 : -1;
  }
}

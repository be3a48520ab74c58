/**
 * A small element builder: the page is a few forms and lists, so a framework would cost more
 * bytes than it saves. Text is always set as text (never parsed as HTML): a story can hold
 * anything.
 */

/** What an element may contain. */
export type Child = Node | string | null | undefined | false;

/** Attributes, and listeners under "on…" names. */
export type Props = Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>;

/**
 * Builds an element with attributes, listeners and children.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: (Child | readonly Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value);
    else if (value === true) element.setAttribute(name, '');
    else if (value !== false && value !== null && value !== undefined)
      element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

/**
 * Appends children (text, nodes, lists of them; nothing for null, undefined and false).
 */
export function append(parent: Node, children: readonly (Child | readonly Child[])[]): void {
  for (const child of children) {
    if (Array.isArray(child)) append(parent, child);
    else if (typeof child === 'string') parent.appendChild(document.createTextNode(child));
    else if (child) parent.appendChild(child as Node);
  }
}

/**
 * Replaces an element's children.
 */
export function replace(parent: Element, ...children: (Child | readonly Child[])[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/**
 * The element with this id, which the page's HTML must have.
 */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`the page has no element #${id}`);
  return element as T;
}

const DAY = /\d{4}-\d{2}-\d{2}/g;

/**
 * Text whose dates (2017-11-15) are kept whole when a line wraps: browsers break at hyphens.
 */
export function prose(text: string): (Node | string)[] {
  const out: (Node | string)[] = [];
  let at = 0;
  for (const match of text.matchAll(DAY)) {
    const index = match.index ?? 0;
    if (index > at) out.push(text.slice(at, index));
    out.push(h('span', { class: 'nowrap' }, match[0]));
    at = index + match[0].length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

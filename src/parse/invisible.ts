/**
 * Characters a reader does not see and the parser reads through: the soft hyphen, zero-width
 * space, non-joiner and joiner, the word joiner and invisible operators, the bidirectional marks,
 * embeddings and isolates, the Arabic letter mark, and the byte order mark (not the overrides
 * U+202D and U+202E, which reorder what a reader sees: a figure holding one is refused). Copied
 * from a web page or a PDF they sit inside figures ("$227 mil\u00ADlion", "1\u200B5亿元"); read
 * as they stand, they would cut a figure short. A text is read without them, and every span is
 * mapped back to the text as written.
 */
const INVISIBLE = /[\u00AD\u061C\u200B-\u200F\u202A-\u202C\u2060-\u2064\u2066-\u2069\uFEFF]/;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'g');

/** A text without its invisible characters, and where each of its characters stands in the text. */
export interface VisibleText {
  /** The text without them. */
  readonly visible: string;
  /** For each index of `visible` (and its length), the index in the text as written. */
  readonly origin: Int32Array;
  /** Where the removed characters stood in the text as written, ascending. */
  readonly removed: readonly number[];
}

/**
 * The text without invisible characters, or null when it has none (the common case costs one
 * regular-expression test).
 *
 * @example
 * withoutInvisible('$227 mil\u00ADlion')?.visible //=> '$227 million'
 * withoutInvisible('$227 million') //=> null
 */
export function withoutInvisible(text: string): VisibleText | null {
  if (!INVISIBLE.test(text)) return null;
  const removed: number[] = [];
  INVISIBLE_ALL.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = INVISIBLE_ALL.exec(text)) !== null) removed.push(match.index);
  const visible = text.replace(INVISIBLE_ALL, '');
  const origin = new Int32Array(visible.length + 1);
  let r = 0;
  for (let i = 0, o = 0; i <= visible.length; i += 1, o += 1) {
    while (r < removed.length && removed[r] === o) {
      r += 1;
      o += 1;
    }
    origin[i] = o;
  }
  return { visible, origin, removed };
}

/**
 * A span of the visible text as a span of the text as written: from where its first character
 * stands to just past its last one (invisible characters inside it are inside it).
 *
 * @example
 * const v = withoutInvisible('$1\u200B000');
 * v && writtenSpan(v, { start: 0, end: 5 }) //=> { start: 0, end: 6 }
 */
export function writtenSpan(
  v: VisibleText,
  span: { start: number; end: number },
): { start: number; end: number } {
  const start = v.origin[span.start] ?? span.start;
  const end = span.end > span.start ? (v.origin[span.end - 1] ?? span.end - 1) + 1 : start;
  return { start, end };
}

/**
 * The invisible characters inside a span of the text as written, named for a note: "a soft
 * hyphen (U+00AD)", or null when there is none.
 *
 * @example
 * const v = withoutInvisible('$227 mil\u00ADlion');
 * v && invisibleNote(v, '$227 mil\u00ADlion', { start: 0, end: 13 }) //=> 'read through a soft hyphen (U+00AD) inside it'
 */
export function invisibleNote(
  v: VisibleText,
  text: string,
  span: { start: number; end: number },
): string | null {
  const names: string[] = [];
  for (const at of v.removed) {
    if (at < span.start) continue;
    if (at >= span.end) break;
    const name = describe(text.charCodeAt(at));
    if (!names.includes(name)) names.push(name);
  }
  if (names.length === 0) return null;
  return `read through ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`} inside it`;
}

function describe(code: number): string {
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const name =
    code === 0xad
      ? 'a soft hyphen'
      : code === 0x200b
        ? 'a zero-width space'
        : code === 0x200c
          ? 'a zero-width non-joiner'
          : code === 0x200d
            ? 'a zero-width joiner'
            : code === 0x2060
              ? 'a word joiner'
              : code === 0xfeff
                ? 'a zero-width no-break space'
                : code >= 0x2061 && code <= 0x2064
                  ? 'an invisible operator'
                  : 'a bidirectional mark';
  return `${name} (${hex})`;
}

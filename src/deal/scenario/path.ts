/**
 * The path language shared by scenario documents and scenario results.
 *
 *     path    := key ( "." key | "[" index "]" | "[" name "]" )*
 *     key     := letter ( letter | digit | "_" )*
 *     index   := digits                      (0 is the first element)
 *     name    := '"' text '"' | "'" text "'"  (\" \' \\ escape a quote or a backslash)
 *
 * `rounds[0].preMoney`, `rounds["Series A"].investors[1].amount`, `holders["Founder A"].percent`.
 * A name picks the element of a list whose `name` (or `holder`, `investor`) is that text.
 */
import { fail, succeed, type Result } from '../../errors.js';
import { pathSyntaxInvalid } from './scenarioErrors.js';

/** One step of a path. */
export type ScenarioPathSegment =
  | { readonly kind: 'key'; readonly key: string }
  | { readonly kind: 'index'; readonly index: number }
  | { readonly kind: 'name'; readonly name: string };

const KEY = /^[A-Za-z][A-Za-z0-9_]*/;
const INDEX = /^\[(\d+)\]/;

/** Reads a quoted name starting at `start` (the quote); returns the name and the index after the closing quote. */
function readName(text: string, start: number): { name: string; next: number } | null {
  const quote = text[start];
  let name = '';
  for (let i = start + 1; i < text.length; i += 1) {
    const char = text[i];
    if (char === '\\') {
      const escaped = text[i + 1];
      if (escaped === undefined) return null;
      name += escaped;
      i += 1;
    } else if (char === quote) {
      return { name, next: i + 1 };
    } else {
      name += char;
    }
  }
  return null;
}

/**
 * Reads a path into its segments.
 *
 * @example
 * const path = parseScenarioPath('rounds["Series A"].investors[1].amount');
 * path.ok && path.value.length //=> 5
 * parseScenarioPath('rounds[x]').ok //=> false
 */
export function parseScenarioPath(text: string): Result<ScenarioPathSegment[]> {
  const segments: ScenarioPathSegment[] = [];
  const first = KEY.exec(text);
  if (first === null) return fail(pathSyntaxInvalid(text, 0, 'a path starts with a key'));
  segments.push({ kind: 'key', key: first[0] });
  let i = first[0].length;
  while (i < text.length) {
    const rest = text.slice(i);
    if (rest.startsWith('.')) {
      const key = KEY.exec(rest.slice(1));
      if (key === null) return fail(pathSyntaxInvalid(text, i + 1, 'a key is expected after "."'));
      segments.push({ kind: 'key', key: key[0] });
      i += 1 + key[0].length;
      continue;
    }
    const index = INDEX.exec(rest);
    if (index !== null) {
      segments.push({ kind: 'index', index: Number.parseInt(index[1] ?? '0', 10) });
      i += index[0].length;
      continue;
    }
    if (rest.startsWith('["') || rest.startsWith("['")) {
      const name = readName(text, i + 1);
      if (name === null || text[name.next] !== ']')
        return fail(pathSyntaxInvalid(text, i + 1, 'a quoted name must end with its quote and "]"'));
      segments.push({ kind: 'name', name: name.name });
      i = name.next + 1;
      continue;
    }
    return fail(pathSyntaxInvalid(text, i, 'expected ".key", "[index]" or ["name"]'));
  }
  return succeed(segments);
}

/**
 * Writes segments back as path text (names in double quotes).
 *
 * @example
 * formatScenarioPath([{ kind: 'key', key: 'rounds' }, { kind: 'index', index: 0 }, { kind: 'key', key: 'preMoney' }]) //=> 'rounds[0].preMoney'
 */
export function formatScenarioPath(segments: readonly ScenarioPathSegment[]): string {
  return segments
    .map((segment, i) => {
      switch (segment.kind) {
        case 'key':
          return i === 0 ? segment.key : `.${segment.key}`;
        case 'index':
          return `[${segment.index}]`;
        case 'name':
          return `["${segment.name.replace(/["\\]/g, (c) => `\\${c}`)}"]`;
      }
    })
    .join('');
}

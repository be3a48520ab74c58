/**
 * The digit-normalising step. Everything the parser matches, it matches against a normalised
 * view of the input of exactly the same length, so that every index into the view is an index
 * into the input and spans stay exact:
 * - digits of other scripts become ASCII digits: full-width (１２３), Arabic-Indic (١٢٣),
 *   Eastern Arabic-Indic (۱۲۳) and Devanagari (१२३);
 * - full-width ASCII (ＵＳＤ, ＄, ％, ，, ．) becomes ASCII;
 * - the right single quotation mark (’) becomes an apostrophe ("d’euros", Swiss 1’000);
 * - the dotless ı becomes i ("bıllion");
 * - letters are folded to lower case where that keeps one UTF-16 unit per character.
 */

/** The first code unit of each script's zero, for the digit blocks that map to ASCII. */
const DIGIT_ZEROS = [0xff10, 0x0660, 0x06f0, 0x0966] as const;

function normalizeUnit(code: number, ch: string): string {
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  for (const zero of DIGIT_ZEROS) {
    if (code >= zero && code <= zero + 9) return String.fromCharCode(48 + code - zero);
  }
  if (code >= 0xff01 && code <= 0xff5e)
    return normalizeUnit(code - 0xfee0, String.fromCharCode(code - 0xfee0));
  if (code === 0x2019) return "'";
  // The Turkish dotless ı, typed for an i ("bıllion"): read as the i it stands for.
  if (code === 0x131) return 'i';
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower : ch;
}

/**
 * Builds the normalised view of a text (same length, see above).
 *
 * @param text - the input as written
 * @returns the view the matchers read; `view.length === text.length`
 *
 * @example
 * normalizeText('ＵＳＤ １２３') //=> 'usd 123'
 * normalizeText('١٢ر٤ مليار') //=> '12ر4 مليار'
 */
export function normalizeText(text: string): string {
  // The native lower-casing is fast; it is used when it keeps every character one unit long.
  const lower = text.toLowerCase();
  if (lower.length === text.length) {
    OTHER_FORMS.lastIndex = 0;
    if (!OTHER_FORMS.test(lower)) return lower;
    OTHER_FORMS.lastIndex = 0;
    return lower.replace(OTHER_FORMS, (ch) => normalizeUnit(ch.charCodeAt(0), ch));
  }
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += 1) parts.push(normalizeUnit(text.charCodeAt(i), text.charAt(i)));
  return parts.join('');
}

/** Characters the view writes otherwise: digits of other scripts, full-width ASCII, ’. */
const OTHER_FORMS = /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\uFF01-\uFF5E\u2019\u0131]/g;

/**
 * Folds one token of a table the way the view folds the input (a string built by concatenation:
 * this runs for every token when the tables are prepared).
 *
 * @example
 * foldToken('Mrd.') //=> 'mrd.'
 */
export function foldToken(token: string): string {
  let folded = '';
  let changed = false;
  for (let i = 0; i < token.length; i += 1) {
    const code = token.charCodeAt(i);
    const ch = token.charAt(i);
    const unit = code < 0x80 && !(code >= 65 && code <= 90) ? ch : normalizeUnit(code, ch);
    if (unit !== ch) changed = true;
    folded += unit;
  }
  return changed ? folded : token;
}

/**
 * Folds one code unit the way the view does (for bucketing tokens without building strings).
 *
 * @example
 * foldCode(77) //=> 109
 */
export function foldCode(code: number): number {
  if (code < 0x80) return code >= 65 && code <= 90 ? code + 32 : code;
  return normalizeUnit(code, String.fromCharCode(code)).charCodeAt(0);
}

/**
 * Whether a code unit of the normalised view is an ASCII digit.
 *
 * @example
 * isDigitAt(normalizeText('１'), 0) //=> true
 */
export function isDigitAt(view: string, index: number): boolean {
  const code = view.charCodeAt(index);
  return code >= 48 && code <= 57;
}

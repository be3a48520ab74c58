import {
  isSpaceCode,
  isWordLetterAt,
  matchLongest,
  type HedgeMeaning,
  type Lexicon,
  type LexiconMatch,
  type ScaleMeaning,
} from './lexicon.js';
import { readCurrencyAt, type RawCurrencyMention } from './readCurrency.js';
import { readNumeralRun } from './readNumber.js';
import { readSign, type SignReading } from './readSign.js';
import { readCjkNumeral, readEnglishNumber, type SpelledNumber } from './readSpelledNumber.js';
import type { Token } from './step.js';

/** How to read: the tables, the languages allowed, running text or a figure alone, money or a percentage. */
export interface ReadContext {
  readonly lexicon: Lexicon;
  readonly mask: number;
  /** Running text (findFigures): stricter about codes, words before the number and weak words. */
  readonly scan: boolean;
  readonly percent: boolean;
  /**
   * Running text: the last end read, kept so that the next attempt, which starts where a range's
   * second end started, need not read it again ("1-2-3-4": each number is read once, not twice).
   */
  readonly lastEnd?: { value: CachedEnd | null };
}

/** An end as read at an index, with the currencies and words it read. */
interface CachedEnd {
  readonly index: number;
  readonly percent: boolean;
  readonly end: EndRead;
  readonly next: number;
  readonly mentions: readonly RawCurrencyMention[];
  readonly wordLanguages: readonly number[];
}

/** A number as read: digits (interpreted per language later) or words. */
export type NumberRead =
  | { readonly kind: 'digits'; readonly token: Token }
  | { readonly kind: 'words'; readonly token: Token; readonly spelled: SpelledNumber };

/** One group of an amount: a number and its scale word ("3 trillion", "240.5 billion", "2千億"). */
export interface GroupRead {
  readonly number: NumberRead;
  readonly scale: LexiconMatch<ScaleMeaning> | null;
  /** The scale word was joined by a hyphen ("11.2-billion"). */
  readonly hyphen: boolean;
}

/** One amount: a sign, then one group or several (a compound figure). */
export interface EndRead {
  readonly sign: SignReading | null;
  readonly groups: readonly GroupRead[];
  /** From its first character (sign, currency or number) to its last. */
  readonly start: number;
  readonly end: number;
}

/** The structure of a figure as read, before its languages decide what the digits and words mean. */
export interface FigureRead {
  readonly start: number;
  /** Just past the figure's last token. */
  readonly end: number;
  /** Just past everything read, including words around a percentage that are not part of it. */
  readonly consumed: number;
  readonly hedge: LexiconMatch<HedgeMeaning> | null;
  readonly hedgeAfter: LexiconMatch<HedgeMeaning> | null;
  readonly between: LexiconMatch<null> | null;
  readonly connector: LexiconMatch<null> | null;
  /** One end, or two for a range. */
  readonly ends: readonly EndRead[];
  readonly mentions: readonly RawCurrencyMention[];
  /** The languages of the other words read (links, percent words), for narrowing the languages. */
  readonly wordLanguages: readonly number[];
  readonly percent: LexiconMatch<null> | null;
  /** Words around a percentage that are not part of it ("a", "stake"). */
  readonly ignored: readonly Token[];
}

/** Where reading stopped, and whether a whole number had been read by then. */
export interface ReadFailure {
  readonly at: number;
  readonly afterNumber: boolean;
  /** A currency written twice in a row ("$$5"): the second one. */
  readonly repeated?: Token;
}

export type ReadOutcome =
  { readonly ok: true; readonly figure: FigureRead } | { readonly ok: false; readonly failure: ReadFailure };

const HYPHENS = new Set(['-', '\u2010', '\u2011']);

function skipSpaces(view: string, index: number): number {
  let i = index;
  while (i < view.length && isSpaceCode(view.charCodeAt(i))) i += 1;
  return i;
}

function isDigitAt(view: string, i: number): boolean {
  const c = view.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** A cursor over one input: the sub-readers, each reading at most a few tokens from an index. */
class Reader {
  readonly mentions: RawCurrencyMention[] = [];
  readonly wordLanguages: number[] = [];
  readonly ignored: Token[] = [];
  repeated: Token | null = null;

  constructor(
    readonly text: string,
    readonly view: string,
    readonly ctx: ReadContext,
  ) {}

  number(index: number): { read: NumberRead; next: number } | null {
    const { text, view, ctx } = this;
    const run = readNumeralRun(text, view, index, ctx.scan);
    if (run !== null) return { read: { kind: 'digits', token: run.value }, next: run.next };
    const english = readEnglishNumber(ctx.lexicon, text, view, index, ctx.mask);
    if (english !== null)
      return {
        read: { kind: 'words', token: english.value.token, spelled: english.value },
        next: english.next,
      };
    const cjk = readCjkNumeral(ctx.lexicon, text, view, index, ctx.mask);
    if (cjk !== null)
      return { read: { kind: 'words', token: cjk.value.token, spelled: cjk.value }, next: cjk.next };
    return null;
  }

  /** A scale word right after a number: "bn", " billion", "-billion", "亿". */
  scale(index: number): { scale: LexiconMatch<ScaleMeaning>; hyphen: boolean } | null {
    const { view, ctx } = this;
    if (HYPHENS.has(view.charAt(index))) {
      const hyphenated = matchLongest(ctx.lexicon.scale, this.text, view, index + 1, ctx.mask);
      if (hyphenated !== null) return { scale: hyphenated, hyphen: true };
    }
    const scale = matchLongest(ctx.lexicon.scale, this.text, view, skipSpaces(view, index), ctx.mask);
    return scale === null ? null : { scale, hyphen: false };
  }

  /** The groups of an amount: "5", "1.5 billion", "3 trillion 240.5 billion", "4兆2千億", "1万2345". */
  groups(index: number): { groups: GroupRead[]; next: number } | null {
    const groups: GroupRead[] = [];
    let i = index;
    for (;;) {
      const at = groups.length === 0 ? i : skipSpaces(this.view, i);
      const number = this.number(at);
      if (number === null) break;
      const scale = this.scale(number.next);
      const read = number.read;
      const words = read.kind === 'words';
      if (read.kind === 'words' && read.spelled.articleOnly && scale === null) break;
      if (groups.length > 0 && scale === null) {
        // A last group without a scale word: spelled out ("one thousand two hundred"), or digits
        // run on to a Chinese, Japanese or Korean unit ("1万2345").
        const previous = groups.at(-1)?.scale;
        const runsOn = at === i && previous != null && !isWordLetterAt(this.view, previous.next - 1);
        if (!words && !runsOn) break;
      }
      groups.push({ number: read, scale: scale?.scale ?? null, hyphen: scale?.hyphen ?? false });
      i = scale === null ? number.next : scale.scale.next;
      if (scale === null || this.ctx.percent) break;
    }
    return groups.length === 0 ? null : { groups, next: i };
  }

  /** Currencies before a number ("RMB ¥", "US$"): at most two, never the same one twice. */
  currenciesBefore(index: number): number {
    let i = index;
    let count = 0;
    let last: Token | null = null;
    while (count < 2) {
      const at = skipSpaces(this.view, i);
      const step = readCurrencyAt(this.ctx.lexicon, this.text, this.view, at, this.ctx.mask, {
        scan: this.ctx.scan,
        position: 'before',
      });
      if (step === null) break;
      if (last !== null && last.text === step.value.token.text) {
        this.repeated = step.value.token;
        break;
      }
      this.mentions.push(step.value);
      last = step.value.token;
      count += 1;
      i = skipSpaces(this.view, step.next);
    }
    return i;
  }

  /** Currencies after a number: "yuan", "元人民币", "de dólares", "d'euros"; at most two. */
  currenciesAfter(index: number, afterScale: boolean): number {
    let i = index;
    let last: Token | null = null;
    for (let count = 0; count < 2; count += 1) {
      let at = skipSpaces(this.view, i);
      let link: LexiconMatch<null> | null = null;
      if (count === 0 && afterScale) {
        link = matchLongest(this.ctx.lexicon.link, this.text, this.view, at, this.ctx.mask);
        if (link !== null) at = skipSpaces(this.view, link.next);
      }
      const step = readCurrencyAt(this.ctx.lexicon, this.text, this.view, at, this.ctx.mask, {
        scan: this.ctx.scan,
        position: 'after',
      });
      if (step === null) break;
      if (last !== null && last.text === step.value.token.text) break;
      // In running text a symbol followed by a number starts the next figure: "2017 $5 billion".
      if (this.ctx.scan && isDigitAt(this.view, skipSpaces(this.view, step.next))) break;
      if (link !== null) this.wordLanguages.push(link.languages);
      this.mentions.push(step.value);
      last = step.value.token;
      i = step.next;
    }
    return i;
  }

  /** One end of a figure: sign, currencies, groups, currencies after. */
  end(index: number): { end: EndRead; next: number } | ReadFailure {
    const cache = this.ctx.lastEnd;
    const cached = cache?.value;
    if (cached != null && cached.index === index && cached.percent === this.ctx.percent) {
      this.mentions.push(...cached.mentions);
      this.wordLanguages.push(...cached.wordLanguages);
      return { end: cached.end, next: cached.next };
    }
    const mentions = this.mentions.length;
    const words = this.wordLanguages.length;
    const read = this.readEnd(index);
    if (cache !== undefined && !('at' in read)) {
      cache.value = {
        index,
        percent: this.ctx.percent,
        end: read.end,
        next: read.next,
        mentions: this.mentions.slice(mentions),
        wordLanguages: this.wordLanguages.slice(words),
      };
    }
    return read;
  }

  private readEnd(index: number): { end: EndRead; next: number } | ReadFailure {
    const { view, ctx } = this;
    let i = index;
    let sign: SignReading | null = null;
    // No sign, symbol, code or word starts with a digit: a number here starts the end at once.
    const digit = isDigitAt(view, i);
    const first = digit ? null : readSign(this.text, i);
    if (first !== null) {
      sign = first.value;
      i = skipSpaces(view, first.next);
    }
    if (!ctx.percent && !digit) i = this.currenciesBefore(i);
    if (this.repeated !== null)
      return { at: this.repeated.span.start, afterNumber: false, repeated: this.repeated };
    if (sign === null && !digit) {
      const second = readSign(this.text, i);
      if (second !== null) {
        sign = second.value;
        i = skipSpaces(view, second.next);
      }
    }
    const groups = this.groups(i);
    if (groups === null) return { at: i, afterNumber: false };
    let next = groups.next;
    if (!ctx.percent) {
      const afterScale = groups.groups.at(-1)?.scale != null;
      next = this.currenciesAfter(next, afterScale);
    }
    return { end: { sign, groups: groups.groups, start: index, end: next }, next };
  }
}

/**
 * Reads the structure of one figure starting at `start`: hedge, currencies, sign, number groups
 * (compound figures), scale words, a range's second end, a hedge after, a percent word. Every
 * sub-reader reads a bounded number of tokens forward from where the last stopped, so the cost
 * is linear in what is read (runs of digits and spaces are each walked once).
 *
 * @param text - the input
 * @param view - its normalised view
 * @param start - where the figure starts (no whitespace)
 * @param ctx - the tables, the languages allowed, and how strict to be
 * @returns the figure's structure and where it ends, or where reading failed
 *
 * @example
 * const ctx = { lexicon: buildLexicon(VOCABULARIES), mask: -1, scan: false, percent: false };
 * readFigureAt('$1.5bn-$2bn', '$1.5bn-$2bn', 0, ctx).figure.ends.length //=> 2
 * readFigureAt('billion', 'billion', 0, ctx).ok //=> false
 */
export function readFigureAt(text: string, view: string, start: number, ctx: ReadContext): ReadOutcome {
  const reader = new Reader(text, view, ctx);
  const { lexicon } = ctx;
  let i = start;
  const digit = isDigitAt(view, i);
  let hedge = digit ? null : matchLongest(lexicon.hedgeBefore, text, view, i, ctx.mask);
  if (hedge !== null) i = skipSpaces(view, hedge.next);
  const between = digit ? null : matchLongest(lexicon.rangeBetween, text, view, i, ctx.mask);
  if (between !== null) i = skipSpaces(view, between.next);
  let percent: LexiconMatch<null> | null = null;
  if (ctx.percent && !digit) {
    const article = hedge === null ? matchLongest(lexicon.article, text, view, i, ctx.mask) : null;
    if (article !== null && reader.number(skipSpaces(view, article.next)) !== null) {
      reader.ignored.push(article.token);
      i = skipSpaces(view, article.next);
      hedge = matchLongest(lexicon.hedgeBefore, text, view, i, ctx.mask);
      if (hedge !== null) i = skipSpaces(view, hedge.next);
    }
    percent = matchLongest(lexicon.percentBefore, text, view, i, ctx.mask);
    if (percent !== null) i = percent.next;
  }
  const figureStart = reader.ignored.length > 0 ? i : start;

  const first = reader.end(i);
  if ('at' in first) return { ok: false, failure: first };
  const ends: EndRead[] = [first.end];
  let end = first.next;

  let connector: LexiconMatch<null> | null = null;
  const afterFirst = skipSpaces(view, end);
  const joiner = matchLongest(
    between === null ? lexicon.rangeTo : lexicon.rangeAnd,
    text,
    view,
    afterFirst,
    ctx.mask,
  );
  if (joiner !== null) {
    const second = reader.end(skipSpaces(view, joiner.next));
    if (!('at' in second)) {
      connector = joiner;
      ends.push(second.end);
      end = second.next;
    } else if (!ctx.scan || second.repeated !== undefined) {
      // Name what stands where the second end should be; at the end of the text, the joiner itself.
      const nothing = skipSpaces(view, second.at) >= view.length;
      const failure =
        second.repeated !== undefined ? second : { at: nothing ? afterFirst : second.at, afterNumber: true };
      return { ok: false, failure };
    }
  }
  if (between !== null && connector === null)
    return { ok: false, failure: { at: afterFirst, afterNumber: true } };

  if (ctx.percent && percent === null) {
    const at = skipSpaces(view, end);
    percent = matchLongest(lexicon.percentAfter, text, view, at, ctx.mask);
    if (percent === null) return { ok: false, failure: { at, afterNumber: true } };
    end = percent.next;
  }
  if (percent !== null) reader.wordLanguages.push(percent.languages);

  let hedgeAfter: LexiconMatch<HedgeMeaning> | null = null;
  const after = matchLongest(lexicon.hedgeAfter, text, view, skipSpaces(view, end), ctx.mask);
  const kindOf = (h: LexiconMatch<HedgeMeaning>) => h.entries[0]?.meaning.kind;
  if (after !== null && (hedge === null || kindOf(hedge) === kindOf(after))) {
    // "约15亿元左右" says "about" twice: one hedge, read from the first.
    hedgeAfter = after;
    end = after.next;
  }
  let consumed = end;
  if (ctx.percent) {
    const noun = matchLongest(lexicon.stake, text, view, skipSpaces(view, end), ctx.mask);
    if (noun !== null) {
      reader.ignored.push(noun.token);
      consumed = noun.next;
    }
  }
  return {
    ok: true,
    figure: {
      start: figureStart,
      end,
      consumed,
      hedge,
      hedgeAfter,
      between,
      connector,
      ends,
      mentions: reader.mentions,
      wordLanguages: reader.wordLanguages,
      percent,
      ignored: reader.ignored,
    },
  };
}

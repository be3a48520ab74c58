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
import {
  readCjkNumeral,
  readEnglishNumber,
  readFractionAfterScale,
  type SpelledNumber,
  type TrailingFraction,
} from './readSpelledNumber.js';
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

/**
 * An end as read at an index, with the currencies and words it read: a range of the lists of the
 * read it was part of (those lists only grow, so the range stays as it was; nothing is copied).
 */
interface CachedEnd {
  readonly index: number;
  readonly percent: boolean;
  readonly end: EndRead;
  readonly mentions: readonly RawCurrencyMention[] | null;
  readonly mentionsFrom: number;
  readonly mentionsTo: number;
  readonly wordLanguages: readonly number[] | null;
  readonly wordsFrom: number;
  readonly wordsTo: number;
}

/** Shared by every read that has none of a kind (most have no words around them): never written to. */
const NONE: readonly never[] = [];

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
  /** A fraction after the scale word: "et demi" in "trois milliards et demi" (3.5 billion). */
  readonly fraction: TrailingFraction | null;
}

/** Where a group ends: after its fraction, its scale word, or its number. */
export function groupEnd(group: GroupRead): number {
  return group.fraction?.token.span.end ?? group.scale?.next ?? group.number.token.span.end;
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
  // Made on first use: most attempts in running text read no currency, link or ignored word.
  mentions: RawCurrencyMention[] | null = null;
  wordLanguages: number[] | null = null;
  ignored: Token[] | null = null;
  repeated: Token | null = null;
  /** A currency symbol stood before the number ("$", "US$"). */
  symbolBefore = false;

  constructor(
    readonly text: string,
    readonly view: string,
    readonly ctx: ReadContext,
  ) {}

  // A list starts as a one-item literal: a push onto an empty list reserves room for 16.
  addMention(mention: RawCurrencyMention): void {
    if (this.mentions === null) this.mentions = [mention];
    else this.mentions.push(mention);
  }

  addWordLanguages(languages: number): void {
    if (this.wordLanguages === null) this.wordLanguages = [languages];
    else this.wordLanguages.push(languages);
  }

  addIgnored(token: Token): void {
    if (this.ignored === null) this.ignored = [token];
    else this.ignored.push(token);
  }

  /** A number at `index`; it ends where its token does. */
  number(index: number): NumberRead | null {
    const { text, view, ctx } = this;
    const run = readNumeralRun(text, view, index, ctx.scan);
    if (run !== null) return { kind: 'digits', token: run.value };
    const english = readEnglishNumber(ctx.lexicon, text, view, index, ctx.mask);
    if (english !== null) return { kind: 'words', token: english.value.token, spelled: english.value };
    const cjk = readCjkNumeral(ctx.lexicon, text, view, index, ctx.mask);
    if (cjk !== null) return { kind: 'words', token: cjk.value.token, spelled: cjk.value };
    return null;
  }

  /**
   * "et demi" after "trois milliards" or "1 milliard": only after a whole number (digits without a
   * mark, or words without a fraction of their own), so "1,5 milliard et demi" is not read as more.
   */
  fractionAfter(read: NumberRead, index: number): TrailingFraction | null {
    const { span } = read.token;
    if (
      read.kind === 'words'
        ? read.spelled.numerator !== 0
        : !/^\d+$/.test(this.view.slice(span.start, span.end))
    )
      return null;
    return (
      readFractionAfterScale(this.ctx.lexicon, this.text, this.view, index, this.ctx.mask)?.value ?? null
    );
  }

  /** A scale word that holds its own number, where a number would be: ملياري (two billion). */
  dual(index: number): { number: NumberRead; scale: LexiconMatch<ScaleMeaning> } | null {
    const scale = matchLongest(this.ctx.lexicon.dualScale, this.text, this.view, index, this.ctx.mask);
    const count = scale?.entries[0]?.meaning.count;
    if (scale == null || count === undefined) return null;
    const spelled: SpelledNumber = {
      token: scale.token,
      whole: count,
      numerator: 0,
      denominator: 1,
      articleOnly: false,
      languages: scale.languages,
    };
    return { number: { kind: 'words', token: scale.token, spelled }, scale };
  }

  /** A scale word right after a number: "bn", " billion", "-billion", "亿" (hyphenated: see `hyphenated`). */
  scale(index: number): LexiconMatch<ScaleMeaning> | null {
    const { view, ctx } = this;
    if (HYPHENS.has(view.charAt(index))) {
      const hyphenated = matchLongest(ctx.lexicon.scale, this.text, view, index + 1, ctx.mask);
      if (hyphenated !== null) return hyphenated;
    }
    return matchLongest(ctx.lexicon.scale, this.text, view, skipSpaces(view, index), ctx.mask);
  }

  /** The groups of an amount: "5", "1.5 billion", "3 trillion 240.5 billion", "4兆2千億", "1万2345". */
  groups(index: number): GroupRead[] | null {
    let groups: GroupRead[] | null = null;
    let i = index;
    for (;;) {
      const at = groups === null ? i : skipSpaces(this.view, i);
      const number = this.number(at);
      const dual = number === null && groups === null ? this.dual(at) : null;
      const read = number ?? dual?.number;
      if (read === undefined) break;
      const numberEnd = read.token.span.end;
      const after = dual === null ? this.scale(numberEnd) : dual.scale;
      // A dual after a number ("3 ملياري") is no scale word of it.
      const scale = dual === null && after?.entries[0]?.meaning.count !== undefined ? null : after;
      const words = read.kind === 'words';
      if (read.kind === 'words' && read.spelled.articleOnly && scale === null) break;
      if (groups !== null && scale === null) {
        // A last group without a scale word: spelled out ("one thousand two hundred"), or digits
        // run on to a Chinese, Japanese or Korean unit ("1万2345").
        const previous = groups.at(-1)?.scale;
        const runsOn = at === i && previous != null && !isWordLetterAt(this.view, previous.next - 1);
        if (!words && !runsOn) break;
      }
      const fraction = scale === null || this.ctx.percent ? null : this.fractionAfter(read, scale.next);
      const group: GroupRead = {
        number: read,
        scale,
        hyphen: scale !== null && hyphenated(this.view, numberEnd, scale),
        fraction,
      };
      if (groups === null) groups = [group];
      else groups.push(group);
      i = groupEnd(group);
      if (scale === null || fraction !== null || this.ctx.percent) break;
    }
    return groups;
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
      if (last !== null && (last.text === step.value.token.text || doubledSymbol(last, step.value.token))) {
        this.repeated = step.value.token;
        break;
      }
      this.addMention(step.value);
      last = step.value.token;
      if (hasSymbol(last.text)) this.symbolBefore = true;
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
      // "$5$", "€5 €": a symbol before the number and another after it is a slip, not a currency.
      if (this.symbolBefore && hasSymbol(step.value.token.text) && !this.ctx.scan) {
        this.repeated = step.value.token;
        break;
      }
      // In running text a symbol followed by a number starts the next figure: "2017 $5 billion".
      if (this.ctx.scan && isDigitAt(this.view, skipSpaces(this.view, step.next))) break;
      if (link !== null) this.addWordLanguages(link.languages);
      this.addMention(step.value);
      last = step.value.token;
      i = step.next;
    }
    return i;
  }

  /** One end of a figure: sign, currencies, groups, currencies after; it ends at `end`. */
  end(index: number): EndRead | ReadFailure {
    const cache = this.ctx.lastEnd;
    const cached = cache?.value;
    if (cached != null && cached.index === index && cached.percent === this.ctx.percent) {
      for (let k = cached.mentionsFrom; k < cached.mentionsTo; k += 1)
        this.addMention((cached.mentions as readonly RawCurrencyMention[])[k] as RawCurrencyMention);
      for (let k = cached.wordsFrom; k < cached.wordsTo; k += 1)
        this.addWordLanguages((cached.wordLanguages as readonly number[])[k] as number);
      return cached.end;
    }
    const mentions = this.mentions?.length ?? 0;
    const words = this.wordLanguages?.length ?? 0;
    const read = this.readEnd(index);
    if (cache !== undefined && !('at' in read)) {
      cache.value = {
        index,
        percent: this.ctx.percent,
        end: read,
        mentions: this.mentions,
        mentionsFrom: mentions,
        mentionsTo: this.mentions?.length ?? 0,
        wordLanguages: this.wordLanguages,
        wordsFrom: words,
        wordsTo: this.wordLanguages?.length ?? 0,
      };
    }
    return read;
  }

  private readEnd(index: number): EndRead | ReadFailure {
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
    const last = groups[groups.length - 1] as GroupRead;
    let next = groupEnd(last);
    if (!ctx.percent) {
      let after = this.currenciesAfter(next, last.scale !== null);
      // "a 7-billion-yuan deal": the currency joined to a hyphenated scale word by another hyphen.
      if (after === next && last.hyphen && HYPHENS.has(view.charAt(next))) {
        const joined = this.currenciesAfter(next + 1, false);
        if (joined !== next + 1) after = joined;
      }
      next = after;
    }
    // Read again: currenciesAfter may have set it since the check above.
    const repeatedAfter = this.repeated as Token | null;
    if (repeatedAfter !== null)
      return { at: repeatedAfter.span.start, afterNumber: true, repeated: repeatedAfter };
    return { sign, groups, start: index, end: next };
  }
}

/** Made on first use: a Unicode property class costs about half a millisecond to build. */
let currencySymbol: RegExp | undefined;

/** Superscript digits: ¹ ² ³ and ⁰ ⁴-⁹. */
function isSuperscriptDigit(code: number): boolean {
  return (
    code === 0xb9 || code === 0xb2 || code === 0xb3 || code === 0x2070 || (code >= 0x2074 && code <= 0x2079)
  );
}

/**
 * Where a footnote marker right after a figure ends: "*", "†", "‡" (up to three), superscript
 * digits, or "[2]" (one or two digits in brackets, after at most one space); `index` when none.
 */
function footnoteEnd(view: string, index: number): number {
  let i = index;
  while (
    i < index + 3 &&
    (view.charAt(i) === '*' || view.charAt(i) === '\u2020' || view.charAt(i) === '\u2021')
  )
    i += 1;
  while (i < index + 3 && isSuperscriptDigit(view.charCodeAt(i))) i += 1;
  if (i > index) return i;
  const open = view.charAt(i) === ' ' ? i + 1 : i;
  if (view.charAt(open) !== '[') return index;
  let close = open + 1;
  while (close < open + 3 && isDigitAt(view, close)) close += 1;
  return close > open + 1 && view.charAt(close) === ']' ? close + 1 : index;
}

/** Whether a currency token holds a currency sign ("$", "US$", "CN¥", "R$"). */
function hasSymbol(token: string): boolean {
  // Of ASCII, only "$" is a currency sign (\p{Sc}): an ASCII token needs no Unicode class.
  let ascii = true;
  for (let i = 0; i < token.length; i += 1) {
    const code = token.charCodeAt(i);
    if (code === 36) return true;
    if (code >= 0x80) ascii = false;
  }
  return !ascii && (currencySymbol ??= /\p{Sc}/u).test(token);
}

/** "US$$5", "CN¥¥5": a symbol written again at the end of a token that already holds it. */
function doubledSymbol(first: Token, second: Token): boolean {
  return hasSymbol(second.text) && first.text.endsWith(second.text);
}

/** Whether a scale word read after a number at `numberEnd` was joined by a hyphen ("11.2-billion"). */
function hyphenated(view: string, numberEnd: number, scale: LexiconMatch<ScaleMeaning>): boolean {
  // Read after a hyphen, it starts just past it; read after spaces, it starts where they end (never at a hyphen).
  return scale.token.span.start === numberEnd + 1 && HYPHENS.has(view.charAt(numberEnd));
}

function hedgeKind(hedge: LexiconMatch<HedgeMeaning>): HedgeMeaning['kind'] | undefined {
  return hedge.entries[0]?.meaning.kind;
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
      reader.addIgnored(article.token);
      i = skipSpaces(view, article.next);
      hedge = matchLongest(lexicon.hedgeBefore, text, view, i, ctx.mask);
      if (hedge !== null) i = skipSpaces(view, hedge.next);
    }
    percent = matchLongest(lexicon.percentBefore, text, view, i, ctx.mask);
    if (percent !== null) i = percent.next;
  }
  const figureStart = reader.ignored !== null ? i : start;

  const first = reader.end(i);
  if ('at' in first) return { ok: false, failure: first };
  // A literal of its final length (a push would reserve room for 16): a range's is made below.
  let ends: EndRead[] = [first];
  let end = first.end;

  let connector: LexiconMatch<null> | null = null;
  let afterFirst = skipSpaces(view, end);
  if (ctx.percent && percent === null) {
    // "5% to 8%", "between 5% and 8%", "5%–8%": a percent word after each end of a range.
    const own = matchLongest(lexicon.percentAfter, text, view, afterFirst, ctx.mask);
    const joined =
      own !== null &&
      matchLongest(
        between === null ? lexicon.rangeTo : lexicon.rangeAnd,
        text,
        view,
        skipSpaces(view, own.next),
        ctx.mask,
      ) !== null;
    if (own !== null && joined) {
      reader.addWordLanguages(own.languages);
      afterFirst = skipSpaces(view, own.next);
    }
  }
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
      ends = [first, second];
      end = second.end;
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
  if (percent !== null) reader.addWordLanguages(percent.languages);

  let hedgeAfter: LexiconMatch<HedgeMeaning> | null = null;
  const after = matchLongest(lexicon.hedgeAfter, text, view, skipSpaces(view, end), ctx.mask);
  if (after !== null && (hedge === null || hedgeKind(hedge) === hedgeKind(after))) {
    // "约15亿元左右" says "about" twice: one hedge, read from the first.
    hedgeAfter = after;
    end = after.next;
  }
  // A footnote marker after the figure ("US$4,210 million*", "RMB5.2 billion [2]") is read, not part of it.
  let consumed = footnoteEnd(view, end);
  if (ctx.percent) {
    const noun = matchLongest(lexicon.stake, text, view, skipSpaces(view, end), ctx.mask);
    if (noun !== null) {
      reader.addIgnored(noun.token);
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
      mentions: reader.mentions ?? NONE,
      wordLanguages: reader.wordLanguages ?? NONE,
      percent,
      ignored: reader.ignored ?? NONE,
    },
  };
}

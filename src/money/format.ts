import { optionInvalid } from '../commonErrors.js';
import { checkArgument, checkFields } from '../requestFields.js';
import { CURRENCY_SYMBOLS, VOCABULARIES } from '../parse/vocabulary/index.js';
import type { OutputStyle, Vocabulary } from '../parse/vocabulary/types.js';
import { currencyInfo } from './currency.js';
import { Decimal } from './decimal.js';
import type { Money } from './money.js';
import { roundHalfEven, roundOutward, roundSignificant, type IntervalSide } from './round.js';

/** Puts a separator between groups of digits of a whole number: threes, or Indian (last three, then twos). */
function groupDigits(
  whole: string,
  separator: string,
  grouping: OutputStyle['grouping'] = 'thousands',
): string {
  if (separator === '' || whole.length <= 3) return whole;
  const head = whole.slice(0, -3);
  const tail = whole.slice(-3);
  const size = grouping === 'indian' ? 2 : 3;
  const groups: string[] = [];
  for (let end = head.length; end > 0; end -= size) groups.unshift(head.slice(Math.max(0, end - size), end));
  return [...groups, tail].join(separator);
}

/**
 * Writes a decimal with a fixed number of decimals (half-even) and thousands grouping.
 *
 * @example
 * formatDecimal(new Decimal('226586102.7190332'), 2) //=> '226,586,102.72'
 */
export function formatDecimal(value: Decimal, decimals: number, grouping = ','): string {
  return groupedFixed(roundHalfEven(value, decimals), decimals, grouping);
}

/**
 * Writes an interval's end with a fixed number of decimals, rounded outward (a low end down, a
 * high end up: roundOutward) and grouped, so that the written interval holds the exact one.
 *
 * @example
 * formatBound(new Decimal('5.0025'), 2, 'high') //=> '5.01'
 * formatBound(new Decimal('19990000.004'), 2, 'low') //=> '19,990,000.00'
 */
export function formatBound(value: Decimal, decimals: number, side: IntervalSide, grouping = ','): string {
  return groupedFixed(roundOutward(value, decimals, side), decimals, grouping);
}

/** A value already rounded to `decimals`, written with them and grouped. */
function groupedFixed(rounded: Decimal, decimals: number, grouping: string): string {
  const fixed = rounded.toFixed(decimals);
  const negative = fixed.startsWith('-');
  const unsigned = negative ? fixed.slice(1) : fixed;
  const [whole = '0', fraction] = unsigned.split('.');
  const grouped = groupDigits(whole, grouping);
  const isZero = /^[0.,]*$/.test(unsigned);
  return `${negative && !isZero ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** A Money argument of a public formatter: REQUEST_INVALID unless it has an amount and a currency. */
function checkMoney(job: string, value: Money): void {
  // Without allocating in the common case: every amount on the page and the command line comes here.
  if (
    typeof value === 'object' &&
    value !== null &&
    value.amount instanceof Decimal &&
    typeof value.currency === 'string'
  )
    return;
  checkFields(job, 'value', value, { amount: 'object', currency: 'text' });
}

/**
 * Writes money in full: grouped, at the currency's minor units (half-even) unless `decimals` is
 * given (an answer is shown at displayDecimals), code after. Every amount the command line, the
 * page and their copied text show is written here.
 *
 * @example
 * formatMoneyFull({ amount: new Decimal('226586102.7190332'), currency: 'USD' }) //=> '226,586,102.72 USD'
 */
export function formatMoneyFull(value: Money, decimals?: number): string {
  checkMoney('formatMoneyFull', value);
  return `${formatDecimal(value.amount, decimals ?? currencyInfo(value.currency).minorUnits)} ${value.currency}`;
}

/** The languages `formatMoneyShort` writes: every table with an output style. */
export type ShortFormatLanguage =
  'en' | 'en-IN' | 'zh' | 'zh-Hant' | 'ja' | 'ko' | 'de' | 'fr' | 'es' | 'pt' | 'ar';

/** Options for the short, prose-like form. */
export interface ShortFormatOptions {
  /** Significant figures kept (half-even), default 4. Trailing zeros are dropped (but for one that keeps three decimals from reading as a group). */
  readonly significant?: number;
  /** 'en' writes "US$226.6 million"; 'zh' writes "2.266亿美元"; 'de' writes "226,6 Mio. US-Dollar"; … */
  readonly language?: ShortFormatLanguage;
}

interface Writer {
  readonly table: Vocabulary;
  readonly style: OutputStyle;
  /** The word (or symbol) the table writes for each code it has one for. */
  readonly words: ReadonlyMap<string, string>;
}

let writers: Map<string, Writer> | undefined;

function wordsOf(tables: readonly Vocabulary[]): Map<string, string> {
  const words = new Map<string, string>();
  for (const table of tables) {
    for (const word of table.currencyWords) {
      if (word.writes !== true) continue;
      const code = word.codes.length === 1 ? word.codes[0] : word.fallback?.code;
      if (code !== undefined && !words.has(code)) words.set(code, word.token);
    }
  }
  return words;
}

/** The languages with an output style, prepared once (a map of a few dozen words each). */
function writerFor(language: string): Writer {
  writers ??= new Map(
    VOCABULARIES.flatMap((table) => {
      const style = table.output;
      if (style === undefined) return [];
      const words = wordsOf(style.order === 'symbol-first' ? [CURRENCY_SYMBOLS, table] : [table]);
      return [[style.tag, { table, style, words }] as const];
    }),
  );
  const writer = writers.get(language);
  if (writer !== undefined) return writer;
  throw optionInvalid(
    `dealcalc does not write money in "${language}"`,
    `Write in one of: ${[...writers.keys()].join(', ')}.`,
  );
}

/**
 * The languages `formatMoneyShort` writes, from the tables that have an output style.
 *
 * @example
 * shortFormatLanguages().includes('de') //=> true
 */
export function shortFormatLanguages(): string[] {
  writerFor('en');
  return [...(writers ?? new Map<string, Writer>()).keys()];
}

function plain(value: Decimal): string {
  const text = value.toFixed();
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

const VOWEL = /^[aeiouàâéèêëîïôöùûüœ]/i;

/**
 * Writes money short, as prose does in one of the tables' languages, with a chosen number of
 * significant figures: the scale words, currency words, marks and order all come from the table
 * the parser reads the same language with, so what is written reads back.
 *
 * @example
 * formatMoneyShort({ amount: new Decimal('226586102.72'), currency: 'USD' }) //=> 'US$226.6 million'
 * formatMoneyShort({ amount: new Decimal('226586102.72'), currency: 'USD' }, { language: 'zh', significant: 3 }) //=> '2.27亿美元'
 * formatMoneyShort({ amount: new Decimal('4800000000'), currency: 'USD' }, { language: 'de' }) //=> '4,8 Mrd. US-Dollar'
 * formatMoneyShort({ amount: new Decimal('19141000000000'), currency: 'USD' }, { language: 'es', significant: 5 }) //=> '19,1410 billones de dólares estadounidenses'
 */
export function formatMoneyShort(value: Money, options: ShortFormatOptions = {}): string {
  checkMoney('formatMoneyShort', value);
  checkArgument('formatMoneyShort', 'options', 'object', options);
  const { style, words } = writerFor(options.language ?? 'en');
  // Round before choosing the scale, so 999.96 million becomes 1 billion, not 1000 million.
  const rounded = roundSignificant(value.amount, options.significant ?? 4);
  const scale = style.scales.find((s) => rounded.abs().gte(new Decimal(`1e${s.exponent}`)));
  const number = scale === undefined ? rounded : rounded.div(new Decimal(`1e${scale.exponent}`));
  const text = plain(number);
  const negative = text.startsWith('-');
  const [whole = '', written] = (negative ? text.slice(1) : text).split('.');
  // The parser reads a comma (or the group mark) and exactly three digits before a scale word as a
  // thousands group ("1,500 millones" is 1.5 billion), so such a fraction gets a trailing zero:
  // "19,1410 billones" is the same number and reads back as it.
  const readAsGroup =
    scale !== undefined &&
    written?.length === 3 &&
    (style.decimalMark === ',' || style.decimalMark === style.groupMark);
  const fraction = readAsGroup ? `${written}0` : written;
  const digits = `${scale === undefined ? groupDigits(whole, style.groupMark, style.grouping) : whole}${
    fraction === undefined ? '' : `${style.decimalMark}${fraction}`
  }`;
  const sign = negative ? '-' : '';
  let scaleWord = '';
  if (scale !== undefined) {
    const singular = scale.singular;
    const useSingular =
      singular !== undefined && (singular.when === 'one' ? number.abs().eq('1') : number.abs().lt('2'));
    scaleWord = useSingular && singular ? singular.word : scale.word;
  }
  const word = words.get(value.currency);
  if (style.order === 'symbol-first') {
    const symbol = word ?? `${value.currency} `;
    return `${sign}${symbol}${digits}${scaleWord === '' ? '' : ` ${scaleWord}`}`;
  }
  const scaled = scaleWord === '' ? digits : `${digits}${style.scaleSpace}${scaleWord}`;
  if (word === undefined) return `${sign}${scaled} ${value.currency}`;
  const link = style.link;
  if (link !== undefined && scaleWord !== '') {
    const elided = link.elided !== undefined && VOWEL.test(word);
    return `${sign}${scaled} ${elided ? `${link.elided}${word}` : `${link.word} ${word}`}`;
  }
  return `${sign}${scaled}${style.currencySpace}${word}`;
}

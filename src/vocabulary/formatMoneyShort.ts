/**
 * Writing money short, as prose does in one of the languages of the tables: the writer reads the
 * same table the parser reads with, so it sits beside the tables (below parse/), not in money/.
 */
import { optionInvalid } from '../commonErrors.js';
import { Decimal } from '../money/decimal.js';
import { checkMoney, groupDigits } from '../money/format.js';
import { checkArgument } from '../requestFields.js';
import type { Money } from '../money/money.js';
import { roundSignificant } from '../money/round.js';
import { VOCABULARIES } from './index.js';
import { CURRENCY_SYMBOLS } from './symbols.js';
import type { OutputStyle, Vocabulary } from './types.js';

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

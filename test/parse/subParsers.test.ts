import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/parse/editDistance.js';
import { languageMask, languageSet, languageTags } from '../../src/parse/languages.js';
import { buildLexicon, matchLongest } from '../../src/parse/lexicon.js';
import { normalizeText } from '../../src/parse/normalize.js';
import { readCurrencyAt } from '../../src/parse/readCurrency.js';
import { interpretNumeral, readNumeralRun } from '../../src/parse/readNumber.js';
import { readSign } from '../../src/parse/readSign.js';
import { readCjkNumeral, readEnglishNumber } from '../../src/parse/readSpelledNumber.js';
import { suggestWord } from '../../src/parse/suggestWord.js';
import { skipSpace, trimmedEnd } from '../../src/parse/skipSpace.js';
import { NUMBER_NOTATIONS, VOCABULARIES } from '../../src/vocabulary/index.js';
import { parseFigure } from '../../src/parse/parseFigure.js';

const lexicon = buildLexicon(VOCABULARIES);
const ALL = lexicon.languages.all;

/** Reads a run at 0 and interprets it in a notation. */
function numeral(text: string, notation: keyof typeof NUMBER_NOTATIONS) {
  const view = normalizeText(text);
  const run = readNumeralRun(text, view, 0);
  if (run === null) throw new Error(`no run in ${text}`);
  return interpretNumeral(run.value, view.slice(0, run.next), NUMBER_NOTATIONS[notation]);
}

describe('normalizeText', () => {
  it.each([
    ['１２３億円', '123億円'], // full-width digits
    ['١٢٣', '123'], // Arabic-Indic digits
    ['۱۲۳', '123'], // Eastern Arabic-Indic digits
    ['१२३', '123'], // Devanagari digits
    ['ＵＳＤ ５', 'usd 5'], // full-width Latin letters
    ['d’euros', "d'euros"], // right single quotation mark
    ['İ', 'İ'], // a letter whose lower case is two units stays as written
  ])('normalises %s to %s, keeping the length', (text, view) => {
    expect(normalizeText(text)).toBe(view);
    expect(normalizeText(text).length).toBe(text.length);
  });
});

describe('readNumeralRun', () => {
  it.each([
    ['1,50,00,000 x', '1,50,00,000'],
    ['5, USD', '5'], // a trailing mark is left to the caller
    ['1 500 000 USD', '1 500 000'],
    ['12ر4 مليار', '12ر4'],
    ['.5m', '.5'],
  ])('reads the run of %j as %j', (text, run) => {
    expect(readNumeralRun(text, normalizeText(text), 0)?.value.text).toBe(run);
  });
  it('in running text joins digits by a space only as a thousands group', () => {
    expect(readNumeralRun('2017 500 million', '2017 500 million', 0, true)?.value.text).toBe('2017');
    expect(readNumeralRun('1 1 1', '1 1 1', 0, true)?.value.text).toBe('1');
    expect(readNumeralRun('1 500 000 yuan', '1 500 000 yuan', 0, true)?.value.text).toBe('1 500 000');
  });
  it('returns null when no digit starts here', () => {
    expect(readNumeralRun('USD 5', 'usd 5', 0)).toBeNull();
  });
});

describe('interpretNumeral: the same marks in different notations', () => {
  it.each([
    ['1,500', 'comma-thousands', '1500', ''],
    ['1,500', 'dot-thousands', '1', '500'],
    ['1.500', 'comma-thousands', '1', '500'],
    ['1.500', 'dot-thousands', '1500', ''],
    ['1 500,25', 'space-thousands', '1500', '25'],
    ["1'500'000", 'dot-thousands', '1500000', ''],
    ['1,50,00,000', 'indian', '15000000', ''],
    ['12ر4', 'arabic', '12', '4'],
    ['.5', 'comma-thousands', '', '5'],
  ] as const)('reads %s in %s as %s.%s', (text, notation, integerDigits, fractionDigits) => {
    expect(numeral(text, notation)).toMatchObject({ integerDigits, fractionDigits });
  });
  it.each([
    ['1.5.3', 'comma-thousands', 'decimal-marks'],
    ['1,5,00', 'comma-thousands', 'grouping'],
    ['1 500\u202F000', 'comma-thousands', 'grouping'], // one kind of space throughout
    ['1,500', 'indian', 'grouping'], // Indian grouping needs a group of two
    [`1${'0'.repeat(30)}`, 'comma-thousands', 'too-long'],
    [`0.${'0'.repeat(30)}1`, 'comma-thousands', 'too-long'], // zeros after the mark count
  ] as const)('refuses %s in %s: %s', (text, notation, problem) => {
    expect(numeral(text, notation)).toMatchObject({ problem });
  });
});

describe('matchLongest', () => {
  it('prefers the longest token: 万亿 over 万', () => {
    const text = '1.5万亿元';
    expect(matchLongest(lexicon.scale, text, text, 3, ALL)?.token.text).toBe('万亿');
  });
  it('does not read "m" inside a currency code', () => {
    expect(matchLongest(lexicon.scale, '5 MXN', '5 mxn', 2, ALL)).toBeNull();
  });
  it('lets any run of whitespace stand between the words of a token', () => {
    expect(matchLongest(lexicon.hedgeBefore, 'more \t than $5', 'more \t than $5', 0, ALL)?.token.text).toBe(
      'more \t than',
    );
  });
  it('keeps a case-sensitive token to its case ("Billion" is German, "billion" English only)', () => {
    const german = matchLongest(lexicon.scale, 'Billion', 'billion', 0, ALL);
    const english = matchLongest(lexicon.scale, 'billion', 'billion', 0, ALL);
    // German and Swiss German (one table each) read "Billion" as 10^12.
    expect(german?.entries.map((e) => e.meaning.exponent).sort()).toEqual([12, 12, 9]);
    expect(english?.entries.map((e) => e.meaning.exponent)).toEqual([9]);
  });
  it('finds a token past ASCII after ASCII lookups on the same kind (those tokens are filed late)', () => {
    const fresh = buildLexicon(VOCABULARIES);
    expect(matchLongest(fresh.scale, '1.5bn', '1.5bn', 3, ALL)?.token.text).toBe('bn');
    expect(fresh.scale.mayStartAt('亿', 0)).toBe(true);
    expect(matchLongest(fresh.scale, '1.5亿', '1.5亿', 3, ALL)?.entries[0]?.meaning.exponent).toBe(8);
    // Filing them late changes nothing: the same entries, in the same order, as a lexicon asked past ASCII first.
    const other = buildLexicon(VOCABULARIES);
    other.scale.mayStartAt('亿', 0);
    expect(fresh.scale.entries().map((e) => e.token)).toEqual(other.scale.entries().map((e) => e.token));
  });
  it('reads only the languages asked for', () => {
    const set = languageSet(VOCABULARIES);
    const english = languageMask(set, ['en']).mask;
    expect(matchLongest(lexicon.scale, 'Milliarden', 'milliarden', 0, english)).toBeNull();
  });
});

describe('languages', () => {
  const set = languageSet(VOCABULARIES);
  it.each([
    [['zh'], ['zh-Hans', 'zh-Hant']],
    [['en'], ['en', 'en-IN']],
    [['pt'], ['pt-BR']],
    [
      ['DE', 'fr'],
      ['de', 'de-CH', 'fr'],
    ],
  ])('reads the tags %j as %j', (tags, expected) => {
    expect(languageTags(set, languageMask(set, tags).mask)).toEqual(expected);
  });
  it('names the tags no table reads', () => {
    expect(languageMask(set, ['xx', 'de']).unknown).toEqual(['xx']);
  });
});

describe('readCurrencyAt', () => {
  const at = (text: string, scan = false) =>
    readCurrencyAt(lexicon, text, normalizeText(text), 0, ALL, { scan, position: 'after' })?.value.token
      .text ?? null;
  it('reads an ISO code over a shorter word ("RSD" over "Rs")', () => expect(at('RSD 5')).toBe('RSD'));
  it('reads a code typed in lower case when a table names it', () => expect(at('usd')).toBe('usd'));
  it('leaves lower-case words that are codes of no table alone ("all", "top")', () => {
    expect(at('all 5')).toBeNull();
    expect(at('top 5')).toBeNull();
  });
  it('in running text reads codes in capitals only, and only those a table names', () => {
    expect(at('usd', true)).toBeNull();
    expect(at('TOP', true)).toBeNull();
    expect(at('USD', true)).toBe('USD');
  });
  it('in running text reads a plain word only after the number ("won 3 games")', () => {
    const text = 'won 3';
    expect(readCurrencyAt(lexicon, text, text, 0, ALL, { scan: true, position: 'before' })).toBeNull();
  });
});

describe('readSign', () => {
  it('reads the minus sign U+2212', () => {
    expect(readSign('\u22125', 0)).toEqual({
      value: { negative: true, token: { text: '\u2212', span: { start: 0, end: 1 } } },
      next: 1,
    });
  });
});

describe('spelled-out numbers', () => {
  const english = (text: string) => readEnglishNumber(lexicon, text, normalizeText(text), 0, ALL)?.value;
  it.each([
    ['seven billion', 7, 0, 1],
    ['twenty-five million', 25, 0, 1],
    ['three hundred and ten', 310, 0, 1],
    ['a hundred', 100, 0, 1],
    ['two and a half billion', 2, 1, 2],
    ['one and three quarters', 1, 3, 4],
    ['half a billion', 0, 1, 2],
  ])('reads %s as %i + %i/%i', (text, whole, numerator, denominator) => {
    expect(english(text)).toMatchObject({ whole, numerator, denominator });
  });
  it('reads "a" alone as one that needs a scale word', () => {
    expect(english('a billion')).toMatchObject({ whole: 1, articleOnly: true });
  });
  const cjk = (text: string) => readCjkNumeral(lexicon, text, text, 0, ALL)?.value.whole ?? null;
  it.each([
    ['十五亿', 15],
    ['二十', 20],
    ['三千五百万', 3500],
    ['一百零五', 105],
    ['两千', 2000],
    ['百万', 100], // 十, 百 and 千 at the start stand for one of them: 百万 is 100 万, 千亿 1000 亿
    ['千亿', 1000],
    ['万', null], // a unit needs a digit before it, except 十, 百 and 千
  ])('reads the numerals %s as %s', (text, value) => {
    expect(cjk(text)).toBe(value);
  });
});

describe('editDistance', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('yaun', 'yuan')).toBe(1);
    expect(editDistance('bilion', 'billion')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('CYN', 'CNY')).toBe(1);
  });
  it('stops at the limit: only a band of the table is filled', () => {
    expect(editDistance('zebra', 'billion', 2)).toBe(3);
    expect(editDistance('x'.repeat(100_000), 'billion', 2)).toBe(3);
    expect(editDistance('billions', 'billion', 2)).toBe(1);
  });
});

describe('suggestWord', () => {
  it('suggests a close scale or currency word, and nothing for a far one', () => {
    expect(suggestWord(lexicon, 'trilion')).toBe('trillion');
    expect(suggestWord(lexicon, 'Renmimbi')).toBe('renminbi');
    expect(suggestWord(lexicon, 'Miliarden')).toBe('Milliarden');
    expect(suggestWord(lexicon, 'zebra')).toBeNull();
  });
  it('suggests the ISO code one edit away from three capitals', () => {
    expect(suggestWord(lexicon, 'CYN')).toBe('CNY');
  });
  it('suggests nothing when the closest words name different currencies (rupees or rubles?)', () => {
    expect(suggestWord(lexicon, 'rupels')).toBeNull();
  });
  it('gives up on a word longer than any token at once', () => {
    expect(suggestWord(lexicon, 'b'.repeat(100_000))).toBeNull();
  });
});

describe('skipSpace and trimmedEnd', () => {
  it('walk whitespace of every kind', () => {
    expect(skipSpace('\u3000\u00A0 $5', 0)).toBe(3);
    expect(trimmedEnd('$5 \t\u202F')).toBe(2);
  });
});

describe('currency signs in ASCII', () => {
  it('are "$" alone (Unicode General_Category Sc), which lets the reader skip the Unicode class for ASCII tokens', () => {
    const signs = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)).filter((c) =>
      /\p{Sc}/u.test(c),
    );
    expect(signs).toEqual(['$']);
  });

  // A sign before the number and another after it is a slip: the reader must see both signs.
  it.each(['$5$', '€5 €', 'R$5 R$', 'CN¥5 CN¥'])('still see the sign in each token of "%s"', (text) => {
    const read = parseFigure(text);
    expect(read.ok ? 'read' : read.error.code).toBe('FIGURE_REPEATED_CURRENCY');
  });

  it('see no sign in a code: "$5 USD" is five dollars', () => {
    const read = parseFigure('$5 USD');
    expect(read.ok ? read.value.currency?.code : read.error.code).toBe('USD');
  });
});

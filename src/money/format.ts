import { currencyInfo, type CurrencyCode } from './currency.js';
import { Decimal } from './decimal.js';
import type { Money } from './money.js';
import { roundHalfEven, roundSignificant } from './round.js';

/** Puts a separator between groups of three digits of a whole number written in digits. */
function groupThousands(whole: string, separator = ','): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/**
 * Writes a decimal with a fixed number of decimals (half-even) and thousands grouping.
 *
 * @example
 * formatDecimal(new Decimal('226586102.7190332'), 2) //=> '226,586,102.72'
 */
export function formatDecimal(value: Decimal, decimals: number, grouping = ','): string {
  const fixed = roundHalfEven(value, decimals).toFixed(decimals);
  const negative = fixed.startsWith('-');
  const unsigned = negative ? fixed.slice(1) : fixed;
  const [whole = '0', fraction] = unsigned.split('.');
  const grouped = groupThousands(whole, grouping);
  const isZero = /^[0.,]*$/.test(unsigned);
  return `${negative && !isZero ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/**
 * Writes money in full: grouped, at the currency's minor units (half-even), code after.
 *
 * @example
 * formatMoneyFull({ amount: new Decimal('226586102.7190332'), currency: 'USD' }) //=> '226,586,102.72 USD'
 */
export function formatMoneyFull(value: Money, decimals = currencyInfo(value.currency).minorUnits): string {
  return `${formatDecimal(value.amount, decimals)} ${value.currency}`;
}

/** Options for the short, prose-like form. */
export interface ShortFormatOptions {
  /** Significant figures kept (half-even), default 4. Trailing zeros are dropped. */
  readonly significant?: number;
  /** 'en' writes "US$226.6 million"; 'zh' writes "2.266亿美元". */
  readonly language?: 'en' | 'zh';
}

const ENGLISH_SCALES: readonly (readonly [number, string])[] = [
  [12, 'trillion'],
  [9, 'billion'],
  [6, 'million'],
];

const CHINESE_SCALES: readonly (readonly [number, string])[] = [
  [12, '万亿'],
  [8, '亿'],
  [4, '万'],
];

// Prose symbols where Intl's English symbol would be ambiguous ("$", "¥") in financial news.
const ENGLISH_SYMBOL_OVERRIDES: Readonly<Record<string, string>> = { USD: 'US$', JPY: 'JP¥', CNY: 'CN¥' };

const CHINESE_CURRENCY_WORDS: Readonly<Record<string, string>> = {
  CNY: '元',
  USD: '美元',
  HKD: '港元',
  JPY: '日元',
  EUR: '欧元',
  GBP: '英镑',
  TWD: '新台币',
  SGD: '新加坡元',
  AUD: '澳元',
  CAD: '加元',
  CHF: '瑞士法郎',
  INR: '印度卢比',
  KRW: '韩元',
};

function englishSymbol(code: CurrencyCode): string {
  const override = ENGLISH_SYMBOL_OVERRIDES[code];
  if (override) return override;
  const symbol = new Intl.NumberFormat('en', { style: 'currency', currency: code, currencyDisplay: 'symbol' })
    .formatToParts(0)
    .find((part) => part.type === 'currency')?.value;
  return symbol && symbol !== code ? symbol : `${code} `;
}

function plain(value: Decimal): string {
  const text = value.toFixed();
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

function scaled(rounded: Decimal, scales: readonly (readonly [number, string])[]): [string, string] {
  for (const [exponent, word] of scales) {
    const unit = new Decimal('10').pow(exponent);
    if (rounded.abs().gte(unit)) return [plain(rounded.div(unit)), word];
  }
  return [plain(rounded), ''];
}

/**
 * Writes money short, as prose does, with a chosen number of significant figures.
 *
 * @example
 * formatMoneyShort({ amount: new Decimal('226586102.72'), currency: 'USD' }) //=> 'US$226.6 million'
 * formatMoneyShort({ amount: new Decimal('226586102.72'), currency: 'USD' }, { language: 'zh', significant: 3 }) //=> '2.27亿美元'
 */
export function formatMoneyShort(value: Money, options: ShortFormatOptions = {}): string {
  // Round before choosing the scale, so 999.96 million becomes 1 billion, not 1000 million.
  const rounded = roundSignificant(value.amount, options.significant ?? 4);
  if (options.language === 'zh') {
    const [number, unit] = scaled(rounded, CHINESE_SCALES);
    const word = CHINESE_CURRENCY_WORDS[value.currency];
    return word ? `${number}${unit}${word}` : `${number}${unit} ${value.currency}`;
  }
  const [number, word] = scaled(rounded, ENGLISH_SCALES);
  const negative = number.startsWith('-');
  const digits = negative ? number.slice(1) : number;
  const [whole = '', fraction] = digits.split('.');
  const grouped = word ? digits : `${groupThousands(whole)}${fraction === undefined ? '' : `.${fraction}`}`;
  return `${negative ? '-' : ''}${englishSymbol(value.currency)}${grouped}${word ? ` ${word}` : ''}`;
}

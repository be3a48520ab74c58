import type { Vocabulary } from './types.js';
import { DOLLAR_CODES } from './english.js';

/**
 * Currency symbols and symbol-like aliases shared by every language, and the hedge marks
 * "~" and "≈". Symbols belong to no language: they narrow nothing about how a number is read.
 *
 * "¥" (and full-width "￥") is both the yuan and the yen: it has no fallback, so the text
 * ("元", "yuan", "yen", "円") or the `yen` option must decide. "$" falls back to USD. "kr" is
 * the krona and the krone of four countries, so it always needs a code or a word. The entries
 * marked `writes` are what `formatMoneyShort` writes in English.
 */
export const CURRENCY_SYMBOLS: Vocabulary = {
  language: 'und',
  name: 'currency symbols',
  numberNotations: [],
  scaleWords: [],
  currencyWords: [
    {
      token: '$',
      codes: DOLLAR_CODES,
      fallback: { code: 'USD', assumption: 'a bare "$" is read as US dollars' },
    },
    { token: 'US$', codes: ['USD'], writes: true },
    { token: 'U.S.$', codes: ['USD'] },
    { token: 'US $', codes: ['USD'] },
    { token: '$US', codes: ['USD'] },
    // The press's "U.S. $2 billion" and "$HK4.2bn".
    { token: 'U.S. $', codes: ['USD'] },
    { token: '$HK', codes: ['HKD'], caseSensitive: true },
    { token: '$NZ', codes: ['NZD'], caseSensitive: true },
    // Gulf and East African abbreviations written before the number: "SR12 billion", "QR5 billion", "KSh50 billion".
    { token: 'SR', codes: ['SAR'], caseSensitive: true, before: true },
    { token: 'QR', codes: ['QAR'], caseSensitive: true, before: true },
    { token: 'KSh', codes: ['KES'], caseSensitive: true, before: true },
    { token: 'Ksh', codes: ['KES'], caseSensitive: true, before: true },
    { token: 'HK$', codes: ['HKD'], writes: true },
    { token: 'S$', codes: ['SGD'], writes: true },
    { token: 'SG$', codes: ['SGD'] },
    { token: 'NT$', codes: ['TWD'], writes: true },
    { token: 'A$', codes: ['AUD'], writes: true },
    { token: 'AU$', codes: ['AUD'] },
    { token: '$A', codes: ['AUD'], caseSensitive: true },
    { token: 'C$', codes: ['CAD'], writes: true },
    { token: 'CA$', codes: ['CAD'] },
    { token: 'Can$', codes: ['CAD'] },
    { token: 'NZ$', codes: ['NZD'], writes: true },
    { token: 'MX$', codes: ['MXN'], writes: true },
    { token: 'Mex$', codes: ['MXN'] },
    { token: 'R$', codes: ['BRL'], writes: true },
    { token: 'R', codes: ['ZAR'], caseSensitive: true, weak: true },
    { token: '€', codes: ['EUR'], writes: true },
    { token: '£', codes: ['GBP'], writes: true },
    { token: 'E£', codes: ['EGP'] },
    { token: '₹', codes: ['INR'], writes: true },
    {
      token: '₨',
      codes: ['INR', 'PKR', 'LKR', 'NPR', 'MUR', 'SCR'],
      fallback: { code: 'INR', assumption: 'a bare "₨" is read as Indian rupees (INR)' },
    },
    { token: '₩', codes: ['KRW'], writes: true },
    { token: '₽', codes: ['RUB'], writes: true },
    { token: '₺', codes: ['TRY'], writes: true },
    { token: '₫', codes: ['VND'], writes: true },
    { token: '฿', codes: ['THB'], writes: true },
    { token: '₱', codes: ['PHP'], writes: true },
    { token: '₪', codes: ['ILS'], writes: true },
    { token: '₴', codes: ['UAH'], writes: true },
    { token: '₦', codes: ['NGN'], writes: true },
    { token: '₸', codes: ['KZT'], writes: true },
    { token: 'zł', codes: ['PLN'] },
    { token: 'Kč', codes: ['CZK'] },
    { token: 'Ft', codes: ['HUF'], caseSensitive: true, weak: true },
    { token: 'RM', codes: ['MYR'], caseSensitive: true, before: true },
    { token: 'Rp', codes: ['IDR'], caseSensitive: true, before: true },
    {
      token: 'Dh',
      codes: ['AED', 'MAD'],
      caseSensitive: true,
      before: true,
      fallback: { code: 'AED', assumption: 'a bare "Dh" is read as UAE dirhams (AED)' },
    },
    {
      token: 'Dhs',
      codes: ['AED', 'MAD'],
      caseSensitive: true,
      before: true,
      fallback: { code: 'AED', assumption: 'a bare "Dhs" is read as UAE dirhams (AED)' },
    },
    { token: 'kr', codes: ['SEK', 'NOK', 'DKK', 'ISK'], before: true, weak: true },
    { token: 'kr.', codes: ['SEK', 'NOK', 'DKK', 'ISK'], before: true, weak: true },
    { token: 'SFr', codes: ['CHF'], caseSensitive: true, before: true },
    { token: 'SFr.', codes: ['CHF'], caseSensitive: true },
    {
      token: 'Fr.',
      codes: ['CHF', 'XOF', 'XAF', 'XPF'],
      caseSensitive: true,
      weak: true,
      fallback: { code: 'CHF', assumption: 'a bare "Fr." is read as Swiss francs (CHF)' },
    },
    { token: 'S/', codes: ['PEN'] },
    { token: 'S/.', codes: ['PEN'] },
    { token: '¥', codes: ['CNY', 'JPY'] },
    { token: '￥', codes: ['CNY', 'JPY'] },
    { token: 'CN¥', codes: ['CNY'], writes: true },
    { token: 'RMB¥', codes: ['CNY'] },
    { token: 'JP¥', codes: ['JPY'], writes: true },
    { token: 'SDR', codes: ['XDR'], caseSensitive: true },
    { token: 'SDRs', codes: ['XDR'], caseSensitive: true },
  ],
  hedgeWords: [
    { token: '~', kind: 'approximate' },
    { token: '≈', kind: 'approximate' },
  ],
  rangeWords: [
    { token: '-', role: 'to' },
    { token: '–', role: 'to' },
    { token: '—', role: 'to' },
    { token: '~', role: 'to' },
  ],
  percentWords: [{ token: '%' }, { token: '٪' }],
};

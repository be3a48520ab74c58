import { renderHint, wordsForSetting, type ErrorInfo, type Setting } from '../errors.js';

const FLAGS: Readonly<Record<Setting, string>> = {
  date: '--on',
  source: '--source',
  policy: '--policy',
  maxAgeDays: '--max-age',
  yen: '--yen',
  dataDir: '--data-dir',
  to: '<currency>',
  dateColumn: '--date-column',
  amountColumn: '--amount-column',
  currencyColumn: '--currency-column',
};

/**
 * An error's hint with the settings it names written as this command line's flags.
 *
 * @example
 * hintForCli({ code: 'RATE_TOO_OLD', kind: 'data', message: 'm', hint: 'h', hintTemplate: 'Allow it with {maxAgeDays=9}.' })
 * //=> 'Allow it with --max-age 9.'
 */
export function hintForCli(error: ErrorInfo): string {
  if (error.hintTemplate === undefined) return error.hint;
  // A setting with a value reads as the flag ("--max-age 9"); without, as words and flag ("date (--on)").
  return renderHint(error.hintTemplate, (setting, value) =>
    value === undefined
      ? `${wordsForSetting(setting, undefined)} (${FLAGS[setting]})`
      : `${FLAGS[setting]} ${value}`,
  );
}

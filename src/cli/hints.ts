import { renderHint, wordsForSetting, type ErrorInfo, type Setting } from '../errors.js';

const FLAGS: Readonly<Record<Setting, string>> = {
  date: '--on',
  source: '--source',
  policy: '--policy',
  maxAgeDays: '--max-age',
  yen: '--yen',
  notation: '--notation',
  dataDir: '--data-dir',
  to: '<currency>',
  userDir: '--user-dir',
  newerRates: '`dealcalc rates update ecb|fred` or `dealcalc rates import <format> <file>`',
  replace: '--replace',
  importAs: '--as',
  dateColumn: '--date-column',
  amountColumn: '--amount-column',
  currencyColumn: '--currency-column',
  dateFormat: '--date-format',
  fullPrecision: '--json',
};

/**
 * An error's hint with the settings it names written as this command line's flags.
 *
 * @example
 * hintForCli({ code: 'RATE_TOO_OLD', message: 'm', hint: 'h', hintTemplate: 'Allow it with {maxAgeDays=9}.' })
 * //=> 'Allow it with --max-age 9.'
 */
export function hintForCli(error: ErrorInfo): string {
  if (error.hintTemplate === undefined) return error.hint;
  return renderHint(error.hintTemplate, cliSettingName);
}

/**
 * A setting as this command line names it: with a value, the flag ("--max-age 9"); without, words
 * and flag ("date (--on)"). `flags` overrides a flag where a command names a setting otherwise.
 *
 * @example
 * cliSettingName('maxAgeDays', '9') //=> '--max-age 9'
 * cliSettingName('source', undefined) //=> 'rate source (--source)'
 * cliSettingName('to', 'USD', { to: '--to' }) //=> '--to USD'
 */
export function cliSettingName(
  setting: Setting,
  value: string | undefined,
  flags: Partial<Record<Setting, string>> = {},
): string {
  const flag = flags[setting] ?? FLAGS[setting];
  return value === undefined ? `${wordsForSetting(setting, undefined)} (${flag})` : `${flag} ${value}`;
}

/**
 * A setting as this command line names it inside a command's output (not a hint): the flag alone,
 * and where full precision is ("--json gives full precision"). The core's renderers name settings
 * in words unless a shell passes its own namer, so the page and the library never print a flag.
 *
 * @example
 * cliOutputName('date', undefined) //=> '--on'
 * cliOutputName('fullPrecision', undefined) //=> '--json gives full precision'
 * cliOutputName('fullPrecision', 'csv') //=> '--json and --csv give full precision'
 */
export function cliOutputName(setting: Setting, value: string | undefined): string {
  if (setting === 'fullPrecision') {
    return value === 'csv' ? '--json and --csv give full precision' : '--json gives full precision';
  }
  return FLAGS[setting];
}

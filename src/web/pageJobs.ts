import { optionInvalid } from '../commonErrors.js';
/**
 * The core calls the page makes, one per panel, from the page's state: the same functions the
 * command line calls (scanText, convertToEach, stakeFromText, impliedFromText) with the same
 * defaults, so that a verdict on the page is the verdict of `dealcalc scan` and `dealcalc check`.
 * Nothing here decides anything of the domain; it only maps fields to requests.
 */
import { renderHint, wordsForSetting, type ErrorInfo, type Setting } from '../errors.js';
import { scanText, type ScanRequest, type ScanResult } from '../check/scanText.js';
import { convertToEach, type ConvertAnswer, type ConvertRequest } from '../fx/convertJob.js';
import type { IsoDate } from '../fx/types.js';
import { impliedFromText, stakeFromText, type DealTextOptions } from '../deal/dealJobs.js';
import type { ImpliedResult, StakeResult } from '../deal/types.js';
import type { RateStore } from '../store/rateStore.js';
import type { ConvertFields, ImpliedFields, PageState, StakeFields } from './pageState.js';

/**
 * The scan request of the story panel: the text, the day set (else the text's), the source and
 * the check settings.
 *
 * @example
 * storyRequest({ ...INITIAL_STATE, text: 'x', on: '2017-11-15', source: 'imf', window: '5' })
 * //=> { text: 'x', on: '2017-11-15', source: 'imf', windowDays: 5 }
 * storyRequest({ ...INITIAL_STATE, text: 'x', notation: 'decimal-point' })
 * //=> { text: 'x', source: 'all', notation: 'decimal-point' }
 */
export function storyRequest(state: PageState): ScanRequest {
  const window = state.window.trim();
  if (window !== '' && !/^\d{1,4}$/.test(window)) {
    throw optionInvalid(
      `window "${state.window}" is not a whole number of days`,
      'Give the window in days, e.g. 10.',
    );
  }
  return {
    text: state.text,
    ...(state.on === '' ? {} : { on: state.on }),
    source: state.source,
    ...(state.yen === '' ? {} : { yen: state.yen }),
    ...(state.notation === '' ? {} : { notation: state.notation }),
    ...(state.tolerance.trim() === '' ? {} : { tolerancePct: state.tolerance }),
    ...(window === '' ? {} : { windowDays: parseInt(window, 10) }),
  };
}

/**
 * Scans the story of the page's state.
 *
 * @example
 * checkStory(openShippedStore(), { ...INITIAL_STATE, text: '15 November 2017: about 1.5 billion yuan ($227 million).' }).pairs[0].check.verdict
 * //=> 'consistent'
 */
export function checkStory(store: RateStore, state: PageState): ScanResult {
  return scanText(store, storyRequest(state));
}

/**
 * The converter's request: the figure, the currencies (comma-separated), the day ('' for the
 * latest, whose age is said against `today`), the source ('' for the preferred one).
 *
 * @example
 * convertRequest({ figure: '1.5 billion yuan', to: 'USD, EUR', on: '', source: '' }, '2026-11-28')
 * //=> { figure: '1.5 billion yuan', to: ['USD', 'EUR'], today: '2026-11-28' }
 */
export function convertRequest(fields: ConvertFields, today: IsoDate): ConvertRequest {
  const to = fields.to.split(',').map((t) => t.trim());
  if (to.some((t) => t === '')) {
    throw optionInvalid(
      fields.to.trim() === '' ? 'no currency to convert to' : `"${fields.to}" names an empty currency`,
      'Name one {to}, or several separated by commas: USD, EUR.',
    );
  }
  return {
    figure: fields.figure,
    to,
    ...(fields.on === '' ? {} : { on: fields.on }),
    today,
    ...(fields.source === '' ? {} : { source: fields.source }),
  };
}

/**
 * Converts as the converter's fields say.
 *
 * @example
 * convertFromFields(openShippedStore(), { figure: '1.5 billion yuan', to: 'USD', on: '2017-11-15', source: '' }, '2026-11-28').conversions[0].to.amount.toFixed(2)
 * //=> '226586102.72'
 */
export function convertFromFields(store: RateStore, fields: ConvertFields, today: IsoDate): ConvertAnswer {
  return convertToEach(store, convertRequest(fields, today));
}

function dealOptions(fields: { on: IsoDate | ''; in: string; source: string }): DealTextOptions {
  return {
    ...(fields.on === '' ? {} : { on: fields.on }),
    ...(fields.in.trim() === '' ? {} : { in: fields.in.trim() }),
    ...(fields.source === '' ? {} : { source: fields.source }),
  };
}

/**
 * Answers the stake form: the investment, and the valuation as post-money, pre-money or not said
 * (both readings).
 *
 * @example
 * stakeFromFields(openShippedStore(), { invest: '$227 million', valuation: '$2 billion', kind: 'post', on: '', in: '', source: '' }).stake.percent.toFixed(2)
 * //=> '11.35'
 */
export function stakeFromFields(store: RateStore, fields: StakeFields): StakeResult {
  return stakeFromText(store, {
    invest: [fields.invest],
    ...(fields.kind === 'post'
      ? { post: fields.valuation }
      : fields.kind === 'pre'
        ? { pre: fields.valuation }
        : { valuation: fields.valuation }),
    ...dealOptions(fields),
  });
}

/**
 * Answers the implied-valuation form: post-money = investment ÷ stake.
 *
 * @example
 * impliedFromFields(openShippedStore(), { invest: '$240 million', stake: '1.6%', on: '', in: '', source: '' }).postMoney.amount.toString()
 * //=> '15000000000'
 */
export function impliedFromFields(store: RateStore, fields: ImpliedFields): ImpliedResult {
  return impliedFromText(store, { invest: fields.invest, stake: fields.stake, ...dealOptions(fields) });
}

/** How the page names the settings a hint speaks of: the controls a reader can change. */
const CONTROLS: Readonly<Partial<Record<Setting, (value: string | undefined) => string>>> = {
  date: (v) => (v === undefined ? 'date (the Date field)' : `the date ${v} (the Date field)`),
  source: (v) =>
    v === undefined ? 'rate source (the Rate source menu)' : `the rate source ${v} (the Rate source menu)`,
  yen: (v) => (v === undefined ? 'reading of "¥" (the ¥ means menu)' : `"¥" read as ${v} (the ¥ means menu)`),
  to: (v) => (v === undefined ? 'currency to convert to (the To field)' : `the currency ${v} (the To field)`),
  notation: (v) =>
    v === undefined
      ? 'number notation (the Numbers are written menu)'
      : `the number notation ${v} (the Numbers are written menu)`,
};

/**
 * An error as the page says it: the message, and the hint naming the page's controls.
 *
 * @example
 * errorText({ code: 'SCAN_NO_DATE', message: 'the text says no date', hint: 'h', hintTemplate: "Give the story's day as the {date}." }).hint
 * //=> "Give the story's day as the date (the Date field)."
 */
export function errorText(error: ErrorInfo): {
  readonly message: string;
  readonly hint: string;
  readonly code: string;
} {
  const hint =
    error.hintTemplate === undefined
      ? error.hint
      : renderHint(error.hintTemplate, (setting, value) =>
          (CONTROLS[setting] ?? ((v) => wordsForSetting(setting, v)))(value),
        );
  return { message: error.message, hint, code: error.code };
}

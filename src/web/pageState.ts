/**
 * The page's state, and its form in the address: everything a colleague needs to see the same
 * check (the tab, the day, the source, the selected pair, the forms' fields), in the fragment
 * after "#", which browsers never send to a server. The story's text is left out unless the
 * user asks for a link that carries it.
 */
import { isIsoDate } from '../fx/calendar.js';
import type { IsoDate } from '../fx/types.js';

/** The page's panels. */
export type PageTab = 'story' | 'convert' | 'stake' | 'implied';

/** What the valuation of a stake question is. */
export type ValuationKind = 'post' | 'pre' | 'valuation';

/** The converter's fields. */
export interface ConvertFields {
  readonly figure: string;
  /** One currency, or several separated by commas. */
  readonly to: string;
  /** '' for the latest rates. */
  readonly on: IsoDate | '';
  /** '' for the preferred source. */
  readonly source: string;
}

/** The stake form's fields. */
export interface StakeFields {
  readonly invest: string;
  readonly valuation: string;
  readonly kind: ValuationKind;
  readonly on: IsoDate | '';
  /** The reporting currency ('' for the valuation's). */
  readonly in: string;
  readonly source: string;
}

/** The implied-valuation form's fields. */
export interface ImpliedFields {
  readonly invest: string;
  readonly stake: string;
  readonly on: IsoDate | '';
  readonly in: string;
  readonly source: string;
}

/** Everything the page shows, as plain data. */
export interface PageState {
  readonly tab: PageTab;
  /** The story; kept out of the address unless a link with the text is asked for. */
  readonly text: string;
  /** The story's day as the user set it; '' to use the date written in the text. */
  readonly on: IsoDate | '';
  /** 'all', or one source id. */
  readonly source: string;
  /** How a lone "¥" is read: '' lets the words of the figure decide. */
  readonly yen: '' | 'CNY' | 'JPY';
  /**
   * The decimal mark the story's figures are written with, where a figure's marks read two ways
   * ("1,500 millones": Mexico's thousands, Spain's decimals); '' lets the currency and words decide.
   */
  readonly notation: '' | 'decimal-point' | 'decimal-comma';
  /** The tolerance of "close", in percent ('' for the default). */
  readonly tolerance: string;
  /** Days around the day to list fitting days for ('' for the default). */
  readonly window: string;
  /** The selected pair, by its index in the story. */
  readonly pair: number | null;
  readonly convert: ConvertFields;
  readonly stake: StakeFields;
  readonly implied: ImpliedFields;
}

/** The state of a page opened without anything in its address. */
export const INITIAL_STATE: PageState = {
  tab: 'story',
  text: '',
  on: '',
  source: 'all',
  yen: '',
  notation: '',
  tolerance: '',
  window: '',
  pair: null,
  convert: { figure: '', to: 'USD', on: '', source: '' },
  stake: { invest: '', valuation: '', kind: 'valuation', on: '', in: '', source: '' },
  implied: { invest: '', stake: '', on: '', in: '', source: '' },
};

/** The longest field and text read from an address; longer ones are ignored. */
const MAX_FIELD = 500;
const MAX_TEXT = 200_000;

const TABS: readonly PageTab[] = ['story', 'convert', 'stake', 'implied'];
const KINDS: readonly ValuationKind[] = ['post', 'pre', 'valuation'];

/** The address key of every field, short so that links stay short. */
const KEYS = {
  tab: 'tab',
  text: 'text',
  on: 'on',
  source: 'source',
  yen: 'yen',
  notation: 'notation',
  tolerance: 'tolerance',
  window: 'window',
  pair: 'pair',
  convert: { figure: 'c.figure', to: 'c.to', on: 'c.on', source: 'c.source' },
  stake: {
    invest: 's.invest',
    valuation: 's.valuation',
    kind: 's.kind',
    on: 's.on',
    in: 's.in',
    source: 's.source',
  },
  implied: { invest: 'i.invest', stake: 'i.stake', on: 'i.on', in: 'i.in', source: 'i.source' },
} as const;

function field(params: URLSearchParams, key: string, fallback: string): string {
  const value = params.get(key);
  return value === null || value.length > MAX_FIELD ? fallback : value;
}

function day(params: URLSearchParams, key: string): IsoDate | '' {
  const value = params.get(key);
  return value !== null && isIsoDate(value) ? value : '';
}

function oneOf<T extends string>(
  params: URLSearchParams,
  key: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = params.get(key);
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function pairIndex(params: URLSearchParams): number | null {
  const value = params.get(KEYS.pair);
  return value !== null && /^\d{1,5}$/.test(value) ? parseInt(value, 10) : null;
}

/**
 * Reads the state from an address fragment ("#tab=convert&c.figure=…"). Anything it does not
 * recognise, or that is not well formed, is left at its initial value: an address is user input.
 *
 * @param hash - location.hash, with or without its "#"
 * @returns the state
 *
 * @example
 * stateFromHash('#on=2017-11-15&source=fred-h10&pair=0').on //=> '2017-11-15'
 * stateFromHash('#on=2017-02-30&tab=nope').on //=> ''
 * stateFromHash('#notation=decimal-point').notation //=> 'decimal-point'
 * stateFromHash('#tab=convert&c.figure=15%E4%BA%BF%E5%85%83').convert.figure //=> '15亿元'
 */
export function stateFromHash(hash: string): PageState {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const initial = INITIAL_STATE;
  const text = params.get(KEYS.text);
  const c = KEYS.convert;
  const s = KEYS.stake;
  const i = KEYS.implied;
  return {
    tab: oneOf(params, KEYS.tab, TABS, initial.tab),
    text: text !== null && text.length <= MAX_TEXT ? text : '',
    on: day(params, KEYS.on),
    source: field(params, KEYS.source, initial.source),
    yen: oneOf(params, KEYS.yen, ['', 'CNY', 'JPY'] as const, ''),
    notation: oneOf(params, KEYS.notation, ['', 'decimal-point', 'decimal-comma'] as const, ''),
    tolerance: field(params, KEYS.tolerance, ''),
    window: field(params, KEYS.window, ''),
    pair: pairIndex(params),
    convert: {
      figure: field(params, c.figure, initial.convert.figure),
      to: field(params, c.to, initial.convert.to),
      on: day(params, c.on),
      source: field(params, c.source, ''),
    },
    stake: {
      invest: field(params, s.invest, ''),
      valuation: field(params, s.valuation, ''),
      kind: oneOf(params, s.kind, KINDS, initial.stake.kind),
      on: day(params, s.on),
      in: field(params, s.in, ''),
      source: field(params, s.source, ''),
    },
    implied: {
      invest: field(params, i.invest, ''),
      stake: field(params, i.stake, ''),
      on: day(params, i.on),
      in: field(params, i.in, ''),
      source: field(params, i.source, ''),
    },
  };
}

/**
 * Writes the state as an address fragment, leaving out what is at its initial value. The story's
 * text is written only with `includeText`.
 *
 * @param state - the page's state
 * @param options - includeText: put the story in the link (the user asked for it)
 * @returns the fragment, starting with "#" (or '' when everything is initial)
 *
 * @example
 * hashFromState({ ...INITIAL_STATE, on: '2017-11-15', text: 'secret' }) //=> '#on=2017-11-15'
 * hashFromState({ ...INITIAL_STATE, text: 'a b' }, { includeText: true }) //=> '#text=a+b'
 */
export function hashFromState(state: PageState, options: { readonly includeText?: boolean } = {}): string {
  const params = new URLSearchParams();
  const put = (key: string, value: string, initial: string) => {
    if (value !== initial) params.set(key, value);
  };
  const initial = INITIAL_STATE;
  put(KEYS.tab, state.tab, initial.tab);
  if (options.includeText === true) put(KEYS.text, state.text, '');
  put(KEYS.on, state.on, '');
  put(KEYS.source, state.source, initial.source);
  put(KEYS.yen, state.yen, '');
  put(KEYS.notation, state.notation, '');
  put(KEYS.tolerance, state.tolerance, '');
  put(KEYS.window, state.window, '');
  if (state.pair !== null) params.set(KEYS.pair, String(state.pair));
  for (const [group, keys] of [
    ['convert', KEYS.convert],
    ['stake', KEYS.stake],
    ['implied', KEYS.implied],
  ] as const) {
    const values = state[group] as unknown as Record<string, string>;
    const initials = initial[group] as unknown as Record<string, string>;
    for (const [name, key] of Object.entries(keys)) put(key, values[name] ?? '', initials[name] ?? '');
  }
  const text = params.toString();
  return text === '' ? '' : `#${text}`;
}

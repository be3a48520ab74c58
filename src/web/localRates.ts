/**
 * Rate files a reader brings into the page: read by the parsers of `dealcalc rates import`
 * (src/store/formats) and planned into a store by the same planImport, kept in memory (the shell
 * keeps the files' text in the browser's storage until the reader removes them). Every source
 * made here is named as the reader's own.
 */
import { DealCalcError, errorFrom } from '../errors.js';
import { parseImport } from '../store/formats/index.js';
import type { ImportFormat } from '../store/formats/types.js';
import { planImport, RESERVED_SOURCE_IDS } from '../store/importPlan.js';
import type { Manifest } from '../store/manifest.js';
import { openRateStore, type RateStore } from '../store/rateStore.js';
import { sha256Hex } from './sha256.js';

/** One file the reader brought: its format, its name, its text, its source id and when it came. */
export interface LocalRatesFile {
  readonly id: string;
  readonly format: ImportFormat;
  readonly name: string;
  readonly text: string;
  /** When it was brought, ISO 8601 UTC, as the shell said. */
  readonly at: string;
}

/** A file that could not be read, and why (its error's message and hint). */
export interface LocalRatesProblem {
  readonly name: string;
  readonly message: string;
}

/** The reader's files as one store, and those that were refused. */
export interface LocalRates {
  /** Undefined when no file could be read. */
  readonly store: RateStore | undefined;
  readonly problems: readonly LocalRatesProblem[];
}

/** What every source made from a reader's file says of itself, after its name. */
export const LOCAL_MARK = 'yours, kept in this browser';

const sha256Text = (text: string) => sha256Hex(new TextEncoder().encode(text));

/**
 * The source id a brought file takes: my-ecb for the ECB's history (dealcalc ships ecb), else the
 * file's name without its extension, in the letters a source id allows; never one already taken.
 *
 * @example
 * localSourceId('ecb', 'eurofxref-hist.csv', []) //=> 'my-ecb'
 * localSourceId('csv', 'House Rates.csv', ['house-rates']) //=> 'house-rates-2'
 * localSourceId('ledger', 'prices.journal', ['fred-h10']) //=> 'prices'
 */
export function localSourceId(format: ImportFormat, name: string, taken: readonly string[]): string {
  const stem = name
    .replace(/\.[^.]*$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .slice(0, 36);
  const base =
    format === 'ecb' ? 'my-ecb' : stem === '' || RESERVED_SOURCE_IDS.includes(stem) ? format : stem;
  let id = base;
  for (let n = 2; taken.includes(id); n += 1) id = `${base}-${n}`;
  return id;
}

/**
 * Reads the reader's files into one store, each file a source of its own, in the order given;
 * a file that does not read (or whose id is a shipped table's) is left out and said in `problems`.
 *
 * @param files - the files, as the shell kept them
 * @param shippedIds - the ids of the tables the page was given, which a file may never take
 * @returns the store (undefined when no file reads) and the problems
 *
 * @example
 * const local = localRates([{ id: 'house', format: 'csv', name: 'house.csv', text: 'date,base,quote,rate\n2026-12-01,USD,CNY,7.10\n', at: '2026-12-07T00:00:00Z' }], ['fred-h10']);
 * local.store.source('house').info.name //=> 'rates imported from house.csv (yours, kept in this browser)'
 * localRates([{ id: 'bad', format: 'csv', name: 'bad.csv', text: 'nonsense', at: '2026-12-07T00:00:00Z' }], []).problems.length //=> 1
 */
export function localRates(files: readonly LocalRatesFile[], shippedIds: readonly string[]): LocalRates {
  const texts = new Map<string, string>();
  let manifest: Manifest | undefined;
  let store: RateStore | undefined;
  const problems: LocalRatesProblem[] = [];
  for (const file of files) {
    try {
      const parsed = parseImport(file.format, file.text, file.name);
      if (!parsed.ok) throw errorFrom(parsed.error);
      const plan = planImport(store, parsed.value, {
        id: file.id,
        shippedIds,
        file: file.name,
        fileSha256: sha256Text(file.text),
        at: file.at,
        sha256: sha256Text,
      });
      for (const planned of plan.files) texts.set(planned.path, planned.text);
      manifest = {
        format: 1,
        sources: plan.manifest.sources.map((s) =>
          s.name.endsWith(`(${LOCAL_MARK})`) ? s : { ...s, name: `${s.name} (${LOCAL_MARK})` },
        ),
      };
      store = openRateStore(
        manifest,
        {
          read: (series) => {
            const text = texts.get(series.file);
            if (text === undefined) throw new Error(`unreachable: ${series.file} was planned`);
            return text;
          },
        },
        { trusted: false, origin: 'this browser' },
      );
    } catch (error) {
      if (!(error instanceof DealCalcError)) throw error;
      problems.push({ name: file.name, message: `${error.message}. ${error.hint}` });
    }
  }
  return { store, problems };
}

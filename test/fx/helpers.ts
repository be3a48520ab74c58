import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openShippedStore } from '../../src/node/openStore.js';
import { toCurrencyCode, type CurrencyCode } from '../../src/money/currency.js';
import type { RateSource } from '../../src/fx/types.js';

/** The repository root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The shipped tables (run `npm run build && npm run data` first). */
export const DATA_DIR = join(ROOT, 'data');

/** Fed H.10 noon buying rates, as shipped. */
export const fred = (): RateSource => openShippedStore().source('fred-h10');
/** IMF rates per SDR, as shipped. */
export const imf = (): RateSource => openShippedStore().source('imf');
/** A currency code. */
export const c = (code: string): CurrencyCode => toCurrencyCode(code);

/** Runs fn, returns the DealCalcError it throws (fails the test if it does not throw). */
export function caught(fn: () => unknown): { code: string; kind: string; message: string; hint: string } {
  try {
    fn();
  } catch (error) {
    return error as { code: string; kind: string; message: string; hint: string };
  }
  throw new Error('expected an error');
}

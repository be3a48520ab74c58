import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

let shipped: string | undefined;

/**
 * The rate tables shipped with the package: `<package root>/data`. The root is found by walking
 * up from this module to the package.json named "dealcalc", so the answer is the same whether
 * the code runs from src/ (tests), dist/ (the library) or the bundled CLI.
 *
 * @example
 * shippedDataDir().endsWith('data') //=> true
 */
export function shippedDataDir(): string {
  if (shipped !== undefined) return shipped;
  // import.meta.dirname, not a file URL turned back into a path: the bundled CLI has its folder at
  // hand, and making a URL loads node:url's code in every start.
  let dir = import.meta.dirname;
  for (let depth = 0; depth < 6; depth += 1) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'dealcalc') {
          shipped = join(dir, 'data');
          return shipped;
        }
      } catch {
        // Not our package.json; keep walking up.
      }
    }
    dir = dirname(dir);
  }
  // Beside the module, as a last resort; reading it then says plainly that nothing is there.
  shipped = join(import.meta.dirname, 'data');
  return shipped;
}

/** Where a rate store's folder was named. */
export type DataDirOrigin = 'option' | 'environment' | 'shipped';

/**
 * The one rule for which folder holds the rate tables: the option, else the DEALCALC_DATA_DIR
 * environment variable, else the shipped tables. An empty option is not "unset": the caller
 * reports it (reading the current folder instead would be a silent guess); an empty variable is.
 *
 * @example
 * resolveDataDir(undefined, undefined).origin //=> 'shipped'
 * resolveDataDir('/tmp/rates', '/elsewhere').dir //=> '/tmp/rates'
 */
export function resolveDataDir(
  option: string | undefined,
  environment: string | undefined,
): { readonly dir: string; readonly origin: DataDirOrigin } {
  if (option !== undefined) return { dir: option, origin: 'option' };
  // An empty variable is unset, as shells mean it (`DEALCALC_DATA_DIR= dealcalc …`).
  if (environment !== undefined && environment !== '') return { dir: environment, origin: 'environment' };
  return { dir: shippedDataDir(), origin: 'shipped' };
}

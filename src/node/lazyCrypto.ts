import { createRequire } from 'node:module';

let loaded: typeof import('node:crypto') | undefined;

/**
 * node:crypto, loaded on first use: loading it starts OpenSSL, about 12 ms that a conversion of
 * the shipped tables (verified by the build, see dataStamp.ts) never needs to spend.
 *
 * @example
 * lazyCrypto().createHash('sha256').update('abc').digest('hex').slice(0, 8) //=> 'ba7816bf'
 */
export function lazyCrypto(): typeof import('node:crypto') {
  loaded ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return loaded;
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../src/store/manifest.js';
import { parseSeriesCsv, readVerifiedSeriesCsv, seriesDates } from '../../src/fx/table.js';
import { allCurrencyCodes, currencyInfo, type CurrencyCode } from '../../src/money/currency.js';
import { DATA_DIR } from '../fx/helpers.js';

describe('shipped tables, as the CLI reads them', () => {
  const parsed = parseManifest(readFileSync(join(DATA_DIR, 'manifest.json'), 'utf8'), 'manifest.json');
  if (!parsed.ok) throw new Error(parsed.error.message);
  const manifest = parsed.value;
  const all = manifest.sources.flatMap((source) => source.series);

  it('reads every series the same with the checksum-trusting reader as with the validating one', () => {
    for (const entry of all) {
      const text = readFileSync(join(DATA_DIR, entry.file), 'utf8');
      const meta = {
        file: entry.file,
        id: entry.id,
        currency: entry.currency as CurrencyCode,
        base: entry.base as CurrencyCode,
        quote: entry.quote as CurrencyCode,
      };
      const checked = parseSeriesCsv(text, meta);
      const trusted = readVerifiedSeriesCsv(text, meta);
      expect(trusted.size, entry.file).toBe(checked.size);
      expect(seriesDates(trusted), entry.file).toEqual(seriesDates(checked));
      for (let i = 0; i < checked.size; i += 997) expect(trusted.valueAt(i)).toBe(checked.valueAt(i));
      expect(trusted.valueAt(trusted.size - 1)).toBe(checked.valueAt(checked.size - 1));
    }
  });

  // The directory is CLDR's (pinned packages); Node's Intl is built from CLDR too, so where this
  // Node's CLDR is the same release they must agree. RSD is the one known difference: CLDR's
  // currencyData says 0 digits, ICU reports ISO 4217's 2.
  it.skipIf(process.versions.cldr !== '48.0')('agrees with this Node\'s Intl (CLDR 48.0) on every code but RSD', () => {
    const names = new Intl.DisplayNames(['en'], { type: 'currency', fallback: 'none' });
    const codes = allCurrencyCodes();
    expect(codes.length).toBeGreaterThan(300);
    const differences: string[] = [];
    for (const code of codes) {
      const digits = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits;
      const info = currencyInfo(code as CurrencyCode);
      if (info.minorUnits !== digits) differences.push(`${code} digits ${info.minorUnits} vs ${String(digits)}`);
      if (names.of(code) !== info.name) differences.push(`${code} name ${info.name} vs ${String(names.of(code))}`);
    }
    expect(differences).toEqual(['RSD digits 0 vs 2']);
  });
});

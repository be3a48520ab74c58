import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCurrencyDirectory, readManifest } from '../../src/cli/loadData.js';
import { parseSeriesCsv, readVerifiedSeriesCsv, seriesDates } from '../../src/fx/table.js';
import { currencyInfo, toCurrencyCode, type CurrencyCode } from '../../src/money/currency.js';
import { DATA_DIR } from '../fx/helpers.js';

describe('shipped tables, as the CLI reads them', () => {
  const manifest = readManifest(DATA_DIR);
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

  it('ships a currency table that agrees with Intl on every code', () => {
    const directory = loadCurrencyDirectory(DATA_DIR);
    const table = JSON.parse(readFileSync(join(DATA_DIR, 'currencies.json'), 'utf8')) as {
      currencies: Record<string, unknown>;
    };
    const codes = Object.keys(table.currencies);
    expect(codes.length).toBeGreaterThan(150);
    for (const code of codes) {
      expect(directory(code as CurrencyCode), code).toEqual(currencyInfo(toCurrencyCode(code)));
    }
  });
});

/**
 * Issue 10's "done when", on the ECB's real history (../shared/data/ecb/eurofxref-hist.csv, read
 * from there, never committed): imported as the user's `my-ecb` (the default id: dealcalc ships
its own `ecb` table from the same file), 1.5 billion yuan on 2017-11-14 is
 * 1,500,000,000 × 1.1745 / 7.7950 = 226,010,262.99 USD, a cross through EUR; 2026-04-13, the
 * file's last day, works too.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Decimal } from '../../src/money/decimal.js';
import { makeZip } from '../node/zipHelper.js';
import { ECB_HISTORY as ECB_FILE } from './ecbFile.js';
import { dealcalc } from './helpers.js';

const HAS_HISTORY = ECB_FILE !== undefined;
const ECB_HISTORY = ECB_FILE ?? '';
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dealcalc-ecb-'));
  temps.push(dir);
  return dir;
}

describe.skipIf(!HAS_HISTORY)(
  `the ECB history imported as my-ecb (${HAS_HISTORY ? ECB_HISTORY : 'skipped: ../shared/data/ecb/eurofxref-hist.csv is not on this machine'})`,
  () => {
    const home = tempDir();
    const env = { XDG_DATA_HOME: home };

    // 217,555 rates per import: seconds on a loaded machine.
    it('imports every rate of the file, N/A left out', { timeout: 60_000 }, async () => {
      const r = await dealcalc(['rates', 'import', 'ecb', ECB_HISTORY, '--json'], { env });
      expect(r.code).toBe(0);
      const summary = r.json as {
        added: number;
        series: { currency: string; rows: number }[];
        firstDate: string;
        lastDate: string;
      };
      // Counted independently: every cell of the file that is not "N/A" (and not the date).
      const cells = readFileSync(ECB_HISTORY, 'utf8')
        .split('\n')
        .slice(1)
        .filter((l) => l !== '')
        .flatMap((l) => l.split(',').slice(1))
        .filter((cell) => cell !== '' && cell !== 'N/A');
      expect(summary.added).toBe(cells.length);
      expect([summary.firstDate, summary.lastDate]).toEqual(['1999-01-04', '2026-04-13']);
      expect(summary.series.find((s) => s.currency === 'CNY')?.rows).toBeGreaterThan(5000);
    });

    it('converts 1.5 billion yuan on 2017-11-14 at the ECB cross through EUR: 226,010,262.99 USD', async () => {
      const text = await dealcalc(
        ['convert', '1.5 billion yuan', 'USD', '--on', '2017-11-14', '--source', 'my-ecb'],
        { env },
      );
      expect(text.stdout.split('\n')[0]).toBe('1,500,000,000.00 CNY = 226,010,262.99 USD');
      expect(text.stdout).toContain('cross through EUR');
      expect(text.stdout).toContain(
        '1 EUR = 7.795 CNY (the yuan series of my-ecb, 2017-11-14) and 1 EUR = 1.1745 USD (the US dollar series of my-ecb, 2017-11-14)',
      );
      const json = (
        await dealcalc(
          ['convert', '1.5 billion yuan', 'USD', '--on', '2017-11-14', '--source', 'my-ecb', '--json'],
          { env },
        )
      ).json as {
        to: { amount: string };
        rate: { derivation: string; value: string };
      };
      expect(json.to.amount).toBe(new Decimal('1500000000').times('1.1745').div('7.7950').toString());
      expect(json.rate.derivation).toBe('cross');
      // In the market direction the cross is 7.7950 / 1.1745 = 6.63687 CNY per USD (issue 10).
      expect(new Decimal('1').div(json.rate.value).toFixed(5)).toBe('6.63687');
    });

    it('converts on 2026-04-13, the file’s last day; without --source the user’s own table answers first', async () => {
      const explicit = await dealcalc(
        ['convert', '1.5 billion yuan', 'USD', '--on', '2026-04-13', '--source', 'my-ecb'],
        { env },
      );
      expect(explicit.code).toBe(0);
      const preferred = await dealcalc(['convert', '1.5 billion yuan', 'USD', '--on', '2026-04-13'], { env });
      expect(preferred.stdout.split('\n')[0]).toBe(explicit.stdout.split('\n')[0]);
      expect(preferred.stdout).toContain(' · my-ecb (');
      expect(preferred.stdout).not.toMatch(/^source: /m);
      // Before the user's table begins (CNY from 2005-04-01), the shipped tables answer, and say why.
      const old = await dealcalc(['convert', '1.5 billion yuan', 'USD', '--on', '2001-06-01'], { env });
      expect(old.stdout).toContain(' · fred-h10 (');
      expect(old.stdout).toMatch(/^source: no my-ecb rate .* so fred-h10 was used$/m);
    });

    it('explains the ECB’s own closing days (TARGET: Good Friday, Easter Monday 2017)', async () => {
      const r = await dealcalc(
        ['rates', 'show', 'EUR/USD', '--source', 'my-ecb', '--from', '2017-04-12', '--to', '2017-04-18'],
        { env },
      );
      expect(r.stdout).toContain('2017-04-14  no rate: Good Friday\n2017-04-17  no rate: Easter Monday\n');
    });

    it('imports the same file again as unchanged, and the zip of it too', { timeout: 60_000 }, async () => {
      const again = (await dealcalc(['rates', 'import', 'ecb', ECB_HISTORY, '--json'], { env })).json as {
        added: number;
        unchanged: number;
      };
      expect(again.added).toBe(0);
      expect(again.unchanged).toBeGreaterThan(200_000);
      const zip = join(tempDir(), 'eurofxref-hist.zip');
      writeFileSync(zip, makeZip([{ name: 'eurofxref-hist.csv', data: readFileSync(ECB_HISTORY) }]));
      const zipped = (await dealcalc(['rates', 'import', 'ecb', zip, '--json'], { env })).json as {
        added: number;
        unchanged: number;
      };
      expect([zipped.added, zipped.unchanged]).toEqual([0, again.unchanged]);
    });

    it('refuses a file that changes a stored rate, unless --replace', { timeout: 60_000 }, async () => {
      const changed = join(tempDir(), 'changed.csv');
      writeFileSync(
        changed,
        readFileSync(ECB_HISTORY, 'utf8').replace(/^2017-11-14,1\.1745,/m, '2017-11-14,1.1746,'),
      );
      const refused = await dealcalc(['rates', 'import', 'ecb', changed], { env });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain(
        '1 rate in the file differs from the my-ecb rates already stored: 2017-11-14 EUR/USD: 1.1745 stored, 1.1746 in',
      );
      expect(refused.stderr).toContain(
        '(--replace); to keep both, import it under another source id (--as).',
      );
      const replaced = (await dealcalc(['rates', 'import', 'ecb', changed, '--replace', '--json'], { env }))
        .json as { replaced: number };
      expect(replaced.replaced).toBe(1);
    });
  },
);

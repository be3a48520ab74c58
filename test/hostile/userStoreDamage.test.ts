/**
 * Damaged user stores (issue 10): each kind of damage a disk, an editor or a hostile user can do
 * to the folder of one's own rate tables. A user's tables are untrusted: every file is checked
 * against the manifest and every row validated when read. Each case keeps the README's contract
 * (exit code, one `dealcalc:` line and a hint, JSON with the error code).
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { importFile } from '../../src/node/importRates.js';
import { openShippedStore } from '../../src/node/openStore.js';
import { ROOT } from '../fx/helpers.js';
import { expectContract } from './contract.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

type Manifest = {
  sources: {
    id: string;
    calendar: string;
    imports?: unknown[];
    series: { file: string; sha256: string; rows: number; first: string; last: string }[];
  }[];
};

/** A user store with one source "mine": USD/CNY on 2017-11-15 and 2017-11-16 (FRED DEXCHUS values). */
function store(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dealcalc-hostile-store-'));
  made.push(dir);
  const file = join(dir, 'mine.csv');
  writeFileSync(file, 'date,base,quote,rate\n2017-11-15,USD,CNY,6.62\n2017-11-16,USD,CNY,6.6273\n');
  importFile('csv', file, {
    userDir: join(dir, 'store'),
    shipped: openShippedStore(),
    at: '2026-11-28T09:00:00Z',
  });
  return join(dir, 'store');
}

const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
const writeManifest = (dir: string, m: unknown) =>
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(m));
const seriesPath = (dir: string) => join(dir, manifestOf(dir).sources[0]?.series[0]?.file as string);

function editManifest(edit: (m: Manifest) => void): () => string {
  return () => {
    const dir = store();
    const m = manifestOf(dir);
    edit(m);
    writeManifest(dir, m);
    return dir;
  };
}

/** Rewrites the series file and makes the manifest agree (checksum, rows, days): row validation must catch it. */
function editSeries(text: string): () => string {
  return () => {
    const dir = store();
    writeFileSync(seriesPath(dir), text);
    const m = manifestOf(dir);
    const entry = m.sources[0]?.series[0] as Manifest['sources'][0]['series'][0];
    const rows = text
      .split('\n')
      .slice(1)
      .filter((l) => l !== '');
    entry.sha256 = createHash('sha256').update(text).digest('hex');
    entry.rows = Math.max(rows.length, 1);
    if (rows.length > 0) {
      entry.first = (rows[0] as string).slice(0, 10);
      entry.last = (rows[rows.length - 1] as string).slice(0, 10);
    }
    writeManifest(dir, m);
    return dir;
  };
}

const MINE = ['convert', '5 CNY', 'USD', '--on', '2017-11-15', '--source', 'mine'];
const SEED = ['convert', '1.5 billion yuan', 'USD', '--on', '2017-11-15'];
const IMPORT = ['rates', 'import', 'ecb', join(ROOT, 'test', 'fixtures', 'rates', 'ecb-sample.csv')];

interface UserDamage {
  readonly name: string;
  readonly make: () => string;
  readonly args: readonly string[];
  readonly exit: 0 | 2 | 3;
  readonly code?: string;
}

const corrupt = (name: string, make: () => string, args: readonly string[] = MINE): UserDamage => ({
  name,
  make,
  args,
  exit: 3,
  code: 'DATA_CORRUPT',
});

const DAMAGES: readonly UserDamage[] = [
  { name: 'a sound store: converts with the user’s source', make: store, args: MINE, exit: 0 },
  { name: 'a sound store: the seed conversion still uses fred-h10', make: store, args: SEED, exit: 0 },
  corrupt(
    'a manifest that is not JSON (every command says so)',
    () => {
      const d = store();
      writeFileSync(join(d, 'manifest.json'), '{ not json');
      return d;
    },
    SEED,
  ),
  corrupt(
    'an empty manifest',
    () => {
      const d = store();
      writeFileSync(join(d, 'manifest.json'), '');
      return d;
    },
    ['rates', 'sources'],
  ),
  corrupt(
    'a manifest that is a FIFO',
    () => {
      const d = store();
      rmSync(join(d, 'manifest.json'));
      execFileSync('mkfifo', [join(d, 'manifest.json')]);
      return d;
    },
    SEED,
  ),
  corrupt(
    'a manifest linked to /dev/zero',
    () => {
      const d = store();
      rmSync(join(d, 'manifest.json'));
      symlinkSync('/dev/zero', join(d, 'manifest.json'));
      return d;
    },
    SEED,
  ),
  corrupt(
    'an import record with a time that is not one',
    editManifest(
      (m) =>
        ((m.sources[0] as { imports: { at: string }[] }).imports[0] = {
          ...(m.sources[0]?.imports?.[0] as object),
          at: 'yesterday',
        } as never),
    ),
  ),
  corrupt(
    'an unknown calendar',
    editManifest((m) => ((m.sources[0] as { calendar: string }).calendar = 'mars')),
  ),
  corrupt(
    'a series file outside the folder',
    editManifest((m) => ((m.sources[0]?.series[0] as { file: string }).file = '../../../etc/hostname')),
  ),
  corrupt('a series row changed (checksum)', () => {
    const d = store();
    writeFileSync(seriesPath(d), 'date,value\n2017-11-15,9.99\n2017-11-16,6.6273\n');
    return d;
  }),
  corrupt('a series file linked outside the folder', () => {
    const d = store();
    const path = seriesPath(d);
    rmSync(path);
    symlinkSync('/etc/hostname', path);
    return d;
  }),
  {
    name: 'a series file missing',
    make: () => {
      const d = store();
      rmSync(seriesPath(d));
      return d;
    },
    args: MINE,
    exit: 3,
    code: 'DATA_MISSING',
  },
  corrupt(
    'a negative rate, checksum made to match (rows are validated)',
    editSeries('date,value\n2017-11-15,-6.62\n2017-11-16,6.6273\n'),
  ),
  corrupt(
    'a rate "N/A", checksum made to match',
    editSeries('date,value\n2017-11-15,N/A\n2017-11-16,6.6273\n'),
  ),
  corrupt(
    'a day twice, checksum made to match',
    editSeries('date,value\n2017-11-15,6.62\n2017-11-15,6.6273\n'),
  ),
  corrupt(
    'February 30, checksum made to match',
    editSeries('date,value\n2017-02-30,6.62\n2017-11-16,6.6273\n'),
  ),
  corrupt(
    'an escape sequence in a row, checksum made to match',
    editSeries('date,value\n2017-11-15,\u001b]0;owned\u0007\n2017-11-16,6.6273\n'),
  ),
  {
    name: 'a user source with a shipped id is set aside: fred-h10 stays the shipped one',
    make: editManifest((m) => ((m.sources[0] as { id: string }).id = 'fred-h10')),
    args: [...SEED, '--source', 'fred-h10'],
    exit: 0,
  },
  {
    name: 'an import while a live process holds the lock',
    make: () => {
      const d = store();
      writeFileSync(join(d, '.lock'), '1');
      return d;
    },
    args: IMPORT,
    exit: 3,
    code: 'STORE_BUSY',
  },
  {
    name: 'a user folder that is a file: nothing to read, and an import cannot write',
    make: () => {
      const dir = mkdtempSync(join(tmpdir(), 'dealcalc-hostile-file-'));
      made.push(dir);
      writeFileSync(join(dir, 'store'), 'not a folder');
      return join(dir, 'store');
    },
    args: IMPORT,
    exit: 3,
    code: 'STORE_WRITE_FAILED',
  },
];

describe('damaged user stores keep the contract (issue 10)', () => {
  it.each(DAMAGES.map((d) => [d.name, d] as const))(
    '%s',
    async (_, damage) => {
      await expectContract(damage.args, damage.exit, damage.code, {
        env: { DEALCALC_USER_DIR: damage.make() },
      });
    },
    15_000,
  ); // a live lock is waited for (LOCK_WAIT_MS) in text and in JSON mode
});

/**
 * Damaged copies of the shipped tables: each kind of damage a disk, an editor or a hostile user
 * can do to a data folder. A copy holds the manifest and the one series a CNY→USD conversion on
 * 2017-11-15 reads (fred-h10/CHUS.csv); "untrusted" damages rewrite the manifest's sha256, rows
 * and coverage to match, so that the row validation itself is what must catch them.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATA_DIR } from '../fx/helpers.js';

const CHUS = 'fred-h10/CHUS.csv';
type Manifest = { format: unknown; sources: Record<string, unknown>[] };

const made: string[] = [];

/** Removes every folder made here. */
export function cleanUp(): void {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
}

function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dealcalc-hostile-'));
  made.push(dir);
  cpSync(join(DATA_DIR, 'manifest.json'), join(dir, 'manifest.json'));
  mkdirSync(join(dir, 'fred-h10'));
  cpSync(join(DATA_DIR, CHUS), join(dir, CHUS));
  return dir;
}

function manifestOf(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

function writeManifest(dir: string, manifest: unknown): void {
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
}

function chusEntry(manifest: Manifest): Record<string, unknown> {
  const fred = manifest.sources[0] as { series: Record<string, unknown>[] };
  return fred.series.find((s) => s.id === 'CHUS') as Record<string, unknown>;
}

/** Edits the manifest as parsed JSON. */
function editManifest(edit: (m: Manifest) => void): () => string {
  return () => {
    const dir = copy();
    const manifest = manifestOf(dir);
    edit(manifest);
    writeManifest(dir, manifest);
    return dir;
  };
}

/** Edits CHUS.csv and makes the manifest agree with the bytes (sha256, rows, first, last). */
function editSeries(edit: (text: string) => string): () => string {
  return () => {
    const dir = copy();
    const text = edit(readFileSync(join(dir, CHUS), 'utf8'));
    writeFileSync(join(dir, CHUS), text);
    const manifest = manifestOf(dir);
    const entry = chusEntry(manifest);
    const rows = text
      .split(/\r?\n/)
      .slice(1)
      .filter((l) => l !== '');
    entry.sha256 = createHash('sha256').update(text).digest('hex');
    entry.rows = Math.max(rows.length, 1);
    if (rows.length > 0) {
      entry.first = (rows[0] as string).slice(0, 10);
      entry.last = (rows[rows.length - 1] as string).slice(0, 10);
    }
    writeManifest(dir, manifest);
    return dir;
  };
}

/** Replaces the row of a day. */
const row = (date: string, replacement: string) => (text: string) =>
  text.replace(new RegExp(`^${date},[^\\n]*$`, 'm'), replacement);

/** A damage: a folder maker, the exit code and error code it must give for the seed conversion. */
export interface Damage {
  readonly name: string;
  readonly make: () => string;
  readonly exit: 0 | 3;
  readonly code?: string;
  /** Arguments other than the seed conversion, when the damage needs another question. */
  readonly args?: readonly string[];
}

const corrupt = (name: string, make: () => string): Damage => ({ name, make, exit: 3, code: 'DATA_CORRUPT' });

export const DAMAGES: readonly Damage[] = [
  // the manifest as a file
  {
    name: 'no manifest.json',
    make: () => {
      const d = copy();
      rmSync(join(d, 'manifest.json'));
      return d;
    },
    exit: 3,
    code: 'DATA_MISSING',
  },
  {
    name: 'no such folder',
    make: () => join(tmpdir(), 'dealcalc-no-such-folder'),
    exit: 3,
    code: 'DATA_MISSING',
  },
  corrupt('an empty manifest', () => {
    const d = copy();
    writeFileSync(join(d, 'manifest.json'), '');
    return d;
  }),
  corrupt('a manifest that is not JSON', () => {
    const d = copy();
    writeFileSync(join(d, 'manifest.json'), '{ not json');
    return d;
  }),
  corrupt('a manifest that is a FIFO', () => {
    const d = copy();
    rmSync(join(d, 'manifest.json'));
    execFileSync('mkfifo', [join(d, 'manifest.json')]);
    return d;
  }),
  corrupt('a manifest linked to /dev/zero', () => {
    const d = copy();
    rmSync(join(d, 'manifest.json'));
    symlinkSync('/dev/zero', join(d, 'manifest.json'));
    return d;
  }),
  corrupt('a manifest that is a directory', () => {
    const d = copy();
    rmSync(join(d, 'manifest.json'));
    mkdirSync(join(d, 'manifest.json'));
    return d;
  }),
  corrupt('a manifest of 9 MB', () => {
    const d = copy();
    writeFileSync(join(d, 'manifest.json'), Buffer.alloc(9 * 1024 * 1024, 32));
    return d;
  }),
  corrupt('a manifest with a byte-order mark and garbage', () => {
    const d = copy();
    writeFileSync(join(d, 'manifest.json'), '\ufeff\u0000\u001b[2J');
    return d;
  }),
  // the manifest's fields
  corrupt(
    'a JSON array',
    editManifest((m) => Object.assign(m, { format: [] })),
  ),
  corrupt(
    'format 2',
    editManifest((m) => (m.format = 2)),
  ),
  corrupt(
    'no sources key',
    editManifest((m) => delete (m as Partial<Manifest>).sources),
  ),
  corrupt(
    'an empty source list',
    editManifest((m) => (m.sources = [])),
  ),
  corrupt(
    'a source that is null',
    editManifest((m) => (m.sources[0] = null as never)),
  ),
  corrupt(
    'a source without an id',
    editManifest((m) => delete m.sources[0]?.id),
  ),
  corrupt(
    'a source id with a control character',
    editManifest((m) => ((m.sources[0] as Record<string, unknown>).id = 'fred\u001b[2J')),
  ),
  corrupt(
    'two sources with one id',
    editManifest((m) => ((m.sources[1] as Record<string, unknown>).id = 'fred-h10')),
  ),
  corrupt(
    'a pivot that is not a currency',
    editManifest((m) => ((m.sources[0] as Record<string, unknown>).pivot = 'XYZ')),
  ),
  corrupt(
    'an unknown calendar',
    editManifest((m) => ((m.sources[0] as Record<string, unknown>).calendar = 'mars')),
  ),
  corrupt(
    'a last date before the first',
    editManifest((m) => ((m.sources[0] as Record<string, unknown>).lastDate = '1970-01-01')),
  ),
  corrupt(
    'a first date in month 13',
    editManifest((m) => ((m.sources[0] as Record<string, unknown>).firstDate = '1971-13-04')),
  ),
  corrupt(
    'series that is not a list',
    editManifest((m) => ((m.sources[0] as Record<string, unknown>).series = {})),
  ),
  corrupt(
    'a series entry that is null',
    editManifest((m) => (((m.sources[0] as Record<string, unknown>).series as unknown[])[0] = null)),
  ),
  corrupt(
    'a series without a file',
    editManifest((m) => delete chusEntry(m).file),
  ),
  corrupt(
    'a series whose file is null',
    editManifest((m) => (chusEntry(m).file = null)),
  ),
  corrupt(
    'a series file outside the folder',
    editManifest((m) => (chusEntry(m).file = '../../../../../etc/hostname')),
  ),
  corrupt(
    'a series file given as an absolute path',
    editManifest((m) => (chusEntry(m).file = '/etc/hostname')),
  ),
  corrupt(
    'a series file with a backslash',
    editManifest((m) => (chusEntry(m).file = 'fred-h10\\CHUS.csv')),
  ),
  corrupt(
    'a series file name with a control character',
    editManifest((m) => (chusEntry(m).file = 'fred-h10/CH\rUS.csv')),
  ),
  corrupt(
    'rows of -1',
    editManifest((m) => (chusEntry(m).rows = -1)),
  ),
  corrupt(
    'rows of "two"',
    editManifest((m) => (chusEntry(m).rows = 'two')),
  ),
  corrupt(
    'rows of 1.5',
    editManifest((m) => (chusEntry(m).rows = 1.5)),
  ),
  corrupt(
    'a sha256 that is not hex',
    editManifest((m) => (chusEntry(m).sha256 = 'xyz')),
  ),
  corrupt(
    'a currency that is not a code',
    editManifest((m) => (chusEntry(m).currency = 'yuan')),
  ),
  corrupt(
    'base and quote that are not the pivot and the currency',
    editManifest((m) => (chusEntry(m).base = 'EUR')),
  ),
  corrupt(
    'two series of one currency',
    editManifest(
      (m) =>
        (((m.sources[0] as Record<string, unknown>).series as Record<string, unknown>[])[0] = {
          ...chusEntry(m),
        }),
    ),
  ),
  corrupt(
    'a name of 5,000 characters',
    editManifest((m) => ((m.sources[0] as Record<string, unknown>).name = 'x'.repeat(5000))),
  ),
  // the series file, checked against the manifest
  corrupt('a series row changed (checksum)', () => {
    const d = copy();
    writeFileSync(join(d, CHUS), row('2017-11-15', '2017-11-15,6.63')(readFileSync(join(d, CHUS), 'utf8')));
    return d;
  }),
  {
    name: 'a series file missing',
    make: () => {
      const d = copy();
      rmSync(join(d, CHUS));
      return d;
    },
    exit: 3,
    code: 'DATA_MISSING',
  },
  corrupt('a series file that is a FIFO', () => {
    const d = copy();
    rmSync(join(d, CHUS));
    execFileSync('mkfifo', [join(d, CHUS)]);
    return d;
  }),
  corrupt('a series file linked outside the folder', () => {
    const d = copy();
    rmSync(join(d, CHUS));
    symlinkSync('/etc/hostname', join(d, CHUS));
    return d;
  }),
  corrupt('a series file that is a directory', () => {
    const d = copy();
    rmSync(join(d, CHUS));
    mkdirSync(join(d, CHUS));
    return d;
  }),
  // the series rows, checksum made to match: the row validation must catch them
  corrupt('a rate "abc"', editSeries(row('2017-11-15', '2017-11-15,abc'))),
  corrupt('a rate with a trailing space', editSeries(row('2017-11-15', '2017-11-15,6.62 '))),
  corrupt('an empty rate', editSeries(row('2017-11-15', '2017-11-15,'))),
  corrupt('a row without a rate', editSeries(row('2017-11-15', '2017-11-15'))),
  corrupt('a rate of 0', editSeries(row('2017-11-15', '2017-11-15,0'))),
  corrupt('a negative rate', editSeries(row('2017-11-15', '2017-11-15,-6.62'))),
  corrupt('a rate in exponent notation', editSeries(row('2017-11-15', '2017-11-15,6.62e3'))),
  corrupt('a rate with a comma', editSeries(row('2017-11-15', '2017-11-15,6,62'))),
  corrupt(
    'two rows out of order',
    editSeries((t) => t.replace('2017-11-14,', '2017-11-16,')),
  ),
  corrupt('a row dated twice', editSeries(row('2017-11-16', '2017-11-15,6.6188'))),
  corrupt('a row in month 13', editSeries(row('2017-11-15', '2017-13-15,6.62'))),
  corrupt('a row on February 30', editSeries(row('2017-11-15', '2017-02-30,6.62'))),
  corrupt(
    'a wrong header',
    editSeries((t) => t.replace('date,value', 'day,rate')),
  ),
  corrupt(
    'a byte-order mark before the header',
    editSeries((t) => `\ufeff${t}`),
  ),
  corrupt(
    'a header only',
    editSeries(() => 'date,value\n'),
  ),
  corrupt(
    'an empty series file',
    editSeries(() => ''),
  ),
  corrupt(
    'a blank line in the middle',
    editSeries((t) => t.replace('2017-11-15,', '\n2017-11-15,')),
  ),
  corrupt('an escape sequence in a row', editSeries(row('2017-11-15', '2017-11-15,\u001b]0;owned\u0007'))),
  { name: 'CRLF line ends (read, not refused)', make: editSeries((t) => t.replace(/\n/g, '\r\n')), exit: 0 },
  {
    name: 'a table ending on 9999-12-30, asked for 9999-12-31 (ends, no hang)',
    make: editSeries((t) => `${t}9999-12-30,7.1\n`),
    exit: 3,
    code: 'RATE_AFTER_COVERAGE',
    args: ['convert', '5 CNY', 'USD', '--on', '9999-12-31', '--source', 'fred-h10'],
  },
];

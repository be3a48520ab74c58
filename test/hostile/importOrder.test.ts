/**
 * Issue 20 item 17: an import whose days run one way is planned from two lists (reversed when
 * newest first) instead of a map and a sort per rate; whichever way the file's days run, the
 * series written are the same. Rates: the ECB's reference rates of 2017-11-13/14/15 as
 * eurofxref-hist.csv writes them (USD 1.1656, 1.1745, 1.184; CNY 7.741, 7.795, 7.8404), the
 * CNY of 2017-11-13 written N/A here to give the two series different lengths.
 */
import { existsSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../src/node/readImportFile.js';
import { dealcalc } from '../cli/helpers.js';
import { parseImport } from '../../src/store/formats/index.js';
import { planImport, type ImportOptions } from '../../src/store/importPlan.js';
import type { ParsedImport } from '../../src/store/formats/types.js';

const OPTIONS: ImportOptions = {
  id: 'mine',
  shippedIds: [],
  file: 'hist.csv',
  fileSha256: '0'.repeat(64),
  at: '2026-11-28T00:00:00Z',
  sha256: (text) => (text.length.toString(16) + 'a'.repeat(64)).slice(0, 64),
};
const ROWS = ['2017-11-15,1.184,7.8404,', '2017-11-14,1.1745,7.795,', '2017-11-13,1.1656,N/A,'];

function parsed(format: 'ecb' | 'csv', text: string): ParsedImport {
  const result = parseImport(format, text, 'hist.csv');
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('item 17: the plan of an import does not depend on which way its days run', () => {
  const newestFirst = planImport(undefined, parsed('ecb', `Date,USD,CNY,\n${ROWS.join('\n')}\n`), OPTIONS);
  const oldestFirst = planImport(
    undefined,
    parsed('ecb', `Date,USD,CNY,\n${[...ROWS].reverse().join('\n')}\n`),
    OPTIONS,
  );

  it('newest first (as the ECB writes) gives series oldest first, by hand', () => {
    expect(newestFirst.files.map((f) => [f.path.split('.')[0], f.text])).toEqual([
      ['mine/CNY', 'date,value\n2017-11-14,7.795\n2017-11-15,7.8404\n'],
      ['mine/USD', 'date,value\n2017-11-13,1.1656\n2017-11-14,1.1745\n2017-11-15,1.184\n'],
    ]);
    expect(newestFirst.summary.added).toBe(5);
  });

  it('oldest first gives the same plan', () => {
    expect(oldestFirst.files).toEqual(newestFirst.files);
    expect(oldestFirst.manifestText).toBe(newestFirst.manifestText);
  });

  it('days in no order (a generic csv) give the same series, sorted', () => {
    const csv = [
      'date,base,quote,rate',
      '2017-11-14,EUR,USD,1.1745',
      '2017-11-15,EUR,USD,1.184',
      '2017-11-13,EUR,USD,1.1656',
    ].join('\n');
    const plan = planImport(undefined, parsed('csv', csv), OPTIONS);
    expect(plan.files[0]?.text).toBe('date,value\n2017-11-13,1.1656\n2017-11-14,1.1745\n2017-11-15,1.184\n');
    expect(plan.summary.added).toBe(3);
  });
});

describe('item 17: an import file past 64 MiB is refused before it is read', () => {
  it('IMPORT_INVALID (exit 2) naming the size and the limit; nothing is written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dealcalc-import-limit-'));
    try {
      const file = join(dir, 'huge.csv');
      // A sparse file: its size is past the limit, its bytes are never read.
      writeFileSync(file, '');
      truncateSync(file, MAX_IMPORT_BYTES + 1);
      expect(MAX_IMPORT_BYTES).toBe(64 * 1024 * 1024);
      const r = await dealcalc(['rates', 'import', 'ecb', file, '--user-dir', join(dir, 'store')]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('67108865 bytes, more than the 67108864 an import file may have');
      expect(existsSync(join(dir, 'store', 'manifest.json'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// Issue 20 item 17: a plain import file is read as text (readFileSync 'utf8'), never as a Buffer
// beside its text, and must give what reading its bytes gives (importText): the same text (a
// byte-order mark dropped, as TextDecoder drops it), the sha256 of the bytes, UTF-8 refused
// when it is not, and a zip opened.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { importText, readImportFile } from '../../src/node/readImportFile.js';
import { caught, ROOT } from '../fx/helpers.js';

const work = mkdtempSync(join(tmpdir(), 'dealcalc-read-import-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let count = 0;
function fileOf(bytes: Uint8Array): string {
  count += 1;
  const path = join(work, `f${count}.csv`);
  writeFileSync(path, bytes);
  return path;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('readImportFile reads what importText reads from the bytes', () => {
  it.each([
    ['plain ASCII', Buffer.from('date,base,quote,rate\n2017-11-15,USD,CNY,6.62\n')],
    ['a byte-order mark', Buffer.from('\ufeffdate,base,quote,rate\n')],
    ['a U+FFFD written in the file (valid UTF-8: EF BF BD)', Buffer.from('a\ufffdb\n')],
    ['letters beyond ASCII', Buffer.from('Zürich,日本\n')],
    ['nothing', Buffer.alloc(0)],
  ])('%s', (_, bytes) => {
    const read = readImportFile(fileOf(bytes), 'csv');
    const expected = importText(bytes, 'csv', 'x');
    expect(read.text).toBe(expected.text);
    expect(read.sha256).toBe(sha256(bytes));
  });

  it('refuses bytes that are not UTF-8 (IMPORT_INVALID)', () => {
    const error = caught(() => readImportFile(fileOf(Buffer.from([0x44, 0xff, 0xfe, 0x0a])), 'csv'));
    expect([error.code, error.message.endsWith('not UTF-8 text (a binary file?)')]).toEqual([
      'IMPORT_INVALID',
      true,
    ]);
  });

  it('opens a zip (the ECB sample fixture) to the file it holds, its sha256 the zip’s', () => {
    const zip = readFileSync(join(ROOT, 'test', 'fixtures', 'rates', 'ecb-sample.zip'));
    const csv = readFileSync(join(ROOT, 'test', 'fixtures', 'rates', 'ecb-sample.csv'), 'utf8');
    const read = readImportFile(fileOf(zip), 'ecb');
    expect(read.text).toBe(csv);
    expect(read.sha256).toBe(sha256(zip));
  });

  it('gives the text and sha256 of any bytes, or the same refusal (property)', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 64 }),
        fc.string({ unit: 'grapheme', maxLength: 20 }),
        (raw, text) => {
          for (const bytes of [raw, Buffer.from(text)]) {
            const path = fileOf(bytes);
            let expected: string;
            try {
              expected = importText(bytes, 'csv', path).text;
            } catch {
              expect(caught(() => readImportFile(path, 'csv')).code).toBe('IMPORT_INVALID');
              continue;
            }
            const read = readImportFile(path, 'csv');
            expect(read.text).toBe(expected);
            expect(read.sha256).toBe(sha256(bytes));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

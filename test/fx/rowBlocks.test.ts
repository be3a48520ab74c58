import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexOnOrBefore } from '../../src/fx/chooseObservation.js';
import {
  BlockLineStarts,
  readRowBlocks,
  ROWS_PER_BLOCK,
  rowBlocksOf,
  writeRowBlocks,
} from '../../src/fx/rowBlocks.js';
import { parseSeriesCsv, readVerifiedSeriesCsv, seriesFromArrays } from '../../src/fx/table.js';
import type { RateSeries } from '../../src/fx/types.js';
import { c, caught, DATA_DIR } from './helpers.js';

const meta = { file: 'fred-h10/CHUS.csv', id: 'CHUS', currency: c('CNY'), base: c('USD'), quote: c('CNY') };
const chus = readFileSync(join(DATA_DIR, 'fred-h10', 'CHUS.csv'), 'utf8');

/** Where every line of a text starts, the plain way (the oracle). */
function everyLineStart(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

describe('row blocks of a series file', () => {
  it('start at every 512th row of Fed H.10 CNY, as its lines do', () => {
    const blocks = rowBlocksOf(chus);
    const lines = everyLineStart(chus);
    // lines: the header, every row, then the empty line after the final newline.
    expect(blocks.rows).toBe(lines.length - 2);
    expect(blocks.starts).toEqual(lines.slice(1, -1).filter((_, row) => row % ROWS_PER_BLOCK === 0));
  });

  it('give every line start of Fed H.10 CNY, asked in any order', () => {
    const lines = everyLineStart(chus);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: lines.length }), { minLength: 1, maxLength: 40 }),
        (asked) => {
          const byBlock = BlockLineStarts.of(chus, rowBlocksOf(chus));
          for (const line of asked) {
            expect(byBlock?.at(line)).toBe(line < lines.length ? lines[line] : chus.length + 1);
          }
        },
      ),
    );
  });

  it.each([
    ['a row count that is not the one the blocks imply', { starts: [11], rows: 600 }],
    ['a block that does not start a line', { starts: [12], rows: 1 }],
    ['blocks out of order', { starts: [11, 11], rows: ROWS_PER_BLOCK + 1 }],
  ])('are refused where they cannot fit the text: %s', (_, blocks) => {
    expect(BlockLineStarts.of('date,value\n2017-11-15,6.62\n', blocks)).toBeNull();
  });

  it('are read back as written, for any rows and starts', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 50_000_000 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        (unsorted, rows) => {
          const blocks = { starts: [...unsorted].sort((a, b) => a - b), rows };
          expect(readRowBlocks(writeRowBlocks(blocks))).toEqual(blocks);
        },
      ),
    );
  });

  it.each(['', '10', '10/', '10/a,,b', '10/a,-b', 'A/b', '10/b c'])('are not read from "%s"', (text) => {
    expect(readRowBlocks(text)).toBeUndefined();
  });

  it('are refused for a text without a final newline', () => {
    expect(BlockLineStarts.of('date,value\n2017-11-15,6.62', { starts: [11], rows: 1 })).toBeNull();
  });

  it('say a block whose rows do not end where the next begins, and the table then reads every line', () => {
    // Two blocks of rows, the second said to start one row late: block 0 then holds 513 rows.
    const count = ROWS_PER_BLOCK + 5;
    const dates = Array.from({ length: count }, (_, i) => {
      const day = new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10);
      return `${day},${i + 1}`;
    });
    const text = `date,value\n${dates.join('\n')}\n`;
    const honest = rowBlocksOf(text);
    // Line ROWS_PER_BLOCK + 2 is row ROWS_PER_BLOCK + 1: one row late.
    const late = {
      starts: [honest.starts[0] as number, everyLineStart(text)[ROWS_PER_BLOCK + 2] as number],
      rows: honest.rows,
    };
    expect(BlockLineStarts.of(text, late)?.at(2)).toBe(-1);
    // The table answers from every line instead: row 1 is 2000-01-02, and the size holds.
    const series = readVerifiedSeriesCsv(text, meta, late);
    expect([series.dateAt(1), series.valueAt(1), series.size]).toEqual(['2000-01-02', '2', count]);
  });

  it('that miscount the rows are DATA_CORRUPT once the table finds out, naming the build', () => {
    const dates = Array.from({ length: ROWS_PER_BLOCK + 44 }, (_, i) => {
      const day = new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10);
      return `${day},${i + 1}`;
    });
    const text = `date,value\n${dates.join('\n')}\n`;
    const honest = rowBlocksOf(text);
    // Right about where the second block starts, wrong about how many rows follow it.
    const series = readVerifiedSeriesCsv(text, meta, { starts: honest.starts, rows: ROWS_PER_BLOCK + 3 });
    expect(series.size).toBe(ROWS_PER_BLOCK + 3);
    // A row inside the second block: finding that block shows its rows do not end the text.
    const error = caught(() => series.dateAt(ROWS_PER_BLOCK + 1));
    expect(error.code).toBe('DATA_CORRUPT');
    expect(error.message).toContain('data-stamp.json');
  });

  it('read the shipped Fed H.10 CNY table as the validating parser does, row for row', () => {
    const byBlock = readVerifiedSeriesCsv(chus, meta, rowBlocksOf(chus));
    const checked = parseSeriesCsv(chus, meta);
    expect(byBlock.size).toBe(checked.size);
    expect(byBlock.blockRows).toBe(ROWS_PER_BLOCK);
    // Backwards, so that blocks are found from the end first.
    for (let i = checked.size - 1; i >= 0; i -= 1) {
      expect(byBlock.dateAt(i)).toBe(checked.dateAt(i));
      expect(byBlock.valueAt(i)).toBe(checked.valueAt(i));
    }
  });

  it('name a damaged row inside a block as DATA_CORRUPT with its line', () => {
    const damaged = chus.replace('\n2017-11-15,6.62\n', '\n2017-11-1x,6.62\n');
    expect(damaged).not.toBe(chus);
    const series = readVerifiedSeriesCsv(damaged, meta, rowBlocksOf(damaged));
    const row = parseSeriesCsv(chus, meta);
    const index = indexOnOrBefore(row, '2017-11-15');
    const error = caught(() => series.dateAt(index));
    expect(error.code).toBe('DATA_CORRUPT');
    expect(error.message).toContain(`line ${index + 2}`);
  });
});

describe('indexOnOrBefore over a series read a block at a time', () => {
  /** A series of strictly ascending dates that says it reads every `stride`-th row at once. */
  function blocked(days: number[], stride: number): RateSeries {
    const dates = days.map((d) => new Date(Date.UTC(2000, 0, 1 + d)).toISOString().slice(0, 10));
    const plain = seriesFromArrays(
      { id: 'X', currency: c('CNY'), base: c('USD'), quote: c('CNY') },
      dates,
      dates.map(() => '1'),
    );
    return { ...plain, dateAt: plain.dateAt, valueAt: plain.valueAt, blockRows: stride };
  }

  it('finds the same row as a plain binary search, for any dates, block size and day asked', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 4000 }), { minLength: 1, maxLength: 300 }),
        fc.integer({ min: 2, max: 64 }),
        fc.integer({ min: -5, max: 4005 }),
        (unsorted, stride, asked) => {
          const days = [...unsorted].sort((a, b) => a - b);
          const date = new Date(Date.UTC(2000, 0, 1 + asked)).toISOString().slice(0, 10);
          const plain = blocked(days, 1);
          expect(indexOnOrBefore(blocked(days, stride), date)).toBe(indexOnOrBefore(plain, date));
        },
      ),
    );
  });

  it('on the shipped table finds 2017-11-15, a day Fed H.10 published CNY at 6.62, as the plain search does', () => {
    const byBlock = readVerifiedSeriesCsv(chus, meta, rowBlocksOf(chus));
    const index = indexOnOrBefore(byBlock, '2017-11-15');
    expect([byBlock.dateAt(index), byBlock.valueAt(index)]).toEqual(['2017-11-15', '6.62']);
    expect(index).toBe(indexOnOrBefore(parseSeriesCsv(chus, meta), '2017-11-15'));
  });
});

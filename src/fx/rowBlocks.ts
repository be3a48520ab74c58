/**
 * Where the rows of a series file start, found a block of rows at a time. A lookup on one day
 * needs the rows around that day, not the offset of every one of a table's 11,000 rows: with the
 * offsets of every ROWS_PER_BLOCK-th row (the build records them beside the file's checksum, see
 * scripts/stamp-data.mjs), a block's rows are found when a lookup first reaches it.
 */

/**
 * Rows per block. A block is found in as many steps; V8 optimises a loop after some 2,500 steps
 * (about 3 ms in a start), and a check looks into five tables: 5 × 512 reached that, 5 × 256 does not.
 */
export const ROWS_PER_BLOCK = 256;

/** Where each block of a series file's rows starts, and how many rows it has in all. */
export interface RowBlocks {
  /** The offsets of rows 0, ROWS_PER_BLOCK, 2 × ROWS_PER_BLOCK, … in the text. */
  readonly starts: readonly number[];
  readonly rows: number;
}

/**
 * The row blocks of a series file's text (a header line, then rows, each ending in a newline),
 * as the build records them.
 *
 * @example
 * rowBlocksOf('date,value\n2017-11-15,6.62\n2017-11-16,6.6188\n') //=> { starts: [11], rows: 2 }
 */
export function rowBlocksOf(text: string): RowBlocks {
  const starts: number[] = [];
  let rows = 0;
  for (let at = text.indexOf('\n') + 1; at > 0 && at < text.length; at = text.indexOf('\n', at) + 1) {
    if (rows % ROWS_PER_BLOCK === 0) starts.push(at);
    rows += 1;
  }
  return { starts, rows };
}

/**
 * Row blocks written short, as the build records them: "rows/first,gap,gap,…", in base 36, each
 * gap the distance from the previous block's start (some 40 characters for 2,000 rows).
 *
 * @example
 * writeRowBlocks({ starts: [11, 4000, 8100], rows: 600 }) //=> 'go/b,32t,35w'
 */
export function writeRowBlocks(blocks: RowBlocks): string {
  const gaps = blocks.starts.map((start, i) => (i === 0 ? start : start - (blocks.starts[i - 1] as number)));
  return `${blocks.rows.toString(36)}/${gaps.map((gap) => gap.toString(36)).join(',')}`;
}

/**
 * Row blocks from what writeRowBlocks wrote; undefined for anything else.
 *
 * @example
 * readRowBlocks('go/b,32t,35w') //=> { starts: [11, 4000, 8100], rows: 600 }
 * readRowBlocks('go/b,-3') //=> undefined
 */
export function readRowBlocks(text: string): RowBlocks | undefined {
  const match = /^([0-9a-z]+)\/([0-9a-z]+(?:,[0-9a-z]+)*)$/.exec(text);
  if (match === null) return undefined;
  const starts: number[] = [];
  let at = 0;
  for (const gap of (match[2] as string).split(',')) {
    at += parseInt(gap, 36);
    starts.push(at);
  }
  const rows = parseInt(match[1] as string, 36);
  return Number.isSafeInteger(rows) && Number.isSafeInteger(at) ? { starts, rows } : undefined;
}

/**
 * Where the lines of a text start, from its row blocks, each block's rows found on first need.
 * Line 0 is the header, line i row i - 1, line rows + 1 the empty one after the final newline,
 * and rows + 2 one past the end (as lineStarts in table.ts counts them).
 */
export class BlockLineStarts {
  private readonly found: (Int32Array | undefined)[];
  /** How many blocks have been found so far. */
  blocksFound = 0;

  private constructor(
    private readonly text: string,
    private readonly blocks: RowBlocks,
  ) {
    this.found = new Array<Int32Array | undefined>(blocks.starts.length);
  }

  /**
   * The line starts of a text from its row blocks; null unless the blocks fit it: each starts a
   * line, in order, the first right after the header, and the text ends in a newline. Each block
   * is proven to hold its rows when first found; the first and last rows need no block (a lookup
   * reads both to check the table against its manifest).
   */
  static of(text: string, blocks: RowBlocks): BlockLineStarts | null {
    const { starts, rows } = blocks;
    const count = Math.ceil(rows / ROWS_PER_BLOCK);
    if (!Number.isSafeInteger(rows) || rows < 1 || starts.length !== count) return null;
    if (text.charCodeAt(text.length - 1) !== 10 || starts[0] !== text.indexOf('\n') + 1) return null;
    for (let b = 1; b < count; b += 1) {
      const start = starts[b] as number;
      const previous = starts[b - 1] as number;
      if (!(start > previous && start < text.length && text.charCodeAt(start - 1) === 10)) return null;
    }
    return new BlockLineStarts(text, blocks);
  }

  /** How many lines, counting the empty one after the final newline. */
  get lineCount(): number {
    return this.blocks.rows + 2;
  }

  /** Where line `line` (0 to rows + 2) starts, or -1 if its block's rows do not end where the next block starts. */
  at(line: number): number {
    const rows = this.blocks.rows;
    if (line === 0) return 0;
    if (line === 1) return this.blocks.starts[0] as number;
    if (line >= rows) {
      if (line === rows) return this.text.lastIndexOf('\n', this.text.length - 2) + 1;
      return line === rows + 1 ? this.text.length : this.text.length + 1;
    }
    const row = line - 1;
    const block = (row / ROWS_PER_BLOCK) | 0;
    if (row === block * ROWS_PER_BLOCK) return this.blocks.starts[block] as number;
    const found = this.found[block] ?? this.find(block);
    return found === null ? -1 : (found[row - block * ROWS_PER_BLOCK] as number);
  }

  /** A block's row starts, or null if its rows do not end where the next block (or the text) does. */
  private find(block: number): Int32Array | null {
    const { starts, rows } = this.blocks;
    const inBlock = Math.min(ROWS_PER_BLOCK, rows - block * ROWS_PER_BLOCK);
    const end = block + 1 < starts.length ? (starts[block + 1] as number) : this.text.length;
    const found = new Int32Array(inBlock);
    if (markRows(this.text, starts[block] as number, found) !== end) return null;
    this.found[block] = found;
    this.blocksFound += 1;
    return found;
  }
}

/** Writes where each of found.length rows starts from `at`; returns where the row after them starts (0 past the end). */
function markRows(text: string, at: number, found: Int32Array): number {
  let next = at;
  for (let i = 0; i < found.length; i += 1) {
    if (next === 0) return 0;
    found[i] = next;
    next = text.indexOf('\n', next) + 1;
  }
  return next;
}

/**
 * The batch conversion core: CSV in, rows converted at their own dates, cited, failures said.
 * Reference rates (Fed H.10 noon buying rates, FRED series DEXCHUS, DEXUSEU, DEXJPUS):
 * 2017-11-15 6.6200 CNY, 1.1794 USD per EUR, 113.15 JPY; Friday 2017-11-17 6.6245 CNY;
 * 2017-11-22 6.6086 CNY (2017-11-23 was Thanksgiving). 1.5e9 / 6.62 = 226,586,102.719…;
 * 1.5e9 / 6.6245 = 226,432,183.561…; 1.5e9 / 6.62 / 1.1794 = 192,119,808.99 (EUR, a cross).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBatchConversion } from '../../src/batch/batchConversion.js';
import type { BatchRequest, RowFailure } from '../../src/batch/types.js';
import { DealCalcError } from '../../src/errors.js';
import { openShippedStore } from '../../src/node/openStore.js';

const STORE = openShippedStore();
const HEADER = 'converted_amount,converted_currency,rate,rate_unit,observed_date,source,note,error';

interface Run {
  readonly text: string;
  readonly lines: string[];
  readonly failures: RowFailure[];
  readonly counts: ReturnType<ReturnType<typeof createBatchConversion>['counts']>;
}

/** Converts a whole input, fed in the chunks given (default: one). */
function convertAll(
  input: string | Uint8Array,
  request: Partial<BatchRequest> = {},
  cuts: number[] = [],
): Run {
  const batch = createBatchConversion(STORE, { to: 'USD', ...request });
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  let text = '';
  const failures: RowFailure[] = [];
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    const out = batch.push(bytes.subarray(from, Math.max(from, cut)));
    text += out.text;
    failures.push(...out.failures);
    from = Math.max(from, cut);
  }
  const out = batch.end();
  text += out.text;
  failures.push(...out.failures);
  return { text, lines: text.split('\n').slice(0, -1), failures, counts: batch.counts() };
}

function thrown(fn: () => unknown): DealCalcError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DealCalcError) return error;
    throw error;
  }
  throw new Error('expected a DealCalcError');
}

describe('createBatchConversion: rows at their own dates', () => {
  it('converts a weekday, a Saturday and Thanksgiving at the rate of the day, citing the day used', () => {
    const run = convertAll(
      'date,amount,currency\n2017-11-15,1500000000,CNY\n2017-11-18,1500000000,CNY\n2017-11-23,5,CNY\n',
    );
    expect(run.lines).toEqual([
      `date,amount,currency,${HEADER}`,
      '2017-11-15,1500000000,CNY,226586102.72,USD,6.62,CNY per USD,2017-11-15,fred-h10,,',
      '2017-11-18,1500000000,CNY,226432183.56,USD,6.6245,CNY per USD,2017-11-17,fred-h10,"2017-11-18 is a Saturday; used 2017-11-17, the latest rate on or before it (policy previous)",',
      '2017-11-23,5,CNY,0.76,USD,6.6086,CNY per USD,2017-11-22,fred-h10,"2017-11-23 is Thanksgiving Day (no fred-h10 rate); used 2017-11-22, the latest rate on or before it (policy previous)",',
    ]);
    expect(run.counts).toEqual({ rows: 3, converted: 3, failed: 0, blankLines: 0, exact: 3 });
  });

  it('converts several currencies: direct (EUR), inverse (JPY), identity (USD, no table)', () => {
    const run = convertAll(
      'date,amount,currency\n2017-11-15,100,EUR\n2017-11-15,11315,JPY\n2017-11-15,5,USD\n',
    );
    expect(run.lines.slice(1)).toEqual([
      '2017-11-15,100,EUR,117.94,USD,1.1794,USD per EUR,2017-11-15,fred-h10,,',
      '2017-11-15,11315,JPY,100.00,USD,113.15,JPY per USD,2017-11-15,fred-h10,,',
      '2017-11-15,5,USD,5.00,USD,1,USD per USD,2017-11-15,none,,',
    ]);
  });

  it('crosses through USD with both legs cited, and writes JPY at its minor units (none)', () => {
    const eur = convertAll('date,amount,currency\n2017-11-15,1500000000,CNY\n', { to: 'EUR' });
    const cells = eur.lines[1]?.split(',') ?? [];
    expect(cells.slice(3, 5)).toEqual(['192119808.99', 'EUR']);
    expect(eur.lines[1]).toContain(
      `EUR per CNY,2017-11-15,fred-h10,"cross through USD: 1 USD = 6.62 CNY (the Fed's yuan series, 2017-11-15) and 1 EUR = 1.1794 USD (the Fed's euro series, 2017-11-15)"`,
    );
    // 100 USD × 113.15 = 11,315 JPY
    const jpy = convertAll('date,amount,currency\n2017-11-15,100,USD\n', { to: 'JPY' });
    expect(jpy.lines[1]).toBe('2017-11-15,100,USD,11315,JPY,113.15,JPY per USD,2017-11-15,fred-h10,,');
  });

  it('reads amounts as convert reads figures, and says how a rounded or hedged one was read', () => {
    const run = convertAll(
      'date,amount,currency\n2017-11-15,1.5 billion,CNY\n2017-11-15,15亿元,\n2017-11-15,"1,500,000,000",CNY\n',
    );
    expect(run.lines.slice(1, 3).map((l) => l.split(',')[3])).toEqual(['226586102.72', '226586102.72']);
    expect(run.lines[1]).toContain('read ""1.5 billion CNY"": rounded to the nearest 0.1 billion');
    expect(run.lines[2]).toContain('assumed: a bare ""元"" is read as Chinese yuan (CNY)');
    expect(run.lines[3]).toMatch(/^2017-11-15,"1,500,000,000",CNY,226586102\.72,/);
    expect(run.counts.exact).toBe(0);
  });

  it("takes the amounts' own currencies when the file has no currency column", () => {
    const run = convertAll('date,amount\n2017-11-15,1.5 billion yuan\n2017-11-15,€100\n');
    expect(run.lines.slice(1).map((l) => l.split(',')[2])).toEqual(['226586102.72', '117.94']);
  });

  it('finds columns by name, in any order and letter case', () => {
    const run = convertAll('Amount,Memo,DATE,ccy\n1500000000,x,2017-11-15,CNY\n', { currencyColumn: 'ccy' });
    expect(run.lines[1]).toBe(
      '1500000000,x,2017-11-15,CNY,226586102.72,USD,6.62,CNY per USD,2017-11-15,fred-h10,,',
    );
  });
});

describe('createBatchConversion: CSV as files hold it', { timeout: 60000 }, () => {
  const rows = 'date,amount,currency\r\n2017-11-15,1500000000,CNY\r\n';

  it('reads CRLF line ends and a byte-order mark', () => {
    const run = convertAll(`\uFEFF${rows}`);
    expect(run.lines[0]).toBe(`date,amount,currency,${HEADER}`);
    expect(run.lines[1]).toBe(
      '2017-11-15,1500000000,CNY,226586102.72,USD,6.62,CNY per USD,2017-11-15,fred-h10,,',
    );
  });

  it('reads quoted cells with commas, doubled quotes and line ends, and counts lines through them', () => {
    const run = convertAll(
      'memo,date,amount,currency\n"Alibaba, ""SenseTime""",2017-11-15,5,CNY\n"two\nlines",2017-11-15,5,XYZ\n',
    );
    expect(run.lines[1]).toBe(
      '"Alibaba, ""SenseTime""",2017-11-15,5,CNY,0.76,USD,6.62,CNY per USD,2017-11-15,fred-h10,,',
    );
    expect(run.failures.map((f) => [f.line, f.error.code])).toEqual([[3, 'FIGURE_UNKNOWN_WORD']]);
  });

  it('writes only the header for a file with no rows, and refuses an empty input', () => {
    expect(convertAll('date,amount,currency\n').lines).toEqual([`date,amount,currency,${HEADER}`]);
    expect(convertAll('date,amount,currency').lines).toEqual([`date,amount,currency,${HEADER}`]);
    expect(thrown(() => convertAll('')).code).toBe('BATCH_NO_HEADER');
    expect(thrown(() => convertAll('\n\n')).code).toBe('BATCH_NO_HEADER');
  });

  it('keeps text in other scripts as it came, on the exact path', () => {
    const run = convertAll(
      'memo,date,amount,currency\n阿里巴巴投资商汤,2017-11-15,1500000000,CNY\n日本,2017-11-15,100,元\n',
    );
    expect(run.lines[1]).toBe(
      '阿里巴巴投资商汤,2017-11-15,1500000000,CNY,226586102.72,USD,6.62,CNY per USD,2017-11-15,fred-h10,,',
    );
    expect(run.lines[2]).toContain('日本,2017-11-15,100,元,15.11,USD,6.62,CNY per USD');
    expect(run.counts.exact).toBe(2);
  });

  it('passes over blank lines, and counts them', () => {
    const run = convertAll('date,amount,currency\n\n2017-11-15,5,CNY\n\r\n\n');
    expect(run.counts).toMatchObject({ rows: 1, converted: 1, blankLines: 3 });
  });

  it('gives the same output however the input is cut into chunks (a byte at a time included)', () => {
    const input =
      '\uFEFFmemo,date,amount,currency\r\n"a, ""b""\r\nc",2017-11-15,1500000000,CNY\r\n=1+1,2017-11-18,-5,CNY\r\n,2017-11-15,1.5 billion,CNY\r\n日本,2017-11-15,100,JPY\r\nx,2017-11-15,5';
    const bytes = new TextEncoder().encode(input);
    const whole = convertAll(bytes);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 12 }),
        (cuts) => {
          expect(
            convertAll(
              bytes,
              {},
              [...cuts].sort((a, b) => a - b),
            ),
          ).toEqual(whole);
        },
      ),
      { numRuns: 300 },
    );
    expect(
      convertAll(
        bytes,
        {},
        Array.from({ length: bytes.length - 1 }, (_, i) => i + 1),
      ),
    ).toEqual(whole);
    expect(whole.counts).toMatchObject({ rows: 5, converted: 4, failed: 1 });
  });
});

describe('createBatchConversion: rows that cannot be converted', () => {
  const input = [
    'date,amount,currency',
    '2017-11-15,5,CNY',
    ',5,CNY',
    // Not a date in any format (2017/11/15 is one: year, month, day).
    '15 Nov 2017,5,CNY',
    '2026-06-01,5,CNY',
    '2017-11-15,5 bilion,CNY',
    '2017-11-15,,CNY',
    '2017-11-15,5',
    '2017-11-15,5,CNY',
    // An unterminated quote runs to the end of the input (a quoted cell may hold line ends).
    '2017-11-15,"5,CNY',
    '',
  ].join('\n');

  it('reports each with its line, code and kind, writes its row with the reason, and goes on', () => {
    const run = convertAll(input);
    expect(run.failures.map((f) => [f.line, f.error.code, f.error.kind])).toEqual([
      [3, 'DATE_INVALID', 'input'],
      [4, 'DATE_INVALID', 'input'],
      [5, 'RATE_AFTER_COVERAGE', 'data'],
      [6, 'FIGURE_UNKNOWN_WORD', 'input'],
      [7, 'FIGURE_NO_NUMBER', 'input'],
      [8, 'BATCH_ROW_MALFORMED', 'input'],
      [10, 'BATCH_ROW_MALFORMED', 'input'],
    ]);
    expect(run.counts).toEqual({ rows: 9, converted: 2, failed: 7, blankLines: 0, exact: 2 });
    expect(run.lines[2]).toBe(',5,CNY,,USD,,,,,,DATE_INVALID: the date is empty');
    expect(run.lines[4]).toBe(
      `2026-06-01,5,CNY,,USD,,,,,,RATE_AFTER_COVERAGE: no ecb rate for the ECB's yuan series (1 EUR in CNY) on 2026-06-01: the ecb table ends on 2026-04-13`,
    );
    // A short row keeps the output rectangular: its cells, padded, then why it is empty.
    expect(run.lines[7]).toBe(
      '2017-11-15,5,,,USD,,,,,,"BATCH_ROW_MALFORMED: the row is not well-formed CSV: it has 2 cells, the header has 3 cells"',
    );
    expect(run.lines[8]).toBe('2017-11-15,5,CNY,0.76,USD,6.62,CNY per USD,2017-11-15,fred-h10,,');
    expect(run.failures[6]?.error.message).toBe(
      'the row is not well-formed CSV: the quoted cell 2 is not closed',
    );
  });

  it('names settings in hints as asked (a shell names them as its flags)', () => {
    const run = convertAll(input, { nameSetting: (s, v) => `<${s}${v ? `=${v}` : ''}>` });
    expect(run.failures[2]?.error.hint).toMatch(
      /^Use a <date> on or before 2026-04-13, or another <source>\./,
    );
  });

  it('stops at the first when strict, after writing its row', () => {
    const batch = createBatchConversion(STORE, { to: 'USD', strict: true });
    const out = batch.push(input);
    expect(out.failures.map((f) => f.line)).toEqual([3]);
    expect(out.text.split('\n')).toHaveLength(4);
    expect(batch.stopped).toBe(true);
    expect(batch.push('2017-11-15,5,CNY\n').text).toBe('');
    expect(batch.counts()).toMatchObject({ rows: 2, converted: 1, failed: 1 });
  });

  it('fails a row that is not UTF-8, and goes on', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('date,amount,currency,memo\n2017-11-15,5,CNY,caf'),
      0xe9, // Latin-1 é
      ...new TextEncoder().encode('\n2017-11-15,5,CNY,ok\n'),
    ]);
    const run = convertAll(bytes);
    expect(run.failures.map((f) => [f.line, f.error.code])).toEqual([[2, 'BATCH_INPUT_NOT_UTF8']]);
    expect(run.counts).toMatchObject({ rows: 2, converted: 1 });
  });

  it('stops on a record longer than the limit, so that endless input without line ends cannot fill memory', () => {
    const batch = createBatchConversion(STORE, { to: 'USD', maxRecordLength: 100 });
    batch.push('date,amount,currency\n');
    expect(batch.push('x'.repeat(50)).text).toBe('');
    expect(thrown(() => batch.push('y'.repeat(100))).code).toBe('BATCH_RECORD_TOO_LONG');
  });
});

describe("createBatchConversion: the whole run's errors", () => {
  it.each([
    ['day,amount,currency\n', {}, 'BATCH_COLUMN_MISSING'],
    ['date,amount\n', { currencyColumn: 'ccy' }, 'BATCH_COLUMN_MISSING'],
    ['date,date,amount\n', {}, 'BATCH_COLUMN_AMBIGUOUS'],
    ['Date,DATE,amount\n', {}, 'BATCH_COLUMN_AMBIGUOUS'],
    ['date,amount\n', { amountColumn: 'date' }, 'BATCH_COLUMN_AMBIGUOUS'],
    ['"date,amount\n', {}, 'BATCH_ROW_MALFORMED'],
  ] as const)('%j %j: %s', (input, request, code) => {
    expect(thrown(() => convertAll(input, request)).code).toBe(code);
  });

  it.each([
    [{ to: 'XYZ' }, 'CURRENCY_UNKNOWN'],
    [{ source: 'boe' }, 'SOURCE_UNKNOWN'],
    [{ maxAgeDays: -1 }, 'OPTION_INVALID'],
  ] as const)('refuses %j before any row: %s', (request, code) => {
    expect(thrown(() => createBatchConversion(STORE, { to: 'USD', ...request })).code).toBe(code);
  });
});

describe('createBatchConversion: output', () => {
  it('neutralises cells a spreadsheet would run as formulas, and leaves plain numbers alone', () => {
    const run = convertAll(
      'memo,date,amount,currency\n=HYPERLINK("x"),2017-11-15,-5,CNY\n@SUM(A1),2017-11-15,5,CNY\n+1+1,2017-11-15,5,CNY\n\tx,2017-11-15,5,CNY\n',
    );
    expect(run.lines.slice(1).map((l) => l.split(',').slice(0, 4).join(','))).toEqual([
      '"\'=HYPERLINK(""x"")",2017-11-15,-5,CNY',
      "'@SUM(A1),2017-11-15,5,CNY",
      "'+1+1,2017-11-15,5,CNY",
      "'\tx,2017-11-15,5,CNY",
    ]);
    expect(run.lines[1]?.split(',')[4]).toBe('-0.76');
  });

  it.each([
    ['plain rows, weekend notes included', 'date,amount,currency\n2017-11-18,5,CNY\n', true],
    ['CRLF line ends (the CR is dropped)', 'date,amount,currency\r\n2017-11-15,5,CNY\r\n', true],
    ['a tab inside a cell', 'memo,date,amount,currency\na\tb,2017-11-15,5,CNY\n', false],
    ['an escape inside a cell', 'memo,date,amount,currency\n\u001b[2J,2017-11-15,5,CNY\n', false],
    ['a CR inside a cell', 'memo,date,amount,currency\na\rb,2017-11-15,5,CNY\n', false],
    ['DEL inside a cell', 'memo,date,amount,currency\na\u007fb,2017-11-15,5,CNY\n', false],
    ['text in another script', 'memo,date,amount,currency\n商汤,2017-11-15,5,CNY\n', false],
    ['a C1 control', 'memo,date,amount,currency\na\u009bb,2017-11-15,5,CNY\n', false],
    ['a quoted cell', 'memo,date,amount,currency\n"a, b",2017-11-15,5,CNY\n', true],
    ['a row that fails', 'date,amount,currency\n2017-11-15,5,XYZ\n', true],
  ])(
    'says whether its output is printable ASCII, so a shell may write it unescaped: %s',
    (_, input, printable) => {
      const batch = createBatchConversion(STORE, { to: 'USD' });
      const out = batch.push(input);
      expect(out.printableAscii).toBe(printable);
      expect(new TextDecoder().decode(out.bytes)).toBe(out.text);
    },
  );

  it('gives each output bytes of its own, unless asked to reuse one buffer (valid until the next push)', () => {
    const first = 'date,amount,currency\n2017-11-15,5,CNY\n';
    const own = createBatchConversion(STORE, { to: 'USD' });
    const kept = own.push(first);
    const keptText = new TextDecoder().decode(kept.bytes);
    own.push('2017-11-15,7,CNY\n');
    expect(new TextDecoder().decode(kept.bytes)).toBe(keptText);

    const reusing = createBatchConversion(STORE, { to: 'USD', reuseOutput: true });
    const view = reusing.push(first);
    expect(new TextDecoder().decode(view.bytes)).toBe(keptText);
    const next = reusing.push('2017-11-15,7,CNY\n');
    expect(next.bytes.buffer).toBe(view.bytes.buffer);
  });

  it('never says printable ASCII of output that holds anything else (property)', () => {
    const cell = fc.string({ unit: 'binary', maxLength: 6 }).map((s) => s.replace(/[\n",]/g, ''));
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 4 }), (memos) => {
        const rows = memos.map((m) => `${m},2017-11-15,5,CNY\n`).join('');
        const out = createBatchConversion(STORE, { to: 'USD' }).push(`memo,date,amount,currency\n${rows}`);
        const onlyPrintable = [...out.bytes].every((b) => b === 10 || (b >= 0x20 && b <= 0x7e));
        if (out.printableAscii) expect(onlyPrintable).toBe(true);
        expect(new TextDecoder().decode(out.bytes)).toBe(out.text);
      }),
      { numRuns: 300 },
    );
  });

  it('writes JSON lines with the row by its header, the amount, the rate and its provenance', () => {
    const run = convertAll('date,amount,currency\n2017-11-18,1500000000,CNY\n2026-06-01,5,CNY\n', {
      format: 'jsonl',
    });
    const [ok, failed] = run.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(ok).toMatchObject({
      line: 2,
      row: { date: '2017-11-18', amount: '1500000000', currency: 'CNY' },
      amount: '226432183.56',
      currency: 'USD',
      rate: {
        value: '6.6245',
        base: 'USD',
        quote: 'CNY',
        derivation: 'inverse',
        source: 'fred-h10',
        requestedDate: '2017-11-18',
        observedDate: '2017-11-17',
      },
    });
    expect(failed).toMatchObject({
      line: 3,
      amount: null,
      rate: null,
      error: { code: 'RATE_AFTER_COVERAGE' },
    });
  });

  it('keeps memory bounded by forgetting rates past its limit, with the same output', () => {
    const input = [
      'date,amount,currency',
      ...Array.from(
        { length: 60 },
        (_, i) => `2017-11-${String((i % 28) + 1).padStart(2, '0')},${i + 1},${['CNY', 'EUR', 'JPY'][i % 3]}`,
      ),
    ].join('\n');
    expect(convertAll(input, { cacheSize: 4 }).text).toBe(convertAll(input).text);
  });
});

/**
 * The batch shell as a process: standard input, streaming (output before the input ends), a FIFO,
 * endless input without line ends, a reader that stops early, memory.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../fx/helpers.js';

const BIN = join(ROOT, 'bin', 'dealcalc.cjs');
const dir = mkdtempSync(join(tmpdir(), 'dealcalc-batch-streams-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ROW = '2017-11-15,1500000000,CNY\n';
const CONVERTED = '2017-11-15,1500000000,CNY,226586102.72,USD,6.62,CNY per USD,2017-11-15,fred-h10,,';

describe('convert --batch as a process', { timeout: 60000 }, () => {
  it('reads standard input with "-"', () => {
    const r = spawnSync(process.execPath, [BIN, 'convert', '--batch', '-', '--to', 'USD'], {
      input: `date,amount,currency\n${ROW}`,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[1]).toBe(CONVERTED);
  });

  it('writes printable rows as bytes and still escapes a control character in a cell', () => {
    const r = spawnSync(process.execPath, [BIN, 'convert', '--batch', '-', '--to', 'USD'], {
      input: `memo,date,amount,currency\nplain,${ROW}\u001b]0;owned\u0007,${ROW}`,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect([...r.stdout].filter((ch) => ch < ' ' && ch !== '\n')).toEqual([]);
    expect(r.stdout.split('\n').slice(1, 3)).toEqual([
      `plain,${CONVERTED}`,
      `\\x1b]0;owned\\x07,${CONVERTED}`,
    ]);
  });

  it('streams: the first rows come out before the input ends', async () => {
    const child = spawn(process.execPath, [BIN, 'convert', '--batch', '-', '--to', 'USD'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child.stdin.write(`date,amount,currency\n${ROW}`);
    let out = '';
    const firstRow = new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
        if (out.includes(CONVERTED)) resolve();
      });
    });
    await firstRow; // stdin is still open here: the row came out while the input goes on
    expect(child.exitCode).toBeNull();
    child.stdin.end(ROW);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(out.trim().split('\n')).toHaveLength(3);
  });

  it('reads a FIFO as it is written, to its end', async () => {
    const fifo = join(dir, 'rows.fifo');
    execFileSync('mkfifo', [fifo]);
    const child = spawn(process.execPath, [BIN, 'convert', '--batch', fifo, '--to', 'USD'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    const writer = createWriteStream(fifo);
    writer.end(`date,amount,currency\n${ROW}${ROW}`);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(out.trim().split('\n').slice(1)).toEqual([CONVERTED, CONVERTED]);
  });

  it('stops on /dev/zero (no line ends) with an error, instead of filling memory or hanging', () => {
    const r = spawnSync(process.execPath, [BIN, 'convert', '--batch', '/dev/zero', '--to', 'USD'], {
      encoding: 'utf8',
      timeout: 30000,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /^dealcalc: line 1 is longer than 1048576 bytes: this is not a CSV file of rows\nhint: /,
    );
  });

  it('ends quietly when the reader stops early (| head)', () => {
    const big = join(dir, 'big.csv');
    writeFileSync(big, `date,amount,currency\n${ROW.repeat(50000)}`);
    const r = spawnSync(
      'bash',
      [
        '-c',
        `node "$BIN" convert --batch "$FILE" --to USD | head -c 100 > /dev/null; exit \${PIPESTATUS[0]}`,
      ],
      { encoding: 'utf8', env: { ...process.env, BIN, FILE: big } },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('keeps memory flat: 200,000 rows in well under 120 MiB, as 2,000 rows', () => {
    const rss = join(dir, 'rss');
    const preload = join(dir, 'rss.cjs');
    writeFileSync(
      preload,
      `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(rss)}, String(process.resourceUsage().maxRSS)));`,
    );
    const peak = (rows: number) => {
      const path = join(dir, `rows-${rows}.csv`);
      const days = ['2017-11-13', '2017-11-14', '2017-11-15', '2017-11-16', '2017-11-17', '2017-11-18'];
      const lines = Array.from(
        { length: rows },
        (_, i) => `${days[i % 6]},${i}.${i % 100},${['CNY', 'EUR', 'JPY'][i % 3]}`,
      );
      writeFileSync(path, `date,amount,currency\n${lines.join('\n')}\n`);
      const r = spawnSync(process.execPath, ['-r', preload, BIN, 'convert', '--batch', path, '--to', 'USD'], {
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      expect(r.status).toBe(0);
      return Number(readFileSync(rss, 'utf8')) / 1024;
    };
    const small = peak(2000);
    const large = peak(200000);
    expect(large).toBeLessThan(120);
    expect(large - small).toBeLessThan(40);
  });
});

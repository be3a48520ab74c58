import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../fx/helpers.js';

const BIN = join(ROOT, 'bin', 'dealcalc.cjs');
// Every currency the IMF table quotes: a --json answer of several hundred kilobytes, more than a pipe holds.
const manifest = JSON.parse(readFileSync(join(ROOT, 'data', 'manifest.json'), 'utf8')) as {
  sources: { id: string; series: { currency: string }[] }[];
};
const MANY = manifest.sources
  .find((s) => s.id === 'imf')
  ?.series.map((s) => s.currency)
  .join(',') as string;
const TWICE = `${MANY},${MANY}`;

function sh(script: string) {
  return spawnSync('bash', ['-c', script], { encoding: 'utf8', env: { ...process.env, BIN } });
}

describe('output streams (issue 6)', () => {
  it('a reader that stops early (| head -c 10) ends the run quietly: no stack, no message, exit 0', () => {
    const r = sh(
      `node "$BIN" convert "1.5 billion yuan" ${TWICE} --on 2017-11-15 --json | head -c 10 >/dev/null; exit \${PIPESTATUS[0]}`,
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('the full answer is large enough to fill a pipe (so the test above closes it early)', () => {
    const r = spawnSync(
      process.execPath,
      [BIN, 'convert', '1.5 billion yuan', TWICE, '--on', '2017-11-15', '--json'],
      { encoding: 'utf8', maxBuffer: 1 << 26 },
    );
    expect(r.status).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(128 * 1024);
  });

  it('a full disk (> /dev/full) is one line on stderr and exit 3', () => {
    const r = sh(`node "$BIN" convert "5 CNY" USD --on 2017-11-15 > /dev/full`);
    expect(r.status).toBe(3);
    expect(r.stderr).toBe(
      'dealcalc: cannot write the output (ENOSPC)\nhint: The disk is full: free some space, or send the output to a file on another disk.\n',
    );
  });

  it('a closed standard input changes nothing', () => {
    const r = sh(`node "$BIN" convert "5 CNY" USD --on 2017-11-15 <&-`);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('0.76 USD'); // 5 / 6.62
  });
});

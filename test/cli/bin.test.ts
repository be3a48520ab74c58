import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/dealcalc.cjs', import.meta.url));
const BUNDLE = fileURLToPath(new URL('../../dist/dealcalc.cjs', import.meta.url));

// The shim and the bundle are what `npx dealcalc` runs; the rest of the CLI tests call run()
// in-process. Needs a build (npm install does one).
describe.skipIf(!existsSync(BUNDLE))('bin/dealcalc.cjs', () => {
  it('converts the seed figure and exits 0', () => {
    const r = spawnSync(process.execPath, [BIN, 'convert', '1.5 billion yuan', 'USD', '--on', '2017-11-15'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('1,500,000,000.00 CNY = 226,586,102.72 USD');
  });

  it('sets the exit code of a data error (3) and writes the error to stderr', () => {
    const r = spawnSync(process.execPath, [BIN, 'convert', '1.5 billion yuan', 'USD', '--on', '2026-06-01'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^dealcalc: /);
  });

  it('reads tables from DEALCALC_DATA_DIR when it is set', () => {
    const r = spawnSync(process.execPath, [BIN, 'rates', 'sources'], {
      encoding: 'utf8',
      env: { ...process.env, DEALCALC_DATA_DIR: '/nonexistent/dealcalc' },
    });
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('/nonexistent/dealcalc');
  });
});

/**
 * The bundled CLI is one module graph (scripts/bundle.mjs): the lazily loaded commands share one
 * copy of the core, so an error thrown in the scenario command is the class the main bundle
 * knows, and comes out with its own code and exit code, never as an internal error (exit 4).
 * Needs a build (npm install does one).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../fx/helpers.js';

const BIN = join(ROOT, 'bin', 'dealcalc.cjs');
const DIST = join(ROOT, 'dist');
const work = mkdtempSync(join(tmpdir(), 'dealcalc-graph-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The files of the bundled CLI: the main bundle and its chunks. */
function bundledFiles(): string[] {
  const chunks = readdirSync(join(DIST, 'chunks')).filter((name) => name.endsWith('.cjs'));
  return [join(DIST, 'dealcalc.cjs'), ...chunks.map((name) => join(DIST, 'chunks', name))];
}

/** How many times a pattern occurs across the bundled CLI. */
function occurrences(pattern: RegExp): number {
  return bundledFiles().reduce((n, file) => n + (readFileSync(file, 'utf8').match(pattern)?.length ?? 0), 0);
}

const HOLDERS = 'currency: USD\nholders:\n  - { name: Founder A, shares: 1000000 }\n';

describe.skipIf(!existsSync(join(DIST, 'dealcalc.cjs')))('the bundled CLI, one module graph', () => {
  it('holds one copy of decimal.js and one of the error class', () => {
    // decimal.js names its errors with this prefix once, in one constant.
    expect(occurrences(/\[DecimalError\] /g)).toBe(1);
    expect(occurrences(/this\.name\s*=\s*"DealCalcError"/g)).toBe(1);
  });

  it('is ASCII throughout, so that V8 holds each file as a one-byte string (read twice as fast)', () => {
    const raw = bundledFiles().filter((file) => /[\u0080-\u00ff]/.test(readFileSync(file, 'latin1')));
    expect(raw).toEqual([]);
  });

  // Each case: a scenario the core refuses, the code it must print and the exit code.
  // The scenario errors are input errors (exit 2), the missing rate a data error (exit 3):
  // fred-h10 ends on 2024-11-29 (Fed H.10), so a euro figure of 2025-03-03 has no rate.
  it.each([
    [
      'a pool target the SAFEs leave no room for',
      `${HOLDERS}convertibles:\n  - { name: Safe, type: safe-post, amount: "$4M", cap: "$4M" }\nrounds:\n  - { name: A, date: 2021-01-04, preMoney: "$8M", convention: percentage-ownership, investors: [{ name: VC, amount: "$2M" }] }\n`,
      'SCENARIO_UNSOLVABLE',
      2,
    ],
    [
      'a pool target of 85% of an $8M pre-money',
      `${HOLDERS}rounds: [{ name: A, date: 2018-01-02, preMoney: "$8M", pool: { target: "85%", placement: pre-money }, investors: [{ name: VC, amount: "$2M" }] }]\n`,
      'SCENARIO_UNSOLVABLE',
      2,
    ],
    [
      'an unknown seller',
      `${HOLDERS}rounds:\n  - { name: A, date: 2018-01-02, preMoney: "$8M", investors: [{ name: Lead, amount: "$2M" }], secondaries: [{ seller: Founder C, buyer: Lead, shares: 1000, price: "$3" }] }\n`,
      'SCENARIO_UNKNOWN_HOLDER',
      2,
    ],
    [
      'a seller selling more shares than held',
      `${HOLDERS}rounds:\n  - { name: A, date: 2018-01-02, preMoney: "$8M", secondaries: [{ seller: Founder A, buyer: Lead, shares: 1000001, price: "$3" }] }\n`,
      'SCENARIO_OVERSOLD',
      2,
    ],
    [
      'a euro investment after fred-h10 ends',
      `${HOLDERS}fx: { source: fred-h10 }\nrounds: [{ name: A, date: 2025-03-03, preMoney: "$8M", investors: [{ name: VC, amount: "€2M" }] }]\n`,
      'RATE_AFTER_COVERAGE',
      3,
    ],
  ])('%s: %s, exit %i', (name, yaml, code, exit) => {
    const file = join(work, `${name.replace(/\W+/g, '-')}.yaml`);
    writeFileSync(file, yaml);
    const env = { ...process.env, DEALCALC_USER_DIR: join(work, 'user') };
    const json = spawnSync(process.execPath, [BIN, 'scenario', file, '--json'], { encoding: 'utf8', env });
    expect(json.status).toBe(exit);
    expect((JSON.parse(json.stdout) as { error: { code: string } }).error.code).toBe(code);
    const text = spawnSync(process.execPath, [BIN, 'scenario', file], { encoding: 'utf8', env });
    expect(text.status).toBe(exit);
    expect(text.stderr).toMatch(/^dealcalc: /);
    expect(text.stderr).not.toMatch(/internal error|bug in dealcalc/i);
  });
});

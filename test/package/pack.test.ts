import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../fx/helpers.js';

/** The README's library example: the code block after the "In a script" heading. */
function readmeScript(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### In a script'));
  const block = /```js\n([\s\S]*?)```/.exec(section)?.[1];
  if (block === undefined) throw new Error('README has no ```js block under "### In a script"');
  return block;
}

const work = mkdtempSync(join(tmpdir(), 'dealcalc-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed package', () => {
  it('runs the README library example against `npm pack` installed in a fresh folder: 226586102.72', () => {
    expect(existsSync(join(ROOT, 'dist', 'node', 'index.js')), 'run npm run build first').toBe(true);
    const npm = (args: string[], cwd: string) =>
      execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const tarball = npm(['pack', '--ignore-scripts', '--silent', '--pack-destination', work], ROOT)
      .trim()
      .split('\n')
      .pop() as string;
    writeFileSync(
      join(work, 'package.json'),
      '{ "name": "readme-example", "private": true, "type": "module" }\n',
    );
    npm(
      ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', join(work, tarball)],
      work,
    );
    const script = readmeScript();
    writeFileSync(join(work, 'example.mjs'), script);
    expect(script.split('\n').filter((l) => l.trim() !== '').length).toBeLessThanOrEqual(4);
    const out = execFileSync(process.execPath, ['example.mjs'], { cwd: work, encoding: 'utf8' });
    expect(out.trim()).toBe('226586102.72'); // 1.5e9 / 6.62, Fed H.10 on 2017-11-15

    // The README's sensitivity script, on the issue 9 scenario: a header and seven rows.
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const sensitivity = /A sensitivity table from a script:\n\n```js\n([\s\S]*?)```/.exec(
      readme,
    )?.[1] as string;
    expect(sensitivity.split('\n').filter((l) => l.trim() !== '').length).toBeLessThanOrEqual(10);
    writeFileSync(
      join(work, 'series-a.yaml'),
      readFileSync(join(ROOT, 'test', 'cli', 'fixtures', 'series-a.yaml')),
    );
    writeFileSync(join(work, 'sensitivity.mjs'), sensitivity);
    const table = execFileSync(process.execPath, ['sensitivity.mjs'], { cwd: work, encoding: 'utf8' })
      .trim()
      .split('\n');
    expect(table).toHaveLength(8);
    expect(table[1]?.split('\t')[0]).toBe('6000000');
  }, 180_000);
});

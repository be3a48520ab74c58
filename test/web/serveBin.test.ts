import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { nonLoopbackWarning } from '../../src/cli/serveCommand.js';
import { rawGet } from './helpers.js';
import { BUILT, startServe } from './serveProcess.js';

function exited(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

// Needs a build (npm install does one): the bundled CLI and the built page.
describe.skipIf(!BUILT)('dealcalc serve (issue 12)', () => {
  it('prints the address of a free port, serves the page and the tables, refuses the rest, stops cleanly on Ctrl-C', async () => {
    const { child, line, stdout } = await startServe(['--port', '0']);
    const match = /^serving the page at (http:\/\/127\.0\.0\.1:(\d+)\/) \(Ctrl-C stops\)$/.exec(line);
    expect(match, line).not.toBeNull();
    const port = Number(match?.[2]);
    expect((await rawGet(port, '/')).body).toContain('<title>dealcalc');
    expect((await rawGet(port, '/app.js')).type).toBe('text/javascript; charset=utf-8');
    expect((await rawGet(port, '/data/fred-h10/CHUS.csv')).status).toBe(200);
    for (const outside of [
      '/data/../package.json',
      '/../../package.json',
      '/data/%2e%2e/package.json',
      '/bin/dealcalc.cjs',
      '/data/',
    ]) {
      expect((await rawGet(port, outside)).status, outside).toBe(404);
    }
    const exit = exited(child);
    child.kill('SIGINT');
    expect(await exit).toBe(0);
    expect(stdout()).toMatch(/\nstopped\n$/);
  }, 20_000);

  it('prints the address as JSON with --json, and says when it cannot open a browser', async () => {
    const { child, line, stderr } = await startServe(['--port', '0', '--json', '--open'], {
      ...process.env,
      PATH: '/nonexistent',
    });
    const json = JSON.parse(line) as { url: string; host: string; port: number };
    expect(json.host).toBe('127.0.0.1');
    expect(json.url).toBe(`http://127.0.0.1:${json.port}/`);
    const exit = exited(child);
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(stderr()).toBe(
      `dealcalc: --open: xdg-open is not installed here; open ${json.url} in a browser\n`,
    );
  }, 20_000);
});

describe('serving beyond loopback is said (issue 12)', () => {
  it.each([
    ['127.0.0.1', null],
    ['::1', null],
    ['localhost', null],
    ['0.0.0.0', /^dealcalc: warning: serving on 0\.0\.0\.0, not on this machine alone/],
    ['192.168.1.20', /^dealcalc: warning: serving on 192\.168\.1\.20/],
  ])('%s', (host, warning) => {
    const text = nonLoopbackWarning(host);
    if (warning === null) expect(text).toBeNull();
    else expect(text).toMatch(warning);
  });
});

/**
 * Issue 20, items 8-15 and its messages: each reproduction through the built binary (dist/, as a
 * user runs it) and, where the fault is in the core or the shell, in-process too.
 */
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateRates } from '../../src/node/importRates.js';
import { openShippedStore } from '../../src/node/openStore.js';
import { readScenarioDocument } from '../../src/deal/scenario/document.js';
import { parseScenario } from '../../src/deal/scenario/parseScenario.js';
import { dealcalc } from '../cli/helpers.js';
import { ROOT } from '../fx/helpers.js';
import { RAW_CONTROL } from './contract.js';

const BIN = join(ROOT, 'bin', 'dealcalc.cjs');
const BUNDLE = join(ROOT, 'dist', 'dealcalc.cjs');
const built = existsSync(BUNDLE);
const work = mkdtempSync(join(tmpdir(), 'dealcalc-issue20-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The built CLI, as a user runs it. */
function bin(args: readonly string[], options: { input?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    input: options.input ?? '',
    env: { ...process.env, ...options.env },
    maxBuffer: 1 << 28,
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function sh(script: string) {
  return spawnSync('bash', ['-c', script], {
    encoding: 'utf8',
    env: { ...process.env, BIN },
    maxBuffer: 1 << 26,
    timeout: 60_000,
  });
}

/** A chart of November 2017's USD/CNY rates, from the shipped Fed table. */
const CHART = [
  'rates',
  'show',
  'USD/CNY',
  '--from',
  '2017-11-01',
  '--to',
  '2017-11-30',
  '--source',
  'fred-h10',
];
const isRoot = process.getuid?.() === 0;

describe.skipIf(!built)(
  'item 8: --svg writes as a shell would, and never replaces what is not a file',
  () => {
    it('a FIFO is written into as a stream and stays a FIFO', () => {
      const fifo = join(work, 'chart.fifo');
      const out = join(work, 'from-fifo.svg');
      const r = sh(
        `mkfifo "${fifo}" && (cat "${fifo}" > "${out}" &) && node "$BIN" ${CHART.join(' ')} --svg "${fifo}"`,
      );
      expect(r.status, r.stderr).toBe(0);
      expect(lstatSync(fifo).isFIFO()).toBe(true);
      for (let i = 0; i < 50 && !readFileSync(out, 'utf8').includes('</svg>'); i += 1) sh('sleep 0.1');
      expect(readFileSync(out, 'utf8')).toMatch(/^<svg /);
    });

    it.skipIf(!isRoot)(
      'a character device is written into and stays a device (a null device made in a temp folder)',
      () => {
        const device = join(work, 'null');
        expect(sh(`mknod "${device}" c 1 3`).status).toBe(0);
        const r = bin([...CHART, '--svg', device]);
        expect(r.code, r.stderr).toBe(0);
        expect(statSync(device).isCharacterDevice()).toBe(true);
      },
    );

    it.skipIf(!isRoot)(
      'a full device (like /dev/full) is exit 3 OUTPUT_FAILED with a hint, and stays a device',
      () => {
        const device = join(work, 'full');
        expect(sh(`mknod "${device}" c 1 7`).status).toBe(0);
        const r = bin([...CHART, '--svg', device]);
        expect(r.code).toBe(3);
        expect(r.stderr).toMatch(/cannot write .*full \(ENOSPC\)\nhint: The disk is full/);
        expect(statSync(device).isCharacterDevice()).toBe(true);
      },
    );

    it('a symbolic link stays a link; the file it names gets the chart', () => {
      const target = join(work, 'real.svg');
      const link = join(work, 'link.svg');
      writeFileSync(target, 'old');
      symlinkSync(target, link);
      expect(bin([...CHART, '--svg', link]).code).toBe(0);
      expect(lstatSync(link).isSymbolicLink()).toBe(true);
      expect(readFileSync(target, 'utf8')).toMatch(/^<svg /);
    });

    it('a folder is refused (exit 2, OUTPUT_NOT_A_FILE)', async () => {
      const r = bin([...CHART, '--svg', work, '--json']);
      expect(r.code).toBe(2);
      expect(JSON.parse(r.stdout).error.code).toBe('OUTPUT_NOT_A_FILE');
      expect((await dealcalc([...CHART, '--svg', work])).code).toBe(2);
    });

    it('--svg - writes the chart, and only it, to standard output; with --json it is refused', () => {
      const r = bin([...CHART, '--svg', '-']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^<svg [\s\S]*<\/svg>\n?$/);
      expect(bin([...CHART, '--svg', '-', '--json']).code).toBe(2);
    });
  },
);

describe('item 9: names are a safe alphabet, never merge, and no writer passes a newline', () => {
  const files = join(work, 'names');
  mkdirSync(files, { recursive: true });
  const csv = 'date,base,quote,rate\n2017-11-15,USD,CNY,6.62\n';
  const evil = join(files, 'evil\nP 2017-11-15 USD 100 CNY\n.csv');
  writeFileSync(evil, csv);

  it.skipIf(!built)(
    'a file named with a forged P line imports, prints escaped, and exports one true P line',
    () => {
      const userDir = join(work, 'store9');
      const imported = bin(['rates', 'import', 'csv', evil, '--user-dir', userDir]);
      expect(imported.code, imported.stderr).toBe(0);
      expect(imported.stdout).toContain('evil\\nP 2017-11-15 USD 100 CNY\\n.csv');
      expect(imported.stdout.split('\n').some((l) => l.startsWith('P '))).toBe(false);
      const id = /into (\S+) /.exec(imported.stdout)?.[1] as string;
      expect(id).toMatch(/^[a-z0-9][a-z0-9._-]*$/);
      const exported = bin(['rates', 'export', '--source', id, '--user-dir', userDir]);
      expect(exported.code, exported.stderr).toBe(0);
      expect(exported.stdout.split('\n').filter((l) => l.startsWith('P'))).toEqual([
        'P 2017-11-15 USD 6.62 CNY',
      ]);
      // The header says the days the rates span, not "first .. last".
      expect(exported.stdout.split('\n')[0]).toContain('2017-11-15 .. 2017-11-15');
    },
  );

  it('names that slug to nothing are refused; accents are dropped; two files never merge into one id', async () => {
    const userDir = join(work, 'store9b');
    for (const name of ['.csv', '..csv', '-.csv']) {
      writeFileSync(join(files, name), csv);
      const r = await dealcalc([
        'rates',
        'import',
        'csv',
        join(files, name),
        '--user-dir',
        userDir,
        '--json',
      ]);
      expect([r.code, (r.json as { error: { code: string } }).error.code]).toEqual([2, 'OPTION_INVALID']);
    }
    writeFileSync(join(files, 'Ünï.csv'), csv);
    const uni = await dealcalc([
      'rates',
      'import',
      'csv',
      join(files, 'Ünï.csv'),
      '--user-dir',
      userDir,
      '--json',
    ]);
    expect((uni.json as { source: string }).source).toBe('uni');
    writeFileSync(join(files, 'House Rates.csv'), csv);
    writeFileSync(join(files, 'house_rates.csv'), csv);
    expect(
      (await dealcalc(['rates', 'import', 'csv', join(files, 'House Rates.csv'), '--user-dir', userDir]))
        .code,
    ).toBe(0);
    const second = await dealcalc([
      'rates',
      'import',
      'csv',
      join(files, 'house_rates.csv'),
      '--user-dir',
      userDir,
      '--json',
    ]);
    expect((second.json as { error: { code: string } }).error.code).toBe('IMPORT_CONFLICT');
  });
});

describe('item 10: rates update follows redirects only where the publisher is', () => {
  const shipped = openShippedStore();
  const zip = readFileSync(join(ROOT, 'test', 'fixtures', 'rates', 'ecb-sample.zip'));
  let server: Server;
  let origin = '';
  let requests: string[] = [];
  const redirects: Record<string, string> = {};
  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      const to = redirects[req.url ?? ''];
      if (to !== undefined) {
        res.writeHead(302, { location: to });
        res.end('moved');
      } else if (req.url === '/moved/eurofxref-hist.zip') {
        res.writeHead(200, { 'content-type': 'application/zip' });
        res.end(zip);
      } else {
        res.writeHead(404);
        res.end(`\u001b]0;owned\u0007${'secret body '.repeat(10_000)}`);
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const path = '/stats/eurofxref/eurofxref-hist.zip';
  const update = (extra: object = {}) =>
    updateRates('ecb', {
      userDir: join(work, `store10-${Math.random().toString(36).slice(2)}`),
      shipped,
      origin,
      timeoutMs: 10_000,
      ...extra,
    });

  it('a redirect on the same host and port is followed, and provenance names the final URL', async () => {
    redirects[path] = '/moved/eurofxref-hist.zip';
    const summary = await update();
    expect(summary.url).toBe(`${origin}/moved/eurofxref-hist.zip`);
    expect(summary.file).toBe(`${origin}/moved/eurofxref-hist.zip`);
  });

  it.each([
    ['another port of the same address', () => origin.replace(/:\d+$/, ':9') + '/x', /another host/],
    ['another scheme', () => origin.replace('http:', 'https:') + '/x', /another scheme/],
    [
      'an allowed host that resolves to a link-local address',
      () => 'http://rates.example/x',
      /link-local or private address \(169\.254\.169\.254\)/,
    ],
  ])('a redirect to %s is refused, and nothing is fetched there', async (_, to, why) => {
    redirects[path] = to();
    requests = [];
    const error = await update({
      redirects: { hosts: ['rates.example'], resolve: async () => ['169.254.169.254'] },
    }).catch((e: unknown) => e as Error);
    expect((error as { code?: string }).code).toBe('DOWNLOAD_FAILED');
    expect((error as Error).message).toMatch(why);
    expect(requests).toEqual([path]);
  });

  it('a failed download never echoes the body', async () => {
    redirects[path] = '/nowhere';
    const failed = (await update().catch((e: unknown) => e)) as Error;
    expect(failed.message).toMatch(/HTTP 404/);
    expect(failed.message).not.toContain('secret');
    expect(failed.message.length).toBeLessThan(300);
  });
});

describe('item 11: newlines and bidi controls never reach the terminal raw; echoes are bounded', () => {
  it('a name with a newline cannot forge a row; an assumption is said once', async () => {
    for (const run of [bin, dealcalc]) {
      if (run === bin && !built) continue;
      const r = await run([
        'stake',
        '--invest',
        'A\nfake line=$1M',
        '--post',
        '$2 billion',
        '--on',
        '2017-11-15',
      ]);
      expect(r.code).toBe(0);
      expect(r.stdout.split('\n').some((l) => l.startsWith('fake line'))).toBe(false);
      expect(r.stdout).toContain('A\\nfake line');
      expect(r.stdout.match(/assumed: a bare "\$" is read as US dollars/g)).toHaveLength(1);
    }
  });

  it.each(['\u202e', '\u2066', '\u200f'])(
    '%j never reaches the terminal raw, in a figure or a name',
    async (mark) => {
      for (const args of [
        ['convert', `5 yuan ${mark}x`, 'USD', '--on', '2017-11-15'],
        ['stake', '--invest', `A${mark}B=$1M`, '--post', '$2 billion', '--on', '2017-11-15'],
      ]) {
        const r = await dealcalc(args);
        expect([0, 2]).toContain(r.code);
        expect(r.stdout + r.stderr).not.toContain(mark);
        expect(r.stdout + r.stderr).toContain(`\\u${mark.charCodeAt(0).toString(16)}`);
        expect(r.stderr).not.toMatch(RAW_CONTROL);
      }
    },
  );

  it('a 120 KB word is echoed as a bounded excerpt', async () => {
    const r = await dealcalc(['convert', `5 ${'x'.repeat(120_000)} yuan`, 'USD', '--on', '2017-11-15']);
    expect(r.code).toBe(2);
    expect(r.stderr.length).toBeLessThan(2000);
    expect(r.stderr).toMatch(/more characters/);
  });
});

/** 9^n values from a few hundred bytes: the classic alias bomb. */
function aliasBomb(levels: number): string {
  const names = 'abcdefghij';
  const lines = ['currency: USD', `${names[0]}: &${names[0]} [x,x,x,x,x,x,x,x,x]`];
  for (let i = 1; i < levels; i += 1) {
    const prev = `*${names[i - 1]}`;
    lines.push(`${names[i]}: &${names[i]} [${Array(9).fill(prev).join(',')}]`);
  }
  return `${lines.join('\n')}\n`;
}

describe('item 12: YAML alias bombs, depth and size are bounded', () => {
  it.each([6, 7, 9])('a 9^%i alias bomb is refused in well under a second, in-process', (levels) => {
    const started = Date.now();
    const r = readScenarioDocument(aliasBomb(levels));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.message).toMatch(/more than 100000 values once its aliases/);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('20,000 plain aliases read in linear time (memoised, not copied)', () => {
    const text = `currency: USD\na: &a x\nl: [${Array(20_000).fill('*a').join(',')}]\n`;
    const started = Date.now();
    expect(readScenarioDocument(text).ok).toBe(true);
    expect(Date.now() - started).toBeLessThan(15_000);
  }, 20_000);

  it('deep nesting and two documents get our words, never the library’s', () => {
    const deep = readScenarioDocument(`a: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`);
    expect(!deep.ok && deep.error.message).toMatch(/nested more than 64 deep/);
    const two = readScenarioDocument('currency: USD\n---\ncurrency: EUR\n');
    expect(!two.ok && two.error.message).toMatch(/one document/);
    expect(!two.ok && two.error.message).not.toMatch(/YAML\.|parseAllDocuments/);
  });

  it.skipIf(!built)(
    'the bomb through a file and through --set: exit 2, quickly, through the binary',
    () => {
      const file = join(work, 'bomb.yaml');
      writeFileSync(file, aliasBomb(7));
      const started = Date.now();
      const r = bin(['scenario', file, '--json']);
      expect(r.code).toBe(2);
      expect(JSON.parse(r.stdout).error.code).toBe('SCENARIO_SYNTAX');
      const flow = ['&a [x,x,x,x,x,x,x,x,x]'];
      for (const [i, n] of [...'bcdefg'].entries())
        flow.push(`&${n} [${Array(9).fill(`*${'abcdefg'[i]}`).join(',')}]`);
      const scenario = join(work, 'plain.yaml');
      writeFileSync(scenario, 'currency: USD\nholders: [{ name: Founder, shares: 1000000 }]\n');
      const set = bin(['scenario', scenario, '--set', `name=[${flow.join(', ')}]`]);
      expect(set.code).toBe(2);
      expect(set.stderr).not.toMatch(/Maximum call stack|YAML\./);
      expect(Date.now() - started).toBeLessThan(30_000);
    },
    60_000,
  );
});

describe('item 13: scan --json positions are offsets and an excerpt, not the story', () => {
  it('40 KB of "¥5 " gives JSON linear in its size, with no copy of the story per figure', async () => {
    const story = `15 November 2017. ${'¥5 '.repeat(13_000)}`;
    const file = join(work, 'yen.txt');
    writeFileSync(file, story);
    const r = await dealcalc(['scan', file, '--json']);
    expect(r.code).toBe(0);
    const body = r.json as { unread: { error: { position?: { input?: string; excerpt?: string } } }[] };
    expect(body.unread.length).toBeGreaterThan(1000);
    expect(body.unread.every((u) => u.error.position?.input === undefined)).toBe(true);
    expect(body.unread[0]?.error.position?.excerpt?.length).toBeLessThan(100);
    // 13,000 figures at well under a kilobyte each (it was 405 MB, 10 KB a figure per KB of story).
    expect(r.stdout.length).toBeLessThan(13_000 * 1000);
  }, 60_000);
});

describe.skipIf(!built)('item 14: standard input stops at the size limit', () => {
  it.each([
    ['scan - < /dev/zero', 'node "$BIN" scan - < /dev/zero'],
    ['yes | scan -', 'yes | node "$BIN" scan -'],
    ['scenario - < /dev/zero', 'node "$BIN" scenario - < /dev/zero'],
  ])(
    '%s: exit 2, "reading stopped there", in seconds and small memory',
    (_, script) => {
      const started = Date.now();
      const r = sh(script);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(
        /^dealcalc: cannot read standard input: more than \d+ bytes \(reading stopped there\)\nhint: /,
      );
      expect(Date.now() - started).toBeLessThan(30_000);
    },
    60_000,
  );
});

describe('item 15: scenario limits, with clear errors', () => {
  const holders = (n: number) =>
    `currency: USD\nholders:\n${Array.from({ length: n }, (_, i) => `  - { name: H${i}, shares: 1 }`).join('\n')}\n`;
  it('10,001 holders are refused, 10,000 read', () => {
    const over = parseScenario(holders(10_001));
    expect(!over.ok && over.error.message).toMatch(/10001 items, more than the 10000/);
    expect(parseScenario(holders(10_000)).ok).toBe(true);
  }, 30_000);

  it('a share count of 100,000 digits is refused at once, naming the limit', () => {
    const r = parseScenario(`currency: USD\nholders: [{ name: A, shares: ${'9'.repeat(100_000)} }]\n`);
    expect(!r.ok && r.error.message).toMatch(/100000 digits, more than 24/);
  });

  it('201 rounds are refused', () => {
    const rounds = Array.from(
      { length: 201 },
      (_, i) =>
        `  - { name: R${i}, date: 2018-01-01, preMoney: "$8M", investors: [{ name: I${i}, amount: "$1M" }] }`,
    );
    const r = parseScenario(
      `currency: USD\nholders: [{ name: A, shares: 1000 }]\nrounds:\n${rounds.join('\n')}\n`,
    );
    expect(!r.ok && r.error.message).toMatch(/201 items, more than the 200/);
  });
});

describe.skipIf(!built)('messages', () => {
  it.each(['scan', 'scenario', 'check', 'rates show'])(
    'a missing argument of %s gets its own hint, not convert’s',
    (command) => {
      const r = bin(command.split(' '));
      expect(r.code).toBe(2);
      expect(r.stderr).not.toMatch(/dealcalc convert/);
      expect(r.stderr).toMatch(/\nhint: /);
    },
  );

  it('> /dev/full: ENOSPC with a hint, exit 3', () => {
    const r = sh(`node "$BIN" convert "5 CNY" USD --on 2017-11-15 > /dev/full`);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/\(ENOSPC\)\nhint: The disk is full/);
  });
});

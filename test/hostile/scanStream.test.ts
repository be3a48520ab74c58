/**
 * Issue 20 item 16: a scan is written as it is checked (openScan, writeScanText, writeScanJson),
 * and what is written is the one-call answer (scanText, renderScanText, renderScanJson) character
 * for character, whether the stream replays what it found or reads the story again. Rates: Fed
 * H.10 (FRED DEXCHUS) 2017-11-15, 6.62 CNY per USD: 1.5e9 / 6.62 = 226.59 million, so "1.5
 * billion yuan ($227 million)" is consistent, and "N million yuan ($M million)" with M > N implies
 * less than 1 CNY per USD, inconsistent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderScanJson, renderScanText, writeScanJson, writeScanText } from '../../src/check/render/scan.js';
import { openScan } from '../../src/check/scanStream.js';
import { scanText, type ScanRequest } from '../../src/check/scanText.js';
import { openShippedStore } from '../../src/node/openStore.js';
import { dealcalc } from '../cli/helpers.js';
import { ROOT } from '../fx/helpers.js';

const STORE = openShippedStore();
const BIN = join(ROOT, 'bin', 'dealcalc.cjs');
const built = existsSync(join(ROOT, 'dist', 'dealcalc.cjs'));
const work = mkdtempSync(join(tmpdir(), 'dealcalc-scan-stream-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A story with every part a scan has: pairs (repeated and distinct), lone figures, unread ones. */
function story(distinct: number): string {
  const parts = ['Beijing, 15 November 2017. Alibaba will invest about 1.5 billion yuan ($227 million).'];
  for (let i = 0; i < distinct; i += 1) {
    parts.push(`It raised ${1000 + i} million yuan ($${2000 + i} million).`);
    if (i % 7 === 0) parts.push('Again, about 1.5 billion yuan ($227 million).\nA plan of 400 billion yuan.');
    if (i % 11 === 0) parts.push('Some ¥5 million went elsewhere, and €3 million too.');
  }
  parts.push('A last 2 billion yuan.');
  return parts.join(' ');
}

function streamed(request: ScanRequest, json: boolean, keep?: number): string {
  const parts: string[] = [];
  (json ? writeScanJson : writeScanText)(openScan(STORE, request, keep), (text) => parts.push(text));
  return parts.join('');
}

describe('item 16: a scan written as it is checked is the one-call answer', () => {
  // 300 distinct pairs: more than the 256 checks a stream keeps for a pair quoted again.
  const request: ScanRequest = { text: story(300), source: 'fred-h10' };
  const whole = scanText(STORE, request);
  const text = renderScanText(whole);
  const json = renderScanJson(whole);

  it('the story has each part: 344 pairs, 44 of them the seed pair (consistent), lone and unread figures', () => {
    expect(whole.summary.pairs).toBe(300 + 44);
    expect(whole.summary.consistent).toBe(44);
    expect(whole.summary.inconsistent).toBe(300);
    expect(whole.figures.filter((f) => f.pair === null)).toHaveLength(43 + 28 + 1);
    // A lone "¥" names two currencies: each "¥5 million" is unread (FIGURE_AMBIGUOUS_CURRENCY).
    expect(whole.unread).toHaveLength(28);
    expect(whole.unread.every((u) => u.text.endsWith('¥5 million'))).toBe(true);
  });

  it.each([
    ['replayed (the story read once)', undefined],
    ['read again for each part (nothing kept)', 0],
    ['read again once too many were found to keep', 100],
    // 760 figures and 28 unread: too many to replay, but the 72 lone and 28 unread are kept.
    ['read again for the figures, the lone and unread ones kept', 150],
  ])('text and --json, %s', (_, keep) => {
    expect(streamed(request, false, keep)).toBe(text);
    expect(streamed(request, true, keep)).toBe(json);
  });

  it('the JSON written piece by piece parses to the same answer', () => {
    const parts: string[] = [];
    writeScanJson(openScan(STORE, request), (piece) => parts.push(piece));
    expect(parts.length).toBeGreaterThan(600);
    expect(JSON.parse(parts.join(''))).toEqual(JSON.parse(json));
  });

  it('an empty story and one with no pairs stream as they render (empty arrays as [])', () => {
    for (const t of ['15 November 2017. Nothing here.', '15 November 2017. A plan of 400 billion yuan.']) {
      const r: ScanRequest = { text: t, source: 'fred-h10' };
      expect(streamed(r, true)).toBe(renderScanJson(scanText(STORE, r)));
      expect(streamed(r, false)).toBe(renderScanText(scanText(STORE, r)));
    }
  });

  it('the summary is counted while the pairs are written, or by reading them when asked first', () => {
    const scan = openScan(STORE, request);
    expect(scan.summary()).toEqual(whole.summary);
  });

  it('bad options are refused when the scan is opened, before any of the answer is written', () => {
    expect(() => openScan(STORE, { ...request, languages: ['xx'] })).toThrow(
      expect.objectContaining({ code: 'OPTION_INVALID' }),
    );
    expect(() => openScan(STORE, { text: 'no day here: $5 million' })).toThrow(
      expect.objectContaining({ code: 'SCAN_NO_DATE' }),
    );
  });

  it('the CLI in-process writes the same text and JSON, exit 1 (inconsistent pairs)', async () => {
    const file = join(work, 'story.txt');
    writeFileSync(file, request.text);
    const t = await dealcalc(['scan', file, '--source', 'fred-h10']);
    expect(t.code).toBe(1);
    expect(t.stdout).toBe(text);
    const j = await dealcalc(['scan', file, '--source', 'fred-h10', '--json']);
    expect(j.code).toBe(1);
    expect(j.stdout).toBe(json);
  }, 60_000);

  it.skipIf(!built)(
    'the built binary writes the same, in more than one write',
    () => {
      const file = join(work, 'story-bin.txt');
      writeFileSync(file, request.text);
      for (const [flags, expected] of [
        [[], text],
        [['--json'], json],
      ] as const) {
        const r = spawnSync(process.execPath, [BIN, 'scan', file, '--source', 'fred-h10', ...flags], {
          encoding: 'utf8',
          maxBuffer: 1 << 28,
        });
        expect(r.status).toBe(1);
        expect(r.stdout).toBe(expected);
      }
      expect(json.length).toBeGreaterThan(1 << 16);
    },
    60_000,
  );
});

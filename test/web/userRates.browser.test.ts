/**
 * The user's own rates in the page (issue 18): a table imported with `dealcalc rates import` and
 * given to the page by `dealcalc serve`, and a file a reader brings into the static page. A story
 * of December 2026 lies after every shipped table (the ECB's ends on 2026-04-13), so only the
 * user's rate can check it: 710 million yuan at 7.1000 CNY per USD is exactly $100 million.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { dealcalc } from '../cli/helpers.js';
import {
  buildPage,
  launchBrowser,
  NO_BROWSER,
  plainStaticServer,
  storyRun,
  storyRuns,
  type PageDocument,
} from './browser.js';
import { BUILT, startServe } from './serveProcess.js';

declare const document: PageDocument;

const HOUSE = 'date,base,quote,rate\n2026-12-01,USD,CNY,7.1000\n';
const STORY =
  'BEIJING, 1 December 2026. The company raised 710 million yuan ($100 million) from its backers.';
const SHOTS = process.env.DEALCALC_SCREENSHOTS;

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dealcalc-user-rates-'));
  temps.push(dir);
  return dir;
}

async function paste(page: Page, text: string): Promise<void> {
  const before = await storyRuns(page);
  await page.fill('#story-text', text);
  await storyRun(page, before);
}

async function firstConversion(page: Page): Promise<string> {
  await page.locator('#pair-list button.pair-row').nth(0).click();
  await page.waitForFunction(
    () => document.getElementById('detail-heading')?.textContent?.startsWith('Conversion 1:') === true,
  );
  return page.locator('#detail').innerText();
}

describe.skipIf(NO_BROWSER !== null || !BUILT)('the user’s rates in the page (issue 18)', () => {
  it('dealcalc serve gives the page the tables imported with rates import: a 2026-12 story is checked with the imported rate, and says so', async () => {
    const userDir = tempDir();
    const house = join(tempDir(), 'house.csv');
    writeFileSync(house, HOUSE);
    const imported = await dealcalc([
      'rates',
      'import',
      'csv',
      house,
      '--as',
      'house',
      '--user-dir',
      userDir,
    ]);
    expect(imported.code).toBe(0);
    const serve = await startServe(['--port', '0', '--user-dir', userDir]);
    const url = /(http:\S+)/.exec(serve.line)?.[1] as string;
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      await page.goto(url);
      await page.waitForSelector('html[data-ready]');
      // Listed with the shipped tables, as the user's.
      const listed = await page.locator('#rates-list').innerText();
      expect(listed).toMatch(
        /house\s+rates imported from house\.csv \(yours, from dealcalc serve\), 2026-12-01 \.\. 2026-12-01/,
      );
      expect(listed).toMatch(
        /ecb\s+ECB euro foreign exchange reference rates; Source: ECB, 1999-01-04 \.\. 2026-04-13/,
      );
      await paste(page, STORY);
      expect(await page.locator('#story-annotated button.badge').allInnerTexts()).toEqual(['✓ consistent']);
      const detail = await firstConversion(page);
      expect(detail).toContain('with the house rate of 2026-12-01');
      expect(detail).toMatch(
        /house rates imported from house\.csv \(yours, from dealcalc serve\)\s+7\.1000 CNY per USD\s+✓ consistent/,
      );
      if (SHOTS) await page.screenshot({ path: join(SHOTS, 'served-user-rates.png'), fullPage: true });
    } finally {
      await browser.close();
      serve.child.kill('SIGINT');
    }
  }, 60_000);

  it('the static page reads a rates file the reader brings, with the parsers of rates import, keeps it until removed, and cites it as the reader’s', async () => {
    const site = buildPage();
    const server = await plainStaticServer(site.dir);
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      await page.goto(server.url);
      await page.waitForSelector('html[data-ready]');
      // Without the file, the story lies after every table the page has.
      await paste(page, STORY);
      expect(await page.locator('#story-annotated button.badge').allInnerTexts()).toEqual(['? not checked']);
      const before = await storyRuns(page);
      await page.selectOption('#rates-format', 'csv');
      await page.setInputFiles('#rates-file', {
        name: 'house.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(HOUSE),
      });
      await storyRun(page, before);
      expect(await page.locator('#rates-status').innerText()).toBe(
        'Read house.csv as house; kept in this browser until you remove it.',
      );
      expect(await page.locator('#story-annotated button.badge').allInnerTexts()).toEqual(['✓ consistent']);
      const detail = await firstConversion(page);
      expect(detail).toMatch(
        /house rates imported from house\.csv \(yours, kept in this browser\)\s+7\.1000 CNY per USD\s+✓ consistent/,
      );
      if (SHOTS) await page.screenshot({ path: join(SHOTS, 'static-user-rates.png'), fullPage: true });
      // Kept across a reload; removed on request.
      await page.reload();
      await page.waitForSelector('html[data-ready]');
      expect(await page.locator('#rates-list').innerText()).toContain('(yours, kept in this browser)');
      await page.click('button[data-remove="house"]');
      await page.waitForFunction(
        () => !(document.getElementById('rates-list')?.textContent ?? '').includes('house'),
      );
      await page.reload();
      await page.waitForSelector('html[data-ready]');
      expect(await page.locator('#rates-list').innerText()).not.toContain('house');
      // A file that does not read is said, and not kept.
      await page.setInputFiles('#rates-file', {
        name: 'bad.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('nonsense\n'),
      });
      await page.waitForFunction(() =>
        (document.getElementById('rates-status')?.textContent ?? '').startsWith('bad.csv:'),
      );
      expect(await page.locator('#rates-list').innerText()).not.toContain('bad');
    } finally {
      await browser.close();
      await server.close();
      site.remove();
    }
  }, 90_000);
});

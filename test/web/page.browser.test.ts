import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import { FOUR_PAIRS } from './helpers.js';
import { BUILT, startServe } from './serveProcess.js';

declare const document: PageDocument;
declare const location: { readonly hash: string };
declare const navigator: { readonly clipboard: { readText(): Promise<string> } };

/** The badges of the conversions in the checked text, as a reader sees them. */
async function badges(page: Page): Promise<string[]> {
  return page.locator('#story-annotated button.badge').allInnerTexts();
}

/** Pastes a story and waits for its check. */
async function paste(page: Page, text: string): Promise<void> {
  const before = await storyRuns(page);
  await page.fill('#story-text', text);
  await storyRun(page, before);
}

async function setDate(page: Page, date: string): Promise<void> {
  const before = await storyRuns(page);
  await page.fill('#story-date', date);
  await page.dispatchEvent('#story-date', 'change');
  await storyRun(page, before);
}

async function openConversion(page: Page, index: number): Promise<string> {
  await page.locator('#pair-list button.pair-row').nth(index).click();
  await page.waitForFunction(
    (i) =>
      document.getElementById('detail-heading')?.textContent?.startsWith(`Conversion ${i + 1}:`) === true,
    index,
  );
  return page.locator('#detail').innerText();
}

describe.skipIf(NO_BROWSER !== null)(
  `the page in Chromium (issue 12)${NO_BROWSER ? `: skipped, ${NO_BROWSER}` : ''}`,
  () => {
    let site: { dir: string; remove: () => void };
    let server: { url: string; close: () => Promise<void> };
    let browser: { context: BrowserContext; close: () => Promise<void> };
    const requests: string[] = [];

    beforeAll(async () => {
      site = buildPage();
      server = await plainStaticServer(site.dir);
      browser = await launchBrowser();
      browser.context.on('request', (request) => requests.push(request.url()));
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      site?.remove();
    });

    async function open(hash = ''): Promise<Page> {
      const page = await browser.context.newPage();
      await page.goto(`${server.url}${hash}`);
      await page.waitForSelector('html[data-ready]');
      return page;
    }

    it('works from a plain static file server: a right, a rounded, an inverted and a wrong-currency pair, each with its badge and explanation', async () => {
      const page = await open();
      await paste(page, FOUR_PAIRS);
      expect(await badges(page)).toEqual([
        '✓ consistent',
        '✓ consistent',
        '✗ inconsistent',
        '✗ inconsistent',
      ]);
      expect(await page.locator('#story-summary').innerText()).toBe(
        '8 figures, 4 pairs: 2 consistent, 0 close, 2 inconsistent',
      );
      expect(await page.inputValue('#story-date')).toBe('2017-11-15');
      expect(await page.locator('#story-date-note').innerText()).toBe(
        'Wednesday 2017-11-15, read from the text: "15 November 2017"',
      );
      // Every figure is marked in place.
      expect(await page.locator('#story-annotated mark.fig').allInnerTexts()).toEqual([
        '1,500,000,000 yuan',
        '$226.6 million',
        'about 1.5 billion yuan',
        '$227 million',
        '100 million yuan',
        '$662 million',
        'HK$1.5 billion',
        '$226.6 million',
      ]);

      // Right: 1.5e9 / 6.62 (Fed H.10, 2017-11-15) = 226.586 million, written $226.6 million.
      const right = await openConversion(page, 0);
      expect(right).toContain('Consistent');
      expect(right).toContain('6.6200 CNY per USD');
      expect(right).toContain(
        '1,500,000,000 CNY / 6.62 CNY per USD = 226.586 million USD, which rounds to the quoted "$226.6 million"',
      );
      // Rounded: "about 1.5 billion yuan" allows [6.3736, 6.8433].
      const rounded = await openConversion(page, 1);
      expect(rounded).toContain('[6.3736, 6.8433] CNY per USD');
      expect(rounded).toContain('which rounds to the quoted "$227 million"');
      // Inverted: 100 million × 6.62 = 662 million.
      const inverted = await openConversion(page, 2);
      expect(inverted).toContain('Inconsistent');
      expect(inverted).toContain("the figures fit fred-h10's rate inverted (1 / 6.62 CNY per USD");
      // Wrong currency: an HK$ figure converted at the yuan rate.
      const wrong = await openConversion(page, 3);
      expect(wrong).toContain('7.8064 HKD per USD');
      expect(wrong).toContain('the HKD figure may have been converted at the CNY rate');
      // The address keeps the check, not the text.
      expect(new URL(page.url()).hash).toBe('#pair=3');
      await page.close();
    }, 30_000);

    it('its verdicts are the verdicts of dealcalc check --json', async () => {
      const page = await open();
      await paste(page, FOUR_PAIRS);
      const shown = await page.locator('#pair-list .pair-text').allInnerTexts();
      const words = await page.locator('#pair-list .badge').allInnerTexts();
      for (const [i, text] of shown.entries()) {
        const [, first, second] = /^“(.*)” and “(.*)”$/.exec(text) ?? [];
        const cli = await dealcalc(['check', first ?? '', second ?? '', '--on', '2017-11-15', '--json']);
        expect(words[i]?.replace(/^\S+ /, ''), text).toBe((cli.json as { verdict: string }).verdict);
      }
      await page.close();
    }, 30_000);

    it('changes its verdicts when the date changes, and goes back to the date in the text', async () => {
      const page = await open();
      await paste(page, FOUR_PAIRS);
      await setDate(page, '2015-06-15');
      // Fed H.10 on 2015-06-15: 6.2080 CNY per USD, outside every interval.
      expect(await badges(page)).toEqual([
        '✗ inconsistent',
        '✗ inconsistent',
        '✗ inconsistent',
        '✗ inconsistent',
      ]);
      expect(await page.locator('#story-date-note').innerText()).toBe('Monday 2015-06-15, as you set it');
      expect(new URL(page.url()).hash).toBe('#on=2015-06-15');
      const before = await storyRuns(page);
      await page.click('#story-date-reset');
      await storyRun(page, before);
      expect(await badges(page)).toEqual([
        '✓ consistent',
        '✓ consistent',
        '✗ inconsistent',
        '✗ inconsistent',
      ]);
      await page.close();
    }, 30_000);

    it('converts a figure with the provenance convert gives', async () => {
      const page = await open('#tab=convert');
      expect(await page.isVisible('#panel-convert')).toBe(true);
      await page.fill('#convert-figure', '15亿元');
      await page.fill('#convert-to', 'USD');
      await page.fill('#convert-date', '2017-11-23');
      await page.dispatchEvent('#convert-date', 'change');
      await page.click('#convert-form button[type=submit]');
      await page.waitForSelector('html[data-convert-runs="1"]');
      const answer = await page.locator('#convert-result').innerText();
      // 1.5e9 / 6.6086 (Fed H.10, 2017-11-22: Thanksgiving has no rate)
      expect(answer).toContain('1,500,000,000.00 CNY = 226,976,969.40 USD');
      expect(answer).toContain(
        '6.6086 CNY per USD · fred-h10 (Fed H.10 noon buying rate, New York) · 2017-11-22',
      );
      expect(answer).toContain('2017-11-23 is Thanksgiving Day');
      await page.close();
    }, 30_000);

    it('is usable by keyboard alone', async () => {
      const page = await open();
      const focused = () =>
        page.evaluate(() => document.activeElement?.id || document.activeElement?.className || '');
      async function tabTo(test: (id: string) => boolean, limit = 40): Promise<string> {
        for (let i = 0; i < limit; i += 1) {
          await page.keyboard.press('Tab');
          const id = await focused();
          if (test(id)) return id;
        }
        throw new Error('not reached by Tab');
      }
      // The skip link comes first, then the tabs, then the story.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the tools');
      await tabTo((id) => id === 'story-text');
      const before = await storyRuns(page);
      await page.keyboard.type(
        'On 15 November 2017 it invested about 1.5 billion yuan ($227 million) and HK$1.5 billion ($226.6 million).',
      );
      await page.keyboard.press('Control+Enter');
      await storyRun(page, before);
      // Tab to the first badge in the text; Enter opens the conversion and moves focus to it.
      await tabTo((id) => id.includes('badge'));
      await page.keyboard.press('Enter');
      expect(await focused()).toBe('detail-heading');
      expect(await page.locator('#detail-heading').innerText()).toMatch(/^Conversion 1: /);
      // In the list of conversions, the arrow keys move and Enter opens.
      await tabTo((id) => id.includes('pair-row'));
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      expect(await page.locator('#detail-heading').innerText()).toMatch(/^Conversion 2: “HK\$1\.5 billion”/);
      expect(await page.locator('#detail .verdict').innerText()).toContain('Inconsistent');
      // The tabs: arrow keys switch tools; the converter answers Enter.
      await page.focus('#tab-story');
      await page.keyboard.press('ArrowRight');
      expect(await focused()).toBe('tab-convert');
      expect(await page.isVisible('#panel-convert')).toBe(true);
      await tabTo((id) => id === 'convert-figure');
      await page.keyboard.type('$227 million');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('CNY');
      await page.keyboard.press('Enter');
      await page.waitForSelector('html[data-convert-runs="1"]');
      expect(await page.locator('#convert-result .answer').first().innerText()).toMatch(
        /^227,000,000\.00 USD = [\d,]+\.\d\d CNY/,
      );
      await page.close();
    }, 30_000);

    it('opens with the state its address holds, and copies a result as text', async () => {
      await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
      const page = await open('#tab=implied&i.invest=%24240+million&i.stake=1.6%25');
      expect(await page.isVisible('#panel-implied')).toBe(true);
      expect(await page.inputValue('#implied-stake')).toBe('1.6%');
      await page.waitForSelector('html[data-implied="done"]');
      // $240 million / 1.6% = $15 billion post-money.
      expect(await page.locator('#implied-result').innerText()).toContain(
        '15,000,000,000.00 USD (within [14,515,151,515.15 USD, 15,516,129,032.26 USD])',
      );
      await page.click('#implied-result button:has-text("Copy as text")');
      await page.waitForSelector('#implied-result button:has-text("Copied")');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      // The text copied is the command line's, whole: one renderer serves both (issue 16).
      const cli = await dealcalc(['implied', '--invest', '$240 million', '--stake', '1.6%']);
      expect(copied).toBe(cli.stdout);
      expect(copied.split('\n')[0]).toBe(
        'post-money   15,000,000,000.00 USD (within [14,515,151,515.15 USD, 15,516,129,032.26 USD])',
      );
      await page.close();
    }, 30_000);

    it('has a notation setting, as the command line has --notation: "1,500 millones" is 1.5 billion, or 1.5 million with a decimal comma (issue 17)', async () => {
      const page = await open();
      await paste(page, 'El 15 de mayo de 2023, la empresa recaudó 1,500 millones de dólares.');
      // Before a scale word, a comma and three digits group thousands (Mexico, Latin America).
      expect(await page.locator('#lone-list .lone-value').allInnerTexts()).toEqual([
        '= 1,500,000,000.00 USD',
      ]);
      await page.click('#story-form summary');
      const before = await storyRuns(page);
      await page.selectOption('#story-notation', 'decimal-comma');
      await storyRun(page, before);
      // Spain's notation: the comma is the decimal mark, 1.5 million.
      expect(await page.locator('#lone-list .lone-value').allInnerTexts()).toEqual(['= 1,500,000.00 USD']);
      expect(await page.evaluate(() => location.hash)).toContain('notation=decimal-comma');
      // The setting is named by its control, never by a command-line flag.
      expect(await page.locator('label[for="story-notation"]').innerText()).toBe('Numbers are written');
      await page.close();
    }, 30_000);

    it('labels every control and says the text stays in the browser', async () => {
      const page = await open();
      // Every control has a name: a <label>, an aria-label, its own text, or (a radio) an enclosing label.
      const unlabelled = await page.evaluate(() =>
        [...document.querySelectorAll('input, select, textarea, button')]
          .filter((el) =>
            el.type === 'radio'
              ? el.closest('label') === null
              : (el.labels?.length ?? 0) === 0 &&
                !el.getAttribute('aria-label') &&
                (el.textContent ?? '').trim() === '',
          )
          .map((el) => el.outerHTML.slice(0, 80)),
      );
      expect(unlabelled).toEqual([]);
      expect(await page.locator('#privacy').innerText()).toContain('Your text stays in this browser.');
      await page.close();
    }, 30_000);

    it('makes no request to any host but its own', () => {
      const origin = new URL(server.url).origin;
      const elsewhere = requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
      expect(requests.length).toBeGreaterThan(10);
      expect(elsewhere).toEqual([]);
    });
  },
);

describe.skipIf(NO_BROWSER !== null || !BUILT)(
  'done when: dealcalc serve and the seed pair (issue 12)',
  () => {
    it('shows "about 1.5 billion yuan ($227 million)" consistent with the Fed 6.6200 on 15 November 2017, inconsistent on 15 June 2015 with the nearest fitting dates', async () => {
      const serve = await startServe(['--port', '0']);
      const url = /(http:\S+)/.exec(serve.line)?.[1] as string;
      const browser = await launchBrowser();
      try {
        const page = await browser.context.newPage();
        await page.goto(url);
        await page.waitForSelector('html[data-ready]');
        const story = (date: string) =>
          `${date}: Alibaba is in talks to invest about 1.5 billion yuan ($227 million) in SenseTime.`;
        await paste(page, story('15 November 2017'));
        expect(await badges(page)).toEqual(['✓ consistent']);
        const november = await openConversion(page, 0);
        expect(november).toContain('with the fred-h10 rate of 2017-11-15');
        expect(november).toMatch(
          /fred-h10 Fed H\.10 noon buying rate, New York\s+6\.6200 CNY per USD\s+✓ consistent\s+observed 2017-11-15/,
        );
        await paste(page, story('15 June 2015'));
        expect(await badges(page)).toEqual(['✗ inconsistent']);
        const june = await openConversion(page, 0);
        expect(june).toContain('6.2080 CNY per USD');
        // The rate fits again (a right conversion, the yuan within 2% of 1.5 billion) from 2015-12-16 (6.4723).
        expect(june).toMatch(
          /fred-h10: none; nearest days that fit: \d{4}-\d\d-\d\d \(\d+ days before\) and 2015-12-16 \(184 days after\)/,
        );
      } finally {
        await browser.close();
        serve.child.kill('SIGINT');
      }
    }, 40_000);
  },
);

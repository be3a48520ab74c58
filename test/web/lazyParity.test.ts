import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderScanJson, renderScanText } from '../../src/check/render/scan.js';
import { DealCalcError } from '../../src/errors.js';
import { convertToEach } from '../../src/fx/convertJob.js';
import { renderConvertJson, renderConvertText } from '../../src/fx/render/convert.js';
import { scanText, type ScanRequest } from '../../src/check/scanText.js';
import { openShippedStore } from '../../src/node/openStore.js';
import { diskPageStore } from './helpers.js';

/**
 * The page's store fetches tables as a core call asks for them and calls again until nothing is
 * missing (src/web/pageStore.ts): the answer must be the one the same call gives on a store that
 * holds every table. Any cache the core keeps across calls must not keep what it worked out while
 * a table was missing (a diagnosis did: see parity.test.ts).
 */

/** Ways news writes an amount of each currency; `$` figures are US dollars unless said otherwise. */
const WRITERS: Readonly<Record<string, readonly ((amount: string) => string)[]>> = {
  CNY: [(a) => `${a} billion yuan`, (a) => `RMB${a} billion`, (a) => `about ${a} billion yuan`],
  JPY: [(a) => `${a} billion yen`, (a) => `JPY ${a} billion`],
  EUR: [(a) => `€${a} million`, (a) => `${a} million euros`],
  GBP: [(a) => `£${a} million`],
  HKD: [(a) => `HK$${a} billion`],
  INR: [(a) => `Rs ${a} crore`],
  KRW: [(a) => `${a} billion won`],
  CHF: [(a) => `CHF ${a} million`],
  CAD: [(a) => `C$${a} million`],
};

const pair = fc.record({
  currency: fc.constantFrom(...Object.keys(WRITERS)),
  writer: fc.nat(),
  amount: fc.integer({ min: 11, max: 999 }).map((n) => (n / 10).toFixed(1)),
  dollars: fc.integer({ min: 1, max: 9999 }),
  hedge: fc.constantFrom('', 'about ', 'more than ', 'nearly '),
});

const story = fc.record({
  // days after 2001-01-02: through the shipped tables and past their ends
  day: fc.integer({ min: 0, max: 9500 }),
  pairs: fc.array(pair, { minLength: 1, maxLength: 4 }),
  lone: fc.boolean(),
  source: fc.constantFrom('all', 'fred-h10', 'ecb', 'imf'),
});

type Story = typeof story extends fc.Arbitrary<infer T> ? T : never;

function storyText(s: Story): ScanRequest {
  const on = new Date(Date.UTC(2001, 0, 2 + s.day)).toISOString().slice(0, 10);
  const sentences = s.pairs.map((p) => {
    const writers = WRITERS[p.currency] ?? [];
    const first = (writers[p.writer % writers.length] as (a: string) => string)(p.amount);
    return `A buyer paid ${p.hedge}${first} ($${p.dollars} million).`;
  });
  if (s.lone) sentences.push('The fund now manages 12.5 billion yuan.');
  return { text: sentences.join(' '), on, source: s.source };
}

describe('a story checked on the page is the story checked with every table at hand', () => {
  it('for random stories, days and sources, on a page that fetches as it goes', async () => {
    const loaded = openShippedStore();
    await fc.assert(
      fc.asyncProperty(story, async (s) => {
        const request = storyText(s);
        const whole = scanText(loaded, request);
        const { tables } = diskPageStore();
        const lazy = await tables.run((store) => scanText(store, request));
        expect(renderScanJson(lazy), request.text).toBe(renderScanJson(whole));
        expect(renderScanText(lazy)).toBe(renderScanText(whole));
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('for random conversions: figures, targets, days (or the latest) and sources', async () => {
    const loaded = openShippedStore();
    const conversion = fc.record({
      story: pair,
      to: fc.subarray(['USD', 'EUR', 'CNY', 'JPY', 'GBP', 'TRY', 'XDR'], { minLength: 1, maxLength: 3 }),
      day: fc.option(fc.integer({ min: 0, max: 9500 }), { nil: undefined }),
      source: fc.constantFrom(undefined, 'fred-h10', 'ecb', 'imf'),
    });
    /** The answer rendered, or the error's code and message (a day past a table is an answer too). */
    const outcome = async (run: () => string | Promise<string>): Promise<string> => {
      try {
        return await run();
      } catch (error) {
        if (!(error instanceof DealCalcError)) throw error;
        return `${error.code}: ${error.message}`;
      }
    };
    await fc.assert(
      fc.asyncProperty(conversion, async (c) => {
        const writers = WRITERS[c.story.currency] ?? [];
        const request = {
          figure: (writers[c.story.writer % writers.length] as (a: string) => string)(c.story.amount),
          to: c.to,
          today: '2026-12-08',
          ...(c.day === undefined
            ? {}
            : { on: new Date(Date.UTC(2001, 0, 2 + c.day)).toISOString().slice(0, 10) }),
          ...(c.source === undefined ? {} : { source: c.source }),
        };
        const rendered = (answer: ReturnType<typeof convertToEach>) =>
          `${renderConvertJson(answer)}\n${renderConvertText(answer)}`;
        const whole = await outcome(() => rendered(convertToEach(loaded, request)));
        const { tables } = diskPageStore();
        const lazy = await outcome(async () =>
          rendered(await tables.run((store) => convertToEach(store, request))),
        );
        expect(lazy, JSON.stringify(request)).toBe(whole);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lookupRate } from '../../src/fx/lookupRate.js';
import { toCurrencyCode } from '../../src/money/currency.js';
import { Decimal } from '../../src/money/decimal.js';
import { openShippedStore } from '../../src/node/openStore.js';
import { checkStory } from '../../src/web/pageJobs.js';
import { INITIAL_STATE } from '../../src/web/pageState.js';
import { storyView } from '../../src/check/render/storyView.js';
import { dealcalc } from '../cli/helpers.js';
import { diskPageStore } from './helpers.js';

/** How a story writes an amount of each currency, as news does. */
const WRITERS: Readonly<Record<string, readonly ((amount: string, scale: string) => string)[]>> = {
  CNY: [(a, s) => `${a} ${s} yuan`, (a, s) => `RMB${a} ${s}`, (a, s) => `about ${a} ${s} yuan`],
  JPY: [(a, s) => `${a} ${s} yen`, (a, s) => `JPY ${a} ${s}`],
  HKD: [(a, s) => `HK$${a} ${s}`],
  EUR: [(a, s) => `€${a} ${s}`, (a, s) => `${a} ${s} euros`],
  GBP: [(a, s) => `£${a} ${s}`],
  KRW: [(a, s) => `${a} ${s} won`],
  INR: [(a, s) => `Rs ${a} ${s}`],
  CHF: [(a, s) => `CHF ${a} ${s}`],
};

/** Writes a positive amount with `digits` significant figures in millions or billions. */
function written(amount: Decimal, digits: number): { number: string; scale: string } {
  const billions = amount.gte('1e9');
  const scaled = amount.div(billions ? '1e9' : '1e6').toSignificantDigits(digits);
  return { number: scaled.toString(), scale: billions ? 'billion' : 'million' };
}

const pairs = fc.record({
  day: fc.integer({ min: 0, max: 7000 }), // days after 2005-01-03
  currency: fc.constantFrom(...Object.keys(WRITERS)),
  writer: fc.nat(),
  // the first figure: 1 to 4 significant digits, 10 million to 900 billion units
  mantissa: fc.integer({ min: 10, max: 9000 }),
  power: fc.integer({ min: 6, max: 9 }),
  digits: fc.integer({ min: 2, max: 4 }),
  // how the quoted conversion was made: right, a little off, far off, inverted, at a factor of 10
  error: fc.constantFrom('1', '1.002', '0.995', '1.012', '0.97', '1.1', 'inverted', '10'),
  // a page opened for this story (tables fetched as the check asks), or one that has checked others
  freshPage: fc.boolean(),
});

describe('a verdict on the page is the verdict of dealcalc check --json (issue 12)', () => {
  it('for random pairs, dates and ways of writing them', async () => {
    const { tables: warm } = diskPageStore();
    const fred = openShippedStore().source('fred-h10');
    const seen = new Set<string>();
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(pairs, async (p) => {
        const date = new Date(Date.UTC(2005, 0, 3 + p.day)).toISOString().slice(0, 10);
        const currency = toCurrencyCode(p.currency);
        const rate = lookupRate(fred, currency, toCurrencyCode('USD'), date, { maxAgeDays: 30 });
        const amount = new Decimal(String(p.mantissa)).times(`1e${p.power - 3}`);
        // US dollars per unit of the currency that day (CHUS is published as CNY per USD: divide).
        const perUnit = rate.derivation === 'inverse' ? new Decimal('1').div(rate.value) : rate.value;
        const dollars = p.error === 'inverted' ? amount.div(perUnit) : amount.times(perUnit).times(p.error);
        const writers = WRITERS[p.currency] ?? [];
        const a = written(amount, 3);
        const first = (writers[p.writer % writers.length] as (x: string, s: string) => string)(
          a.number,
          a.scale,
        );
        const d = written(dollars, p.digits);
        const second = `$${d.number} ${d.scale}`;
        const pair = `${first} (${second})`;

        const cli = await dealcalc(['check', pair, '--on', date, '--json']);
        const json = cli.json as {
          verdict: string;
          source: string;
          explanation: string;
          references: { value: string }[];
        };
        const state = { ...INITIAL_STATE, text: `It paid ${pair}.`, on: date as typeof INITIAL_STATE.on };
        const tables = p.freshPage ? diskPageStore().tables : warm;
        const scan = await tables.run((store) => checkStory(store, state));
        const view = storyView(state.text, scan);
        expect(view.pairs, pair).toHaveLength(1);
        expect(view.pairs[0]?.verdict.verdict, `${pair} on ${date}`).toBe(json.verdict);
        const check = scan.pairs[0]?.check;
        expect(check?.source).toBe(json.source);
        expect(check?.explanation).toBe(json.explanation);
        expect(check?.references.map((r) => r.value.toString())).toEqual(json.references.map((r) => r.value));
        // Not consistent (inconsistent, or fitting only by a round figure's wide rounding): exit 1.
        const notConsistent = json.verdict === 'inconsistent' || json.verdict === 'fits-only-by-rounding';
        expect(cli.code).toBe(notConsistent ? 1 : 0);
        seen.add(json.verdict);
        runs += 1;
      }),
      { numRuns: 80 },
    );
    expect(runs).toBe(80);
    // The generator reaches these verdicts (fits-only-by-rounding too, on some runs), so the property compares them.
    expect([...seen]).toEqual(expect.arrayContaining(['close', 'consistent', 'inconsistent']));
  }, 120_000);

  it('on a page that has yet to fetch the tables a diagnosis tries (the other dollars)', async () => {
    // Found by the property above (CI, seed -1667873714): £27,000 for $41,500 on 2012-09-03 is
    // 1.537 USD per GBP, off Fed H.10's 1.5864 but inside the figures' range at the AUD and CAD
    // rates. A fresh page first answered without those tables, kept that answer's trials, and
    // after fetching them gave it again: the page lacked the AUD/CAD explanations the CLI gives.
    const pair = '£0.027 million ($0.0415 million)';
    const date = '2012-09-03';
    const cli = await dealcalc(['check', pair, '--on', date, '--json']);
    const explanation = (cli.json as { explanation: string }).explanation;
    expect(explanation).toContain(
      "the figures fit fred-h10's GBP/AUD rate (about 1.53513 AUD per GBP on 2012-08-31)",
    );
    const { tables, fetched } = diskPageStore();
    const state = { ...INITIAL_STATE, text: `It paid ${pair}.`, on: date as typeof INITIAL_STATE.on };
    const scan = await tables.run((store) => checkStory(store, state));
    expect(fetched).toEqual(expect.arrayContaining(['fred-h10/USAL.csv', 'fred-h10/CAUS.csv']));
    expect(scan.pairs[0]?.check?.explanation).toBe(explanation);
  });
});

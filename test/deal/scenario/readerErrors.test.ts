/**
 * Every situation a scenario's readers refuse, each worded once by a builder of scenarioErrors.ts
 * (issue 16 item 4): a malformed file or --set value per builder, with the code, the whole message
 * (the key path, the line when it came from a file, the value seen) and the whole hint (what would
 * be accepted). The codes are the README's ("Errors" in src/deal/scenario/README.md).
 */
import { describe, expect, it } from 'vitest';
import { applyOverride } from '../../../src/deal/scenario/applyOverride.js';
import { parseScenario } from '../../../src/deal/scenario/parseScenario.js';
import { sweepScenario } from '../../../src/deal/scenario/sweep.js';
import { run, scenario, SOURCES, thrown } from './helpers.js';

/** A file's first two lines: a currency and one holder; the case's lines follow, from line 3. */
const HEAD = 'currency: USD\nholders: [{ name: Founder, shares: 1000000 }]\n';
const ROUND = '{ name: A, date: 2018-01-02, preMoney: "$8M" }';

interface Refusal {
  readonly code: string;
  readonly message: string;
  readonly hint: string;
}

/** The error a file refuses with; a case's lines follow HEAD unless they state their own currency. */
function fileError(body: string): Refusal {
  const read = parseScenario(body.startsWith('currency:') ? body : HEAD + body);
  if (read.ok) throw new Error('expected an error');
  return { code: read.error.code, message: read.error.message, hint: read.error.hint };
}

function setError(path: string, value: string): Refusal {
  const base = scenario(`${HEAD}rounds: [${ROUND}]\n`);
  const set = applyOverride(base, path, value);
  if (set.ok) throw new Error('expected an error');
  return { code: set.error.code, message: set.error.message, hint: set.error.hint };
}

describe('a scenario file the readers refuse: one builder per situation', () => {
  it.each([
    [
      'keyWrongKind: a list key holding a value',
      'rounds: Series A',
      'SCENARIO_VALUE_INVALID',
      'rounds (line 3): should be a list, not the value "Series A"',
      'Write it like this: [{ name: Series A, date: 2018-01-01, preMoney: "$8M" }]',
    ],
    [
      'keyWrongKind: a mapping key holding a list',
      'fx: [fred-h10]',
      'SCENARIO_VALUE_INVALID',
      'fx (line 3): should be a mapping of keys, not a list of 1 item',
      'Write it like this: { source: fred-h10, policy: previous, maxAge: 7 }',
    ],
    [
      'keyUnknown: a misspelt key, with the nearest known one',
      `rounds: [{ name: A, date: 2018-01-02, preMony: "$8M" }]`,
      'SCENARIO_KEY_UNKNOWN',
      'rounds[0].preMony (line 3): is not a key dealcalc knows here',
      'Did you mean "preMoney"? Keys here: name, date, preMoney, postMoney, pricePerShare, pool, convention, rounding, investors, secondaries, grants.',
    ],
    [
      'keyUnknown: a key with none near it',
      'fx: { lender: acme }',
      'SCENARIO_KEY_UNKNOWN',
      'fx.lender (line 3): is not a key dealcalc knows here',
      'Keys here: source, policy, maxAge.',
    ],
    [
      'listTooLong: 201 rounds',
      `rounds: [${Array.from({ length: 201 }, () => ROUND).join(', ')}]`,
      'SCENARIO_VALUE_INVALID',
      'rounds (line 3): lists 201 items, more than the 200 a scenario may hold here',
      'A scenario models a cap table: at most 200 here (see "Limits" in the README); group small holders into one.',
    ],
    [
      'keyMissing: a round without its day',
      'rounds: [{ name: A, preMoney: "$8M" }]',
      'SCENARIO_KEY_MISSING',
      'rounds[0].date (line 3): is missing',
      'Give the day of the round, e.g. date: 2018-01-01.',
    ],
    [
      'valueEmpty: a blank name',
      'rounds: [{ name: " ", date: 2018-01-02, preMoney: "$8M" }]',
      'SCENARIO_VALUE_INVALID',
      'rounds[0].name (line 3): is empty',
      'Write it like this: Founder A',
    ],
    [
      'notAChoice: a convertible type',
      'convertibles: [{ name: S, type: bond, amount: "$1M" }]',
      'SCENARIO_VALUE_INVALID',
      'convertibles[0].type (line 3): "bond" is not one of safe-post, safe-pre, note',
      'Write one of: safe-post, safe-pre, note.',
    ],
    [
      'notADay: February 30th',
      'rounds: [{ name: A, date: 2018-02-30, preMoney: "$8M" }]',
      'SCENARIO_VALUE_INVALID',
      'rounds[0].date (line 3): "2018-02-30" is not a day',
      'Write a day as YYYY-MM-DD, e.g. 2018-01-01.',
    ],
    [
      'wholeTooLong: a share count of 25 digits',
      `pool: { shares: ${'1'.repeat(25)} }`,
      'SCENARIO_VALUE_INVALID',
      'pool.shares (line 3): a whole number of shares with 25 digits, more than 24',
      'Write at most 24 digits (see "Limits" in the README).',
    ],
    [
      'notAWholeNumber: half a share',
      'pool: { shares: 10.5 }',
      'SCENARIO_VALUE_INVALID',
      'pool.shares (line 3): "10.5" is not a whole number of shares',
      'Write a whole number of shares, e.g. 1000000 or 1,000,000.',
    ],
    [
      'notAWholeNumber: a maximum age in days',
      'fx: { maxAge: a week }',
      'SCENARIO_VALUE_INVALID',
      'fx.maxAge (line 3): "a week" is not a whole number of days',
      'Write a whole number of days, e.g. 1000000 or 1,000,000.',
    ],
    [
      'notAPercent: a discount written as a fraction',
      'convertibles: [{ name: S, type: safe-pre, amount: "$1M", discount: 0.2 }]',
      'SCENARIO_VALUE_INVALID',
      'convertibles[0].discount (line 3): "0.2" is not a percentage',
      'Write a plain percentage such as 20% or 12.5%.',
    ],
    [
      'percentOutOfRange: a discount of 100%',
      'convertibles: [{ name: S, type: safe-pre, amount: "$1M", discount: "100%" }]',
      'SCENARIO_VALUE_INVALID',
      'convertibles[0].discount (line 3): "100%" is out of range (at least 0% and below 100%)',
      'Write a percentage at least 0% and below 100%.',
    ],
    [
      'percentOutOfRange: a pool target of 0%',
      `rounds: [{ name: A, date: 2018-01-02, preMoney: "$8M", pool: { target: "0%", placement: pre-money } }]`,
      'SCENARIO_VALUE_INVALID',
      'rounds[0].pool.target (line 3): "0%" is out of range (above 0% and below 100%)',
      'Write a percentage above 0% and below 100%.',
    ],
    [
      'figureHedged: about $8M',
      'rounds: [{ name: A, date: 2018-01-02, preMoney: "about $8M" }]',
      'SCENARIO_VALUE_INVALID',
      'rounds[0].preMoney (line 3): "about $8M" is hedged ("about"); a scenario states exact terms',
      'Write the figure without a hedge word, e.g. "$8M"; to explore a range, sweep the key.',
    ],
    [
      'figureNotPositive: an investment of nothing',
      `rounds: [{ name: A, date: 2018-01-02, preMoney: "$8M", investors: [{ name: VC, amount: "$0" }] }]`,
      'SCENARIO_VALUE_INVALID',
      'rounds[0].investors[0].amount (line 3): "$0" is not a positive amount',
      'Write an amount above zero, e.g. "$8M".',
    ],
    [
      'figureNotPositive: a cap of nothing (the same situation, another money key)',
      'convertibles: [{ name: S, type: safe-post, amount: "$1M", cap: "0" }]',
      'SCENARIO_VALUE_INVALID',
      'convertibles[0].cap (line 3): "0" is not a positive amount',
      'Write an amount above zero, e.g. "$8M".',
    ],
    [
      'notACurrency: a word for a currency',
      'currency: DOLLARS',
      'SCENARIO_VALUE_INVALID',
      'currency (line 1): "DOLLARS" is not an ISO 4217 currency code',
      'Use a three-letter code such as USD, CNY, EUR.',
    ],
    [
      'notAPriceRounding: a bare number of decimals',
      'rounds: [{ name: A, date: 2018-01-02, preMoney: "$8M", rounding: { price: 4 } }]',
      'SCENARIO_VALUE_INVALID',
      'rounds[0].rounding.price (line 3): "4" is not a price rounding',
      'Write none, or decimals as 4dp (half-even), 4dp-up, 4dp-down or 4dp-half-up.',
    ],
    [
      'nameTaken: two holders of one name',
      'currency: USD\nholders: [{ name: Founder, shares: 1 }, { name: Founder, shares: 2 }]',
      'SCENARIO_DUPLICATE_NAME',
      'holders[1].name: "Founder" is already the name of holders[0]',
      'Give each holder its own name; paths such as ["Founder"] pick one by name.',
    ],
    [
      'nameTaken: two series of one name (the same situation, another list)',
      'classes: [{ name: Series A }, { name: Series A }]',
      'SCENARIO_DUPLICATE_NAME',
      'classes[1].name: "Series A" is already the name of classes[0]',
      'Give each series its own name; paths such as ["Series A"] pick one by name.',
    ],
    [
      'nameUnknown: convertsIn naming no round',
      `convertibles: [{ name: S, type: safe-post, amount: "$1M", convertsIn: Series Z }]\nrounds: [{ name: A, date: 2018-01-02, preMoney: "$8M", convention: pre-money }]`,
      'SCENARIO_VALUE_INVALID',
      'convertibles[0].convertsIn (line 3): no round is named "Series Z"',
      'Name one of the rounds: A.',
    ],
    [
      'capitalizationOnPostSafe',
      'convertibles: [{ name: S, type: safe-post, amount: "$1M", capitalization: pre-money-count }]',
      'SCENARIO_VALUE_INVALID',
      'convertibles[0].capitalization (line 3): "pre-money-count" is not for a safe-post: a post-money safe’s capitalization is fixed by the form (the shares before the round and all the conversion shares)',
      'Remove capitalization, or make the convertible a safe-pre or a note.',
    ],
    [
      'noteTermOnSafe: interest on a SAFE',
      'convertibles: [{ name: S, type: safe-post, amount: "$1M", interest: "5%" }]',
      'SCENARIO_VALUE_INVALID',
      'convertibles[0].interest (line 3): a safe-post has no interest: a SAFE carries no interest and has no maturity',
      'Remove the interest and maturity terms, or make the convertible a note (type: note).',
    ],
    [
      'startMissing: a note with interest and no start',
      'convertibles: [{ name: N, type: note, amount: "$1M", interest: "5%" }]',
      'SCENARIO_KEY_MISSING',
      'convertibles[0].start (line 3): is missing: interest (5%) accrues from the day the note was issued',
      'Give the day of issue, e.g. start: 2016-01-01.',
    ],
    [
      'maturityMissing: atMaturity without a maturity',
      'convertibles: [{ name: N, type: note, amount: "$1M", atMaturity: interest-stops }]',
      'SCENARIO_KEY_MISSING',
      'convertibles[0].maturity (line 3): is missing: atMaturity (interest-stops) says what happens past a maturity date',
      'Give the maturity, e.g. maturity: 2019-01-01.',
    ],
    [
      'maturityBeforeStart',
      'convertibles: [{ name: N, type: note, amount: "$1M", start: 2017-03-01, maturity: 2016-01-01 }]',
      'SCENARIO_DATE_ORDER',
      "convertibles[0].maturity (line 3): the maturity (2016-01-01) is before the note's start (2017-03-01)",
      'Write a maturity on or after the start date, or correct the start.',
    ],
    [
      'priceMissing: a round with no price',
      'rounds: [{ name: A, date: 2018-01-02 }]',
      'SCENARIO_KEY_MISSING',
      'rounds[0].preMoney (line 3): is missing: the round states no price: give preMoney, postMoney or pricePerShare',
      'Give exactly one of preMoney, postMoney, pricePerShare, e.g. preMoney: "$8M".',
    ],
    [
      'priceStatedTwice: a pre-money and a post-money',
      'rounds: [{ name: A, date: 2018-01-02, preMoney: "$8M", postMoney: "$10M" }]',
      'SCENARIO_VALUE_INVALID',
      'rounds[0].postMoney (line 3): the round states preMoney "$8M" and postMoney "$10M"; it may state only one',
      'Give exactly one of preMoney, postMoney, pricePerShare.',
    ],
    [
      'conventionMissing: a SAFE converting in a round priced by its pre-money',
      'convertibles: [{ name: Angel, type: safe-post, amount: "$1M", cap: "$10M" }]\nrounds: [{ name: A, date: 2018-01-02, preMoney: "$8M" }]',
      'SCENARIO_KEY_MISSING',
      'rounds[0].convention (line 4): is missing: convertibles convert in this round (Angel), so its price depends on the pricing convention',
      'Say convention: percentage-ownership, pre-money or dollars-invested (they give different prices).',
    ],
    [
      'saleOfNoShares',
      'rounds: [{ name: A, date: 2018-01-02, preMoney: "$8M", secondaries: [{ seller: Founder, buyer: B, shares: 0, price: "$1" }] }]',
      'SCENARIO_VALUE_INVALID',
      'rounds[0].secondaries[0].shares (line 3): "0" sells no shares',
      'Give a number of shares above zero, e.g. shares: 50000.',
    ],
    [
      'roundsOutOfOrder',
      'rounds: [{ name: A, date: 2018-06-01, preMoney: "$8M" }, { name: Seed, date: 2018-01-02, preMoney: "$4M" }]',
      'SCENARIO_DATE_ORDER',
      'rounds[1].date: Seed (2018-01-02) is dated before A (2018-06-01); rounds run in the order written',
      'List the rounds in date order, or correct the date.',
    ],
    [
      'issuedAfterRound: a note started after its round',
      'convertibles: [{ name: Bridge, type: note, amount: "$25K", start: 2018-03-01 }]\nrounds: [{ name: A, date: 2018-01-02, preMoney: "$8M", convention: pre-money }]',
      'SCENARIO_DATE_ORDER',
      'convertibles[0].start: Bridge is issued on 2018-03-01, after A (2018-01-02), the round it would convert in',
      'Name a later round with convertsIn, or correct the start date (a convertible converts in the first round unless convertsIn names another).',
    ],
    [
      'notAMultiple: a preference as a percentage',
      'classes: [{ name: Series A, preference: "150%" }]',
      'SCENARIO_VALUE_INVALID',
      'classes[0].preference (line 3): "150%" is not a multiple of the issue price',
      'Write a multiple above zero such as 1x, 1.5x or 3x.',
    ],
    [
      'notAConversionRatio',
      'classes: [{ name: Series A, conversionRatio: "1:2" }]',
      'SCENARIO_VALUE_INVALID',
      'classes[0].conversionRatio (line 3): "1:2" is not a conversion ratio',
      'Write the common shares one preferred share converts into, as a number above zero, e.g. 1 or 1.25.',
    ],
    [
      'classNameReserved',
      'classes: [{ name: common }]',
      'SCENARIO_VALUE_INVALID',
      'classes[0].name (line 3): "common" needs no entry: common and options are classes of their own',
      'List only the preferred series under classes; give options their strike on the holder.',
    ],
    [
      'rankStatedTwice',
      'classes: [{ name: Series A, seniority: 2, pariPassu: true }]',
      'SCENARIO_VALUE_INVALID',
      'classes[0].pariPassu (line 3): the series states pariPassu "true" and seniority "2": its rank is one or the other',
      'Give equal seniority numbers to series that share pari passu, or pariPassu: true alone.',
    ],
    [
      'narrowBaseWithoutNarrow: no anti-dilution at all',
      'classes: [{ name: Series A, narrowBase: preferred }]',
      'SCENARIO_VALUE_INVALID',
      'classes[0].narrowBase (line 3): "preferred" says what a narrow-based A counts, but the series has no narrow-based anti-dilution (antiDilution: none)',
      'Add antiDilution: narrow, or remove narrowBase.',
    ],
    [
      'capNotAbovePreference: a 2x cap on a 2x preference',
      'classes: [{ name: Series A, preference: 2x, participation: { cap: 2x } }]',
      'SCENARIO_VALUE_INVALID',
      'classes[0].participation.cap: the cap (2x) is not above the preference (2x)',
      'A cap counts the preference too: write a cap above the preference multiple, e.g. { cap: 3x } for a 1x preference.',
    ],
  ])('%s', (_, body, code, message, hint) => {
    expect(fileError(body)).toEqual({ code, message, hint });
  });
});

describe('the same builders for a --set value (no line: the value is not in the file)', () => {
  it.each([
    [
      'figureHedged',
      'rounds[0].preMoney',
      'about 3B',
      'SCENARIO_VALUE_INVALID',
      'rounds[0].preMoney: "about 3B" is hedged ("about"); a scenario states exact terms',
      'Write the figure without a hedge word, e.g. "$8M"; to explore a range, sweep the key.',
    ],
    [
      'notADay',
      'rounds[0].date',
      '2018-13-01',
      'SCENARIO_VALUE_INVALID',
      'rounds[0].date: "2018-13-01" is not a day',
      'Write a day as YYYY-MM-DD, e.g. 2018-01-01.',
    ],
    [
      'notAChoice',
      'rounds[0].rounding',
      '{ shares: up }',
      'SCENARIO_VALUE_INVALID',
      'rounds[0].rounding.shares: "up" is not one of floor, ceil, round, half-even',
      'Write one of: floor, ceil, round, half-even.',
    ],
    [
      'classUnknown',
      'holders[0].class',
      'Series Z',
      'SCENARIO_VALUE_INVALID',
      'holders[0].class: "Series Z" is not a class of the scenario',
      'Write common, options, or a series listed under classes (none listed).',
    ],
    [
      'strikeNotOptions',
      'holders[0].strike',
      '$0.50',
      'SCENARIO_VALUE_INVALID',
      'holders[0].strike: only options have an exercise price; this holding is common',
      'Write class: options with the strike, or remove the strike.',
    ],
    [
      'keyWrongKind',
      'rounds[0].pool',
      '10%',
      'SCENARIO_VALUE_INVALID',
      'rounds[0].pool: should be a mapping of keys, not the value "10%"',
      'Write it like this: { target: "10%", placement: pre-money }',
    ],
  ])('%s: --set %s=%s', (_, path, value, code, message, hint) => {
    expect(setError(path, value)).toEqual({ code, message, hint });
  });

  it('figureUnreadable: the figure reader’s code and hint, its message led by the key path', () => {
    const error = setError('rounds[0].preMoney', '$8 bilion');
    expect(error.code).toBe('FIGURE_UNKNOWN_WORD');
    expect(error.message).toBe('rounds[0].preMoney: "bilion" at column 4 is not a word dealcalc knows');
    expect(error.hint).toMatch(/^Did you mean "billion"\? /);
  });
});

describe('figures and sweep bounds refused later than the readers', () => {
  it('figureNotConverted: a euro amount on a day after fred-h10 ends (2024-11-29), the rate error led by the key, text and day', () => {
    const error = thrown(() =>
      run(
        `${HEAD}fx: { source: fred-h10 }\nrounds: [{ name: A, date: 2025-03-03, preMoney: "$8M", investors: [{ name: VC, amount: "€2M" }] }]`,
      ),
    );
    expect(error.code).toBe('RATE_AFTER_COVERAGE');
    expect(error.message).toBe(
      'rounds[0].investors[0].amount ("€2M" on 2025-03-03): no fred-h10 rate for the Fed\'s euro series (1 EUR in USD) on 2025-03-03: the fred-h10 table ends on 2024-11-29',
    );
    expect(error.hint).toMatch(/^Use a date on or before 2024-11-29, or another rate source\. /);
  });

  it('sweepBoundUnreadable: a bound that is not a figure, led by the path and which bound', () => {
    const error = thrown(() =>
      sweepScenario(
        SOURCES,
        scenario(`${HEAD}rounds: [${ROUND}]\n`),
        ['rounds[0].preMoney=6M..lots:1M'],
        ['holders["Founder"].percent'],
      ),
    );
    expect(error.code).toBe('FIGURE_NO_NUMBER');
    expect(error.message).toBe('rounds[0].preMoney (to): "lots" has no number in it');
  });
});

/**
 * Cooley's three pricing methods for one term sheet (issue 19, "Done when"): each method's price,
 * conversion price, share counts and percentages, compared to the digits the article prints.
 */
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../src/money/decimal.js';
import { renderScenarioText } from '../../../src/deal/scenario/render/scenario.js';
import { percentOf, run, shares } from './helpers.js';

// Derek Colla (Cooley LLP), "Calculating Share Price With Outstanding Convertible Notes or Safes", Cooley GO,
// republished on Mondaq, https://www.mondaq.com/unitedstates/shareholders/1055432/calculating-share-price-with-outstanding-convertible-notes-or-safes
// (and copied, with its tables, by WOWS Global, https://wowsglobal.com/blog/understanding-the-procedure-of-converting-convertible-notes/).
// Read on Mondaq: "purchase $2 million of preferred stock with a purchase price based upon a pre-money valuation of
// $8 million and a post-money valuation of $10 million, implying a 20% ownership position". Read on the copy:
// "Shares Outstanding on a Fully-Diluted Basis, Pre-Investment: 1 million"; pre-money method "Founders 1,000,000
// 70.00%, Note/SAFE Holders 178,571 12.50%, Series A Investors 250,000 17.50%, Total 1,428,571"; percentage-ownership
// method "Founders … 65.71%". The notes' terms ($1,000,000 of principal and interest converting at a 30% discount,
// no cap) and the rest of the figures were read in two public replays of the article that quote it: prices "$8.00 /
// $6.57 / $7.57", conversion prices "$5.60 / $4.60 / $5.30", note shares "178,571 / 217,391 / 188,679", Series A
// shares "250,000 / 304,348 / 264,151", totals "1,428,571 / 1,521,739 / 1,452,830", percentages 70.00 / 12.50 /
// 17.50, 65.71 / 14.29 / 20.00 and 68.83 / 12.99 / 18.18, and the pre-money method's "$11.43 million" post-money.
// The article's definitions match this code's conventions of the same names: "In the pre-money method, the pre-money
// valuation of the company is fixed"; "In the percentage-ownership method, the percentage ownership of the company
// that the investor is purchasing is fixed"; "In the dollars-invested method, the post-money valuation of the
// company is fixed to equal the agreed upon pre-money valuation plus the dollars invested by the new investors plus
// the principal and accrued interest on the notes that are converting".
// Rounding, as the article's tables show it: the price is exact (printed to the cent, half-up: 46/7 → $6.57) and
// every share count is the exact quotient at that exact price rounded to the nearest share (7M/23 = 304,347.83 →
// 304,348; 14M/53 = 264,150.94 → 264,151), hence `rounding: { shares: round }`.
const termSheet = (convention: string): string => `
currency: USD
holders: [{ name: Founders, shares: 1000000 }]
convertibles: [{ name: Note/SAFE Holders, type: note, amount: "$1,000,000", discount: "30%" }]
rounds:
  - name: Series A
    date: 2021-01-04 # any day: every figure is in dollars
    preMoney: "$8 million"
    convention: ${convention}
    rounding: { shares: round }
    investors: [{ name: Series A Investors, amount: "$2 million" }]
`;

const HOLDERS = ['Founders', 'Note/SAFE Holders', 'Series A Investors'];

/** What the article prints for one method, read off our result. */
function printed(convention: string) {
  const round = run(termSheet(convention)).rounds[0]!;
  return {
    price: round.pricePerShareExact.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2),
    conversionPrice: round.conversions[0]!.price.toFixed(2),
    shares: shares(round.table).filter(([holder]) => holder !== 'Option pool'),
    total: round.fullyDiluted.toString(),
    percents: HOLDERS.map((holder) => percentOf(round.table, holder, 2)),
    round,
  };
}

describe("Cooley's pricing methods: $2M on an $8M pre-money, $1M of notes at a 30% discount, 1,000,000 shares", () => {
  it('pre-money method: $8.00, notes at $5.60; 178,571 and 250,000 shares of 1,428,571; 70.00% / 12.50% / 17.50%', () => {
    const p = printed('pre-money');
    expect([p.price, p.conversionPrice]).toEqual(['8.00', '5.60']);
    expect(p.shares).toEqual([
      ['Founders', '1000000'],
      ['Note/SAFE Holders', '178571'],
      ['Series A Investors', '250000'],
    ]);
    expect(p.total).toBe('1428571');
    expect(p.percents).toEqual(['70.00', '12.50', '17.50']);
    // "$11.43 million": the price times the shares after the round, in millions, half-up to 2 decimals.
    expect(
      p.round.pricePerShareExact
        .times(p.round.fullyDiluted)
        .div('1000000')
        .toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
        .toFixed(2),
    ).toBe('11.43');
  });

  it('percentage-ownership method: $6.57 (46/7), notes at $4.60; 217,391 and 304,348 of 1,521,739; 65.71% / 14.29% / 20.00%', () => {
    const p = printed('percentage-ownership');
    // By hand: p = (8M − 1M / 0.7) / 1M = 46/7 = 6.571428…; 0.7 × 46/7 = 4.6.
    expect(p.round.pricePerShareExact.toFixed(6)).toBe('6.571429');
    expect([p.price, p.conversionPrice]).toEqual(['6.57', '4.60']);
    expect(p.shares).toEqual([
      ['Founders', '1000000'],
      ['Note/SAFE Holders', '217391'],
      ['Series A Investors', '304348'],
    ]);
    expect(p.total).toBe('1521739');
    expect(p.percents).toEqual(['65.71', '14.29', '20.00']);
  });

  it('dollars-invested method: $7.57 (53/7), notes at $5.30; 188,679 and 264,151 of 1,452,830; 68.83% / 12.99% / 18.18%', () => {
    const p = printed('dollars-invested');
    // By hand: post-money fixed at 8M + 2M + 1M = 11M = p × (1M + 1M / (0.7p) + 2M / p), so p = 9 − 10/7 = 53/7.
    expect(p.round.pricePerShareExact.toFixed(6)).toBe('7.571429');
    expect([p.price, p.conversionPrice]).toEqual(['7.57', '5.30']);
    expect(p.shares).toEqual([
      ['Founders', '1000000'],
      ['Note/SAFE Holders', '188679'],
      ['Series A Investors', '264151'],
    ]);
    expect(p.total).toBe('1452830');
    expect(p.percents).toEqual(['68.83', '12.99', '18.18']);
    expect(p.round.postMoney.toString()).toBe('11000000');
  });
});

// The formula and check lines of the same term sheet, whole, at the display rules of the tables beside them (amounts
// at the currency's minor unit, prices per share to at most 10 decimals, fractional share counts to 2). By hand:
// percentage-ownership p = 46/7 = 6.571428571428…; the notes convert at 0.7 × 46/7 = 4.6 into 1M / 4.6 =
// 217,391.304… shares, Series A buys 2M / (46/7) = 304,347.826… shares; rounded to the nearest share the notes lose
// 7/23 of a share (7/23 × 46/7 = $2.00) and Series A gains 4/23 (4/23 × 46/7 = 184/161 = $1.142857…), so price × shares
// is 2 − 184/161 = 138/161 = $0.857142… below the $10M post-money (a check's amounts to 10 decimals, so they add up). Dollars-invested p = 53/7 = 7.571428571428…, the
// notes converting at 0.7 × 53/7 = 5.3 into 1M / 5.3 = 188,679.245… shares.
describe("Cooley's term sheet, the price formula and the check as the output writes them", () => {
  const PRICE = 'price = pre-money / (shares before + pool increase in the pre-money';
  it.each([
    [
      'pre-money',
      `${PRICE}) = 8,000,000.00 USD / (1,000,000 shares before + 0 pool increase in the pre-money) = 8.00 USD`,
    ],
    [
      'percentage-ownership',
      `${PRICE} + conversion shares) = 8,000,000.00 USD / (1,000,000 shares before + 0 pool increase in the pre-money + 217,391.30 conversion shares) = 6.5714285714 USD`,
    ],
    [
      'dollars-invested',
      'price = (pre-money + converting amounts) / (shares before + pool increase in the pre-money + conversion shares), i.e. post-money (pre-money + converting amounts + new money) / all fully diluted shares after the round = (8,000,000.00 USD + 1,000,000.00 USD) / (1,000,000 shares before + 0 pool increase in the pre-money + 188,679.25 conversion shares) = 7.5714285714 USD',
    ],
  ])('%s: the formula', (convention, formula) => {
    expect(printed(convention).round.formula).toBe(formula);
  });

  it('percentage-ownership: the price line and the check line of the text output, whole', () => {
    const lines = renderScenarioText(run(termSheet('percentage-ownership'))).split('\n');
    expect(
      lines.filter((line) => line.startsWith('  price per share') || line.startsWith('  check: price')),
    ).toEqual([
      `  price per share  6.5714285714 USD  (${PRICE} + conversion shares) = 8,000,000.00 USD / (1,000,000 shares before + 0 pool increase in the pre-money + 217,391.30 conversion shares) = 6.5714285714 USD; price not rounded)`,
      '  check: price × fully diluted shares is 0.8571428571 USD below the post-money: Note/SAFE Holders (conversion) 217,391.30 shares rounded (round) to 217,391: -2.00 USD; Series A Investors (new money) 304,347.83 shares rounded (round) to 304,348: 1.1428571429 USD',
    ]);
  });
});

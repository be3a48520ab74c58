import { describe, expect, it } from 'vitest';
import { renderScenarioText } from '../../../src/deal/scenario/render/scenario.js';
import { parseScenario } from '../../../src/deal/scenario/parseScenario.js';
import { run } from './helpers.js';

/** The error parseScenario returns (fails the test if it reads). */
function parseError(text: string) {
  const read = parseScenario(text);
  if (read.ok) throw new Error('expected an error');
  return read.error as typeof read.error & { path?: string };
}

describe("a note's maturity", () => {
  // Carr, Carr & Dubreuil (CCDD Law), "Conversion of a Convertible Note" (2019-03),
  // https://ccddlaw.com/2019/03/conversion-of-a-convertible-note/: "the original principal amount of $100,000
  // outstanding with an 8% interest rate. If the note was converted on the 1st anniversary of signing, the
  // outstanding principal and interest would be $108,000". Here the note matures on that anniversary and converts
  // a year later: interest stops at maturity ($108,000) or runs on while the note stays outstanding ($116,000).
  const file = (atMaturity: string) => `
currency: USD
holders: [{ name: Founders, shares: 10000 }]
convertibles:
  - { name: Noteholder, type: note, amount: "$100,000", interest: "8%", start: 2017-03-01, compounding: simple, dayCount: actual/365, maturity: 2018-03-01${atMaturity} }
rounds:
  - { name: Series A, date: 2019-03-01, pricePerShare: "$500", investors: [{ name: Series A investor, amount: "$1,000,000" }] }
`;
  it('interest-stops: $108,000 converts, interest counted to the maturity date, with a warning', () => {
    const result = run(file(', atMaturity: interest-stops'));
    const note = result.rounds[0]!.conversions[0]!;
    expect(note.amount.toString()).toBe('108000');
    expect(note.accrual?.end).toBe('2018-03-01');
    expect(note.accrual?.days).toBe(365);
    expect(note.maturity).toEqual({ date: '2018-03-01', atMaturity: 'interest-stops', daysPast: 365 });
    expect(note.warning).toBe(
      'Noteholder converts on 2019-03-01, 365 days past its maturity (2018-03-01): interest stopped at maturity (atMaturity: interest-stops); the holder could have demanded repayment from the maturity date',
    );
    const text = renderScenarioText(result);
    expect(text).toContain(
      'note: principal 100,000.00 USD + interest 8,000.00 USD (8% simple, actual/365, 365 days from 2017-03-01 to 2018-03-01 = 1 years)',
    );
    expect(text).toContain(
      '  warning          Noteholder converts on 2019-03-01, 365 days past its maturity',
    );
  });
  it('outstanding: the note keeps accruing to the conversion, $116,000 (and the default is said)', () => {
    const stated = run(file(', atMaturity: outstanding')).rounds[0]!.conversions[0]!;
    expect(stated.amount.toString()).toBe('116000');
    expect(stated.accrual?.end).toBe('2019-03-01');
    expect(stated.warning).toContain('the note stayed outstanding and interest ran to the conversion');
    const unstated = run(file(''));
    expect(unstated.rounds[0]!.conversions[0]!.amount.toString()).toBe('116000');
    expect(unstated.assumptions).toContain(
      'convertibles[0]: past its maturity the note stays outstanding and keeps accruing interest (atMaturity: outstanding, not stated)',
    );
  });
  it('before maturity: no warning, interest to the round date', () => {
    const note = run(
      file(', atMaturity: interest-stops').replace('maturity: 2018-03-01', 'maturity: 2020-03-01'),
    ).rounds[0]!.conversions[0]!;
    expect(note.amount.toString()).toBe('116000');
    expect(note.warning).toBeNull();
    expect(note.maturity?.daysPast).toBe(0);
  });
  it.each([
    [
      'a maturity before the start',
      'maturity: 2016-01-01',
      'SCENARIO_DATE_ORDER',
      'convertibles[0].maturity',
    ],
    [
      'atMaturity without a maturity',
      'atMaturity: interest-stops',
      'SCENARIO_KEY_MISSING',
      'convertibles[0].maturity',
    ],
    [
      'an unknown atMaturity',
      'maturity: 2018-03-01, atMaturity: repaid',
      'SCENARIO_VALUE_INVALID',
      'convertibles[0].atMaturity',
    ],
  ])('%s is an error', (_what, terms, code, path) => {
    const text = `
currency: USD
holders: [{ name: Founders, shares: 10000 }]
convertibles: [{ name: N, type: note, amount: "$100,000", interest: "8%", start: 2017-03-01, ${terms} }]
`;
    const error = parseError(text);
    expect([error.code, error.path]).toEqual([code, path]);
  });
  it('a SAFE has no maturity', () => {
    const error = parseError(`
currency: USD
holders: [{ name: Founders, shares: 10000 }]
convertibles: [{ name: S, type: safe-pre, amount: "$100,000", maturity: 2018-03-01 }]
`);
    expect([error.code, error.path]).toEqual(['SCENARIO_VALUE_INVALID', 'convertibles[0].maturity']);
  });
});

/**
 * A batch reads a currency cell as `convert` reads it after a number (src/batch/rowRates.ts,
 * cell): a cell that is a code of the currency directory is taken as that code, without asking
 * the parser. Proven here: the parser reads "1 <code>" as one unit of that very code, with no
 * assumption, scale or hedge, for every code of the directory and every yen setting.
 */
import { describe, expect, it } from 'vitest';
import { createBatchConversion } from '../../src/batch/batchConversion.js';
import { allCurrencyCodes } from '../../src/money/currency.js';
import { openShippedStore } from '../../src/node/openStore.js';
import { parseFigure } from '../../src/parse/parseFigure.js';

describe('a currency cell that is a code of the directory', () => {
  it.each([undefined, 'CNY', 'JPY'] as const)('reads as that code alone (yen setting %s)', (yen) => {
    const codes = allCurrencyCodes();
    expect(codes.length).toBeGreaterThan(250);
    for (const code of codes) {
      const parsed = parseFigure(`1 ${code}`, yen === undefined ? {} : { yen });
      expect(parsed.ok, code).toBe(true);
      if (!parsed.ok) continue;
      const figure = parsed.value;
      expect(
        {
          code: figure.currency?.code,
          assumption: figure.currency?.assumption ?? '',
          scale: Boolean(figure.scale),
          hedge: Boolean(figure.hedge),
          one: figure.value.eq('1'),
        },
        code,
      ).toEqual({ code, assumption: '', scale: false, hedge: false, one: true });
    }
  });

  it('converts as the parser reads it: CNY as the word RMB, which the parser reads, converts', () => {
    const batch = createBatchConversion(openShippedStore(), { to: 'USD' });
    const rows = batch
      .push('date,amount,currency\n2017-11-15,662,CNY\n2017-11-15,662,RMB\n')
      .text.split('\n');
    // Fed H.10 (FRED CHUS): 6.62 CNY per USD on 2017-11-15.
    expect(rows[1]).toBe('2017-11-15,662,CNY,100.00,USD,6.62,CNY per USD,2017-11-15,fred-h10,,');
    expect(rows[2]).toBe('2017-11-15,662,RMB,100.00,USD,6.62,CNY per USD,2017-11-15,fred-h10,,');
  });
});

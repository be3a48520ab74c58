/**
 * scanText checks a pair quoted twice once, and looks a currency's rate up once for all its lone
 * figures: every place still gets its own figures, spans and amounts. Rates: Fed H.10 (FRED
 * DEXCHUS) 2017-11-15, 6.62 CNY per USD; 2e9 / 6.62 = 302,114,803.6253…, 4e11 / 6.62 =
 * 60,422,960,725.0755… (40-digit division by hand in Python's decimal module).
 */
import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/check/scanText.js';
import { openShippedStore } from '../../src/node/openStore.js';

const STORE = openShippedStore();
const TEXT =
  'Beijing, 15 November 2017. Alibaba will invest about 1.5 billion yuan ($227 million). ' +
  'Again: about 1.5 billion yuan ($227 million). A plan of 400 billion yuan, and 2 billion yuan more.';

describe('scanText: the same pair twice, lone figures in one currency', () => {
  const scan = scanText(STORE, { text: TEXT, source: 'fred-h10' });

  it('checks both places of a repeated pair alike, each with the figures of its own place', () => {
    expect(scan.pairs).toHaveLength(2);
    const [one, two] = scan.pairs.map((p) => p.check);
    expect(two?.explanation).toBe(one?.explanation);
    expect(two?.verdict).toBe('consistent');
    for (const pair of scan.pairs) {
      const [first, second] = pair.check?.figures ?? [];
      expect(first?.quoted.span).toEqual(scan.figures[pair.first]?.span);
      expect(second?.quoted.span).toEqual(scan.figures[pair.second]?.span);
    }
    expect(scan.pairs[0]?.span.start).not.toBe(scan.pairs[1]?.span.start);
  });

  it('puts each lone figure in dollars at the one rate of its currency, each at its own amount', () => {
    const lone = scan.figures.filter((f) => f.pair === null);
    expect(lone.map((f) => f.figure.text)).toEqual(['400 billion yuan', '2 billion yuan']);
    expect(lone.map((f) => f.normalised?.to.amount.toFixed(4))).toEqual([
      '60422960725.0755',
      '302114803.6254',
    ]);
    expect(lone.map((f) => f.normalised?.figure.text)).toEqual(['400 billion yuan', '2 billion yuan']);
    expect(lone[1]?.normalised?.rate).toBe(lone[0]?.normalised?.rate);
  });
});

import { describe, expect, it } from 'vitest';
import { findFigures, parseFigure, parsePercent } from '../../src/parse/index.js';

// Issue 6, item 8: the parser and the scanner run in linear time. For each adversarial shape the
// CPU time for 100 KB is compared with that for 10 KB: linear work takes about 10 times as long,
// quadratic work 100 times; the test allows 30 (generous: small inputs are noisy) with a floor
// of 2 ms, so that inputs too fast to measure pass.

/** Repeats a unit to about `size` characters. */
const fill = (unit: string, size: number) => unit.repeat(Math.max(1, Math.floor(size / unit.length)));

const SHAPES: Readonly<Record<string, (size: number) => string>> = {
  'long digit run': (n) => '1'.repeat(n),
  'digits and commas': (n) => fill('1,', n),
  'digits and spaces': (n) => fill('1 ', n),
  'nested parentheses': (n) => `${'('.repeat(n / 2)}$5${')'.repeat(n / 2)}`,
  'scale words': (n) => `5 ${fill('billion ', n)}USD`,
  'spaces then a letter': (n) => `5${' '.repeat(n)}x`,
  'dollar signs then 5': (n) => `${'$'.repeat(n)}5`,
  'one long word': (n) => 'b'.repeat(n),
  hedges: (n) => `${fill('about ', n)}$5`,
  'Chinese units': (n) => `5${'亿'.repeat(n)}`,
  'number words': (n) => `${fill('one ', n)}dollars`,
  'hyphens and digits': (n) => fill('1-', n),
  'dense figures': (n) => fill('$5 ', n),
  'news text': (n) =>
    fill(
      'Alibaba will invest about 1.5 billion yuan ($227 million), rund 4,8 Milliarden Dollar, 约15亿元, 10%. ',
      n,
    ),
};

function cpuTime(fn: () => unknown): number {
  let best = Infinity;
  for (let run = 0; run < 3; run += 1) {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

const ENTRY_POINTS = {
  findFigures: (text: string) => findFigures(text),
  parseFigure: (text: string) => parseFigure(text),
  parsePercent: (text: string) => parsePercent(text),
} as const;

describe('linear time', () => {
  for (const [entry, run] of Object.entries(ENTRY_POINTS)) {
    it.each(Object.entries(SHAPES))(`${entry}: %s grows linearly from 10 KB to 100 KB`, (_name, shape) => {
      const small = shape(10_000);
      const large = shape(100_000);
      run(small); // compile first
      const smallTime = cpuTime(() => run(small));
      const largeTime = cpuTime(() => run(large));
      expect(largeTime, `${smallTime.toFixed(2)} ms → ${largeTime.toFixed(2)} ms`).toBeLessThan(
        30 * Math.max(smallTime, 2),
      );
    });
  }
});

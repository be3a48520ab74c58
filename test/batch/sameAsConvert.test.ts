/**
 * The same rows converted one by one with `dealcalc convert … --value` give identical amounts:
 * a property over random rows (days with and without a rate, currencies direct, inverse, cross
 * and identity, targets with 0 and 2 minor units, plain amounts and figures as written).
 */
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { valueText } from '../../src/batch/valueText.js';
import { convertToEach } from '../../src/fx/convertJob.js';
import { Decimal } from '../../src/money/decimal.js';
import { openShippedStore } from '../../src/node/openStore.js';
import { renderConvertValue } from '../../src/fx/render/convert.js';
import { dealcalc } from '../cli/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'dealcalc-batch-same-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FIRST = Date.UTC(2015, 0, 1);
const day = fc
  .integer({ min: 0, max: 5 * 365 })
  .map((d) => new Date(FIRST + d * 86400000).toISOString().slice(0, 10));
// fred-h10 quotes all but PLN (then imf answers, as convert's source fallback does).
const currency = fc.constantFrom('CNY', 'EUR', 'JPY', 'GBP', 'CHF', 'USD', 'KRW', 'INR', 'BRL', 'ZAR', 'PLN');
const plain = fc
  .tuple(
    fc.constantFrom('', '-'),
    fc.stringMatching(/^[1-9][0-9]{0,11}$/),
    fc.option(fc.stringMatching(/^[0-9]{1,4}$/), { nil: undefined }),
  )
  .map(([sign, whole, fraction]) => `${sign}${whole}${fraction === undefined ? '' : `.${fraction}`}`);
const written = fc.constantFrom('1.5 billion', 'about 3 million', '15亿', '250', '0.004', '1,234.5');
const row = fc.record({ date: day, amount: fc.oneof(plain, plain, written), currency });

let files = 0;

describe('convert --batch gives what convert gives, row by row', { timeout: 120000 }, () => {
  it('the same amount as `convert --value` for every row, or the same error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 6 }),
        fc.constantFrom('USD', 'EUR', 'JPY'),
        async (rows, to) => {
          const file = join(dir, `rows-${(files += 1)}.csv`);
          const quote = (cell: string) => (cell.includes(',') ? `"${cell}"` : cell);
          writeFileSync(
            file,
            ['date,amount,currency', ...rows.map((r) => `${r.date},${quote(r.amount)},${r.currency}`)].join(
              '\n',
            ),
          );
          const batch = await dealcalc(['convert', '--batch', file, '--to', to, '--json']);
          const lines = batch.stdout
            .trim()
            .split('\n')
            .map((l) => JSON.parse(l) as { amount: string | null; error?: { code: string } });
          expect(lines).toHaveLength(rows.length);
          for (const [i, r] of rows.entries()) {
            const one = await dealcalc([
              'convert',
              '--on',
              r.date,
              '--value',
              '--',
              `${r.amount} ${r.currency}`,
              to,
            ]);
            const got = lines[i];
            if (one.code === 0) {
              expect(got?.amount, `${r.amount} ${r.currency} on ${r.date} to ${to}`).toBe(one.stdout.trim());
            } else {
              const error = await dealcalc([
                'convert',
                '--on',
                r.date,
                '--json',
                '--',
                `${r.amount} ${r.currency}`,
                to,
              ]);
              expect(got?.error?.code).toBe((error.json as { error: { code: string } }).error.code);
            }
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('valueText', () => {
  const store = openShippedStore();
  it('writes an amount as convert --value does (minor units, or three significant figures below one)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[1-9][0-9]{0,9}$/),
        fc.integer({ min: 0, max: 12 }),
        fc.constantFrom('USD', 'JPY', 'BHD'),
        (digits, scale, to) => {
          const amount = new Decimal(digits).div(new Decimal(`1e${scale}`));
          const answer = convertToEach(store, { figure: `${amount.toFixed()} ${to}`, to, on: '2017-11-15' });
          const minor = to === 'JPY' ? 0 : to === 'BHD' ? 3 : 2;
          expect(valueText(answer.conversions[0]!.to.amount, minor)).toBe(renderConvertValue(answer).trim());
        },
      ),
      { numRuns: 300 },
    );
  });
});

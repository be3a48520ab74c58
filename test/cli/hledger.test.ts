/**
 * Export → hledger round trip (issue 10): the P directives `rates export` writes are read by the
 * real hledger (Debian package hledger; CI installs it), which values 1,500,000,000 CNY in USD
 * at the same amount as `dealcalc convert`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Decimal } from '../../src/money/decimal.js';
import { dealcalc } from './helpers.js';

const hledger = spawnSync('hledger', ['--version'], { encoding: 'utf8' });
const HAS_HLEDGER = hledger.status === 0;
const work = mkdtempSync(join(tmpdir(), 'dealcalc-hledger-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** hledger's value in USD of 1,500,000,000 CNY on a day, to 10 decimals, from the exported prices. */
function hledgerValue(prices: string, day: string): string {
  const journal = join(work, `tx-${day}.journal`);
  writeFileSync(
    journal,
    [
      'commodity 1,000.0000000000 USD',
      '',
      `${day} a yuan holding`,
      '    assets:cash    1500000000 CNY',
      '    equity',
      '',
    ].join('\n'),
  );
  const r = spawnSync(
    'hledger',
    ['-f', prices, '-f', journal, 'balance', 'assets', '-N', '-O', 'csv', `--value=${day},USD`],
    {
      encoding: 'utf8',
    },
  );
  expect(r.status, r.stderr).toBe(0);
  // "account","balance" then "assets:cash","226586102.7190332326 USD"
  const cell = r.stdout.trim().split('\n').pop()?.split(',')[1] ?? '';
  return cell.replace(/"/g, '').replace(/ USD$/, '').replace(/,/g, '');
}

describe.skipIf(!HAS_HLEDGER)(
  `rates export read by hledger (${HAS_HLEDGER ? hledger.stdout.trim() : 'hledger is not installed: apt-get install -y hledger'})`,
  () => {
    it.each([
      // 2017-11-15: CHUS 6.62, 1.5e9 / 6.62 = 226,586,102.719…; 2017-11-18 is a Saturday: both take 2017-11-17's 6.6245.
      ['2017-11-15', '226586102.7190332326'],
      ['2017-11-18', '226432183.5610234735'],
    ])('values 1,500,000,000 CNY on %s at the USD amount dealcalc converts to', async (day, expected) => {
      const exported = await dealcalc([
        'rates',
        'export',
        '--source',
        'fred-h10',
        '--pair',
        'USD/CNY',
        '--format',
        'ledger',
      ]);
      expect(exported.code).toBe(0);
      const prices = join(work, 'prices.journal');
      writeFileSync(prices, exported.stdout);
      const converted = await dealcalc(['convert', '1,500,000,000 CNY', 'USD', '--on', day, '--json']);
      const ours = new Decimal((converted.json as { to: { amount: string } }).to.amount).toFixed(10);
      expect(ours).toBe(expected);
      expect(hledgerValue(prices, day)).toBe(ours);
      expect(new Decimal(ours).toFixed(2)).toBe(day === '2017-11-15' ? '226586102.72' : '226432183.56');
    });
  },
);

const ledger = spawnSync('ledger', ['--version'], { encoding: 'utf8' });
const HAS_LEDGER = ledger.status === 0;

describe.skipIf(!HAS_LEDGER)(
  `rates export read by ledger (${HAS_LEDGER ? (ledger.stdout.split('\n')[0] ?? '') : 'ledger is not installed: apt-get install -y ledger'})`,
  () => {
    it('values 1,500,000,000 CNY on 2017-11-15 at the amount dealcalc converts to (ledger shows whole dollars)', async () => {
      const exported = await dealcalc([
        'rates',
        'export',
        '--source',
        'fred-h10',
        '--pair',
        'USD/CNY',
        '--from',
        '2017-01-01',
        '--to',
        '2017-12-31',
      ]);
      const file = join(work, 'ledger.journal');
      writeFileSync(
        file,
        `${exported.stdout}\n2017-11-15 a yuan holding\n    assets:cash    1500000000 CNY\n    equity\n`,
      );
      const r = spawnSync(
        'ledger',
        ['-f', file, 'balance', 'assets', '--exchange', 'USD', '--now', '2017-11-15'],
        { encoding: 'utf8' },
      );
      expect(r.status, r.stderr).toBe(0);
      const converted = await dealcalc([
        'convert',
        '1,500,000,000 CNY',
        'USD',
        '--on',
        '2017-11-15',
        '--value',
        '--sig',
        '9',
      ]);
      expect(converted.stdout.trim()).toBe('226586103');
      expect(r.stdout).toMatch(/USD226586103 {2}assets:cash/);
    });
  },
);

import { describe, expect, it } from 'vitest';
import { dealcalc } from './helpers.js';

type Json = Record<string, unknown>;
const json = (r: { json: unknown }) => r.json as Json;

describe('dealcalc convert: the latest rate is per series (issue 5)', () => {
  it('answers "100 VEF" from the VEF segment\'s last day, 2018-08-17, and says how old it is', async () => {
    const r = await dealcalc(['convert', '100 VEF', 'USD']);
    expect(r.code).toBe(0);
    // FRED DEXVZUS on 2018-08-17: 248209.9219 VEF per USD; 100 / 248209.9219 = 0.000402885…
    expect(r.stdout.split('\n')[0]).toBe('100.00 VEF = 0.000403 USD (at the rate of 2018-08-17)');
    expect(r.stdout).toContain('on 2026-11-28 it is 3025 days old');
  });

  it('answers "5 BHD" USD from the last day the IMF table quotes BHD', async () => {
    const r = await dealcalc(['convert', '5 BHD', 'USD', '--json']);
    expect(r.code).toBe(0);
    expect((json(r).latest as Json).date).toBe((json(r).rate as Json).requestedDate);
  });

  it('says the clock is behind when the rate is dated after today', async () => {
    let stdout = '';
    const { run } = await import('../../src/cli/run.js');
    const code = await run(['convert', '5 CNY', 'USD'], {
      stdout: (t) => (stdout += t),
      stderr: () => {},
      today: () => '2020-01-01',
    });
    expect(code).toBe(0);
    expect(stdout).toContain('it is dated after today (2020-01-01): check the clock');
    expect(stdout).not.toContain('-1 days');
  });
});

describe('dealcalc convert: several targets, as people write them (issue 5)', () => {
  it('converts to each currency of a comma list', async () => {
    const r = await dealcalc(['convert', '1.5 billion yuan', 'USD,EUR,HKD', '--on', '2017-11-15', '--json']);
    expect(r.code).toBe(0);
    const conversions = json(r).conversions as Json[];
    // H.10, 2017-11-15: CHUS 6.62, USEU 1.1794 (USD per EUR), HKUS 7.8064.
    expect(conversions.map((c) => (c.to as Json).rounded)).toEqual([
      '226586102.72', // 1.5e9 / 6.62
      '192119808.99', // 1.5e9 / 6.62 / 1.1794
      '1768821752.27', // 1.5e9 × 7.8064 / 6.62
    ]);
    expect(conversions.map((c) => (c.rate as Json).derivation)).toEqual(['inverse', 'cross', 'cross']);
  });

  it("keeps one target's JSON shape as before: from, to, rate", async () => {
    const r = await dealcalc(['convert', '1.5 billion yuan', 'USD', '--on', '2017-11-15', '--json']);
    expect(Object.keys(json(r))).toEqual(['from', 'to', 'rate']);
  });

  it.each([
    [['USD'], '226586102.72\n'],
    [['USD,EUR'], '226586102.72\n192119808.99\n'],
    [['USD', '--sig', '3'], '227000000\n'],
  ])('--value %j prints the amounts alone', async (args, out) => {
    const [target, ...rest] = args;
    const r = await dealcalc([
      'convert',
      '1.5 billion yuan',
      target as string,
      '--on',
      '2017-11-15',
      '--value',
      ...rest,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(out);
  });

  it('refuses --sig without --style short/zh or --value, rather than ignoring it', async () => {
    const r = await dealcalc([
      'convert',
      '1.5 billion yuan',
      'USD',
      '--on',
      '2017-11-15',
      '--sig',
      '3',
      '--json',
    ]);
    expect(r.code).toBe(2);
    expect((json(r).error as Json).code).toBe('OPTION_INVALID');
  });

  it.each(['5 CNY', '5 XAU'])(
    '"%s" to its own currency is the identity, stated, whatever the tables',
    async (figure) => {
      const code = figure.slice(-3);
      const r = await dealcalc(['convert', figure, code, '--on', '2017-11-15', '--json']);
      expect(r.code).toBe(0);
      expect(json(r).rate).toMatchObject({ derivation: 'identity', value: '1', source: 'none' });
      const text = await dealcalc(['convert', figure, code]);
      expect(text.stdout).toContain('rate 1 · same currency, no rate needed');
    },
  );
});

describe("dealcalc convert: hints name this command line's flags", () => {
  it('RATE_TOO_OLD says --max-age with the age that would allow it', async () => {
    // Thanksgiving: the Fed published nothing (the ECB did, so the Fed's table is asked by name).
    const r = await dealcalc([
      'convert',
      '5 CNY',
      'USD',
      '--on',
      '2017-11-23',
      '--max-age',
      '0',
      '--source',
      'fred-h10',
    ]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('--max-age 1');
    expect(r.stderr).toContain('lookup policy (--policy)');
  });

  it('RATE_NOT_FOUND says --policy previous and --policy next with their days', async () => {
    const r = await dealcalc(['convert', '5 CNY', 'USD', '--on', '2017-11-23', '--policy', 'exact']);
    expect(r.stderr).toContain('--policy previous (2017-11-22) or --policy next (2017-11-24)');
  });

  it('and in JSON too', async () => {
    const r = await dealcalc(['convert', '5 CNY', 'USD', '--on', '1970-06-01', '--json']);
    expect(r.code).toBe(3);
    expect((json(r).error as Json).hint).toContain('(--on)');
  });
});

describe('dealcalc convert: figures and targets as people write them (issues 5 and 7)', () => {
  it('reads targets written as words, symbols and codes in any case: 美元, $, rmb', async () => {
    const r = await dealcalc(['convert', '1.5 billion yuan', '美元,$,rmb', '--on', '2017-11-15', '--value']);
    expect(r.stdout).toBe('226586102.72\n226586102.72\n1500000000.00\n');
  });

  it('says how a bare "$" target was read', async () => {
    const r = await dealcalc(['convert', '1.5 billion yuan', '$', '--on', '2017-11-15']);
    expect(r.stdout).toContain('assumed: a bare "$" is read as US dollars (the currency to convert to)');
  });

  it('refuses a lone "¥" target, naming both currencies', async () => {
    const r = await dealcalc(['convert', '5 USD', '¥', '--on', '2017-11-15', '--json']);
    expect(r.code).toBe(2);
    expect((json(r).error as Json).code).toBe('CURRENCY_AMBIGUOUS');
  });

  it('never rounds away a written digit: €1.234 in the decimal-point notation is shown as 1.234 EUR', async () => {
    // Unsaid, "€1.234" is 1,234 euros as the euro area writes it (issue 17 item 1); --notation says otherwise.
    const r = await dealcalc([
      'convert',
      '€1.234',
      'USD',
      '--on',
      '2017-11-15',
      '--notation',
      'decimal-point',
    ]);
    expect(r.stdout.split('\n')[0]).toBe('1.234 EUR = 1.46 USD'); // 1.234 × 1.1794 = 1.4553…
  });

  it('puts the reading of the digits in JSON: decimals, notation, ambiguity, range', async () => {
    const r = await dealcalc(['convert', '1.5-2 billion yuan', 'USD', '--on', '2017-11-15', '--json']);
    const from = json(r).from as Json;
    expect(from.range).toEqual({
      low: { text: '1.5', amount: '1500000000' },
      high: { text: '2 billion yuan', amount: '2000000000' },
    });
    expect(from.amount).toBe('1750000000'); // a range's point value is its midpoint
    expect(from.notation).toMatchObject({ decimalMark: '.' });
  });

  it.each([
    ['312,4 bilhões de yuans', '312400000000', 'CNY'],
    ['約2兆3千億円', '2300000000000', 'JPY'],
    ['seven billion dollars', '7000000000', 'USD'],
    ['100 billion rubles', '100000000000', 'RUB'],
  ])('converts "%s" (read as %s %s)', async (figure, amount, currency) => {
    const r = await dealcalc(['convert', figure, 'USD', '--on', '2017-11-15', '--json']);
    expect(r.code).toBe(0);
    expect(json(r).from).toMatchObject({ amount, currency });
  });
});

describe('dealcalc convert --style: the answer as prose writes it, in every language the parser reads (issue 7)', () => {
  // 1.5e9 / 6.62 = 226,586,102.72 USD (H.10, 2017-11-15), to 3 significant figures: 227 million.
  it.each([
    ['short', 'CN¥1.5 billion = US$227 million'],
    ['zh', '15亿元 = 2.27亿美元'],
    ['zh-Hant', '15億人民幣 = 2.27億美元'],
    ['de', '1,5 Mrd. Yuan = 227 Mio. US-Dollar'],
    ['ja', '15億人民元 = 2.27億米ドル'],
    ['fr', '1,5 milliard de yuans = 227 millions de dollars américains'],
    ['pt', '1,5 bilhão de yuans = 227 milhões de dólares americanos'],
  ])('--style %s writes %s', async (style, answer) => {
    const r = await dealcalc([
      'convert',
      '1.5 billion yuan',
      'USD',
      '--on',
      '2017-11-15',
      '--style',
      style,
      '--sig',
      '3',
    ]);
    expect(r.stdout.split('\n')[0]).toBe(answer);
  });

  it('and what it writes reads back as the same figure', async () => {
    const written = (
      await dealcalc([
        'convert',
        '1.5 billion yuan',
        'USD',
        '--on',
        '2017-11-15',
        '--style',
        'de',
        '--sig',
        '3',
      ])
    ).stdout
      .split(' = ')[1]
      ?.split('\n')[0] as string;
    const back = await dealcalc(['convert', written, 'USD', '--on', '2017-11-15', '--json']);
    expect((back.json as Json).from).toMatchObject({ amount: '227000000', currency: 'USD' });
  });
});

import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The messages the project's lint config gives for a snippet placed in the core. */
async function lintCore(code: string, file = 'src/money/example.ts'): Promise<string[]> {
  const [result] = await eslint.lintText(`import { Decimal } from './decimal.js';\n${code}\n`, {
    filePath: file,
  });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

describe('lint: money never passes through a float (issue 5)', () => {
  // The first lint loads the config and its plugins: seconds on a busy machine, not the rule's cost.
  beforeAll(() => lintCore(''), 60_000);

  it.each([
    ['new Decimal(6.62);', /never from a number literal/],
    ["new Decimal('1').times(100);", /not a number literal/],
    ["new Decimal('1').div(2);", /not a number literal/],
    ["new Decimal('1').toNumber();", /No \.toNumber/],
    ["Number('6.62');", /No Number\(\.\.\.\)/],
    ["parseFloat('6.62');", /No floats for money/],
    ["Number.parseFloat('6.62');", /No floats for money/],
    ['Date.now();', /reads no clock/],
    ['new Date();', /reads no clock/],
  ])('refuses %s in the core', async (code, message) => {
    expect(await lintCore(code)).toEqual([expect.stringMatching(message)]);
  });

  it.each([
    ["new Decimal('6.62').times('100');"],
    ["new Decimal('1').toDecimalPlaces(2);"],
    ['Math.max(1, 2);'],
    ["new Date('2017-11-15T00:00:00Z');"],
  ])('allows %s', async (code) => {
    expect(await lintCore(code)).toEqual([]);
  });

  it('leaves the shells alone (src/cli may read the clock)', async () => {
    expect(await lintCore('Date.now();', 'src/cli/example.ts')).toEqual([]);
  });
});

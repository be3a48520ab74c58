import { afterAll, describe, it } from 'vitest';
import { expectContract } from './contract.js';
import { HOSTILE_CASES } from './corpus.js';
import { cleanUp, DAMAGES } from './damage.js';

const SEED = ['convert', '1.5 billion yuan', 'USD', '--on', '2017-11-15'];

describe('hostile command lines keep the contract (issue 6)', () => {
  const cases = HOSTILE_CASES.map((c) => [JSON.stringify(c.args).slice(0, 120), c] as const);
  it.each(cases.filter(([, c]) => c.pending === undefined))('%s', async (_, c) => {
    await expectContract(c.args, c.exit, c.code);
  });
  it.skip.each(cases.filter(([, c]) => c.pending !== undefined))('%s (pending)', async (_, c) => {
    await expectContract(c.args, c.exit, c.code);
  });
});

describe('damaged data folders keep the contract (issue 6)', () => {
  afterAll(cleanUp);
  it.each(DAMAGES.map((d) => [d.name, d] as const))('%s', async (_, damage) => {
    await expectContract(damage.args ?? SEED, damage.exit, damage.code, { dataDir: damage.make() });
  });
});

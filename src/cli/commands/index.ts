import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { defineCheck } from './check.js';
import { defineConvert } from './convert.js';
import { defineRates } from './rates.js';
import { defineScan } from './scan.js';
import { defineScenario } from './scenario.js';
import { defineServe } from './serve.js';
import { defineStake } from './stake.js';

/** Every command of the CLI, in the order help lists them; a new command adds one line. */
export const COMMANDS: readonly ((program: Command, context: CommandContext) => void)[] = [
  defineConvert,
  defineCheck,
  defineScan,
  defineStake,
  defineScenario,
  defineRates,
  defineServe,
];

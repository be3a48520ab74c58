import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { defineCheck } from './check.js';
import { defineConvert } from './convert.js';
import { defineRates } from './rates.js';
import { defineScan } from './scan.js';
import { defineScenario } from './scenario.js';
import { defineServe } from './serve.js';
import { defineStake } from './stake.js';

/** A definer of commands and the names of the commands it defines. */
export interface CommandDefinition {
  readonly names: readonly string[];
  readonly define: (program: Command, context: CommandContext) => void;
}

/** Every command of the CLI, in the order help lists them; a new command adds one line. */
export const COMMANDS: readonly CommandDefinition[] = [
  { names: ['convert'], define: defineConvert },
  { names: ['check'], define: defineCheck },
  { names: ['scan'], define: defineScan },
  { names: ['stake', 'implied'], define: defineStake },
  { names: ['scenario'], define: defineScenario },
  { names: ['rates'], define: defineRates },
  { names: ['serve'], define: defineServe },
];

/**
 * The definitions a run needs: the one defining the command named first, else all of them (for
 * the program's help, its version, and the message for a command it does not know). Defining
 * every command's options costs a start about as much as reading its rate table.
 */
export function commandsFor(argv: readonly string[]): readonly CommandDefinition[] {
  const first = argv[0];
  const named = COMMANDS.find((definition) => first !== undefined && definition.names.includes(first));
  return named === undefined ? COMMANDS : [named];
}

import { impliedFromText, stakeFromText, type DealTextOptions } from '../deal/dealJobs.js';
import { lookupSettings } from './commonOptions.js';
import type { DealOptions, ImpliedOptions, StakeOptions } from './commands/optionTypes.js';
import type { CommandContext } from './context.js';
import { storeFor } from './openStore.js';
import {
  renderImpliedJson,
  renderImpliedText,
  renderStakeJson,
  renderStakeText,
} from '../deal/render/deal.js';

/**
 * The deal settings of the options, as the core's requests take them.
 *
 * @example
 * dealOptions({ in: 'EUR', secondary: true }) //=> { in: 'EUR', secondary: true }
 */
export function dealOptions(options: DealOptions): DealTextOptions {
  return {
    ...lookupSettings(options),
    ...(options.in === undefined ? {} : { in: options.in }),
    ...(options.secondary ? { secondary: true } : {}),
    ...(options.primaryPart === undefined ? {} : { primaryPart: options.primaryPart }),
    ...(options.yen ? { yen: options.yen } : {}),
    ...(options.notation ? { notation: options.notation } : {}),
    ...(options.rate === undefined ? {} : { rate: options.rate }),
  };
}

/**
 * The stake command's work: one core call and a renderer.
 */
export function stakeCommand(options: StakeOptions, context: CommandContext): void {
  const result = stakeFromText(storeFor(options, context.io), {
    invest: options.invest ?? [],
    ...(options.pre === undefined ? {} : { pre: options.pre }),
    ...(options.post === undefined ? {} : { post: options.post }),
    ...(options.valuation === undefined ? {} : { valuation: options.valuation }),
    holders: options.holder ?? [],
    sellers: options.seller ?? [],
    ...dealOptions(options),
    today: context.io.today(),
  });
  context.io.stdout(options.json ? renderStakeJson(result) : renderStakeText(result));
}

/**
 * The implied command's work: one core call and a renderer.
 */
export function impliedCommand(options: ImpliedOptions, context: CommandContext): void {
  const result = impliedFromText(storeFor(options, context.io), {
    invest: options.invest,
    stake: options.stake,
    ...dealOptions(options),
    today: context.io.today(),
  });
  context.io.stdout(options.json ? renderImpliedJson(result) : renderImpliedText(result));
}

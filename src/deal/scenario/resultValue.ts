/**
 * Reading one value out of a scenario's result by a path (the path language of path.ts), for
 * `--show` and sweeps. Any field of the result JSON can be named; a few short forms help:
 *
 *   holders["Founder A"].percent      the final table's row (also .shares, .change.percentPoints)
 *   pool.percent, pool.shares         the final table's pool row
 *   fullyDiluted                      the final fully diluted count
 *   rounds[1].pricePerShare           any field of a round: preMoney, postMoney, newMoney,
 *   rounds["Series A"].postMoney        effectivePreMoney, fullyDiluted, pool.increase, …
 *   rounds[0].holders["Lead"].percent a round's own table (holders is its table)
 *   rounds[0].conversions["Angel"].shares, rounds[0].newShares["Lead"].shares
 *   rounds[0].identities.postMoney.difference
 *
 * In a list, ["name"] picks the element whose holder, name or investor is that name.
 */
import { fail, succeed, type Result } from '../../errors.js';
import { Decimal } from '../../money/decimal.js';
import { formatScenarioPath, parseScenarioPath } from './path.js';
import { pathNamesGroup, pathStepInvalid } from './scenarioErrors.js';
import type { ScenarioResult } from './types.js';
import { checkArgument, checkFields } from '../../requestFields.js';

/** A value a path can name. */
export type ScenarioValue = Decimal | string | boolean;

function named(element: unknown, name: string): boolean {
  if (typeof element !== 'object' || element === null) return false;
  const record = element as Record<string, unknown>;
  return record.holder === name || record.name === name || record.investor === name;
}

function keysOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list: use [index] or ["name"]';
  if (value instanceof Decimal || typeof value !== 'object' || value === null) return 'a single value';
  return `keys: ${Object.keys(value).join(', ')}`;
}

/**
 * The value a path names in a scenario result.
 *
 * @example
 * const r = runScenario([fred], unwrap(parseScenario('currency: USD\nholders: [{ name: Founder A, shares: 3000000 }]\nrounds: [{ name: A, date: 2018-01-02, preMoney: "$3M", investors: [{ name: Lead, amount: "$1M" }] }]\n')));
 * unwrap(resultValue(r, 'holders["Founder A"].percent')).toString() //=> '75'
 * unwrap(resultValue(r, 'rounds["A"].pricePerShare')).toString() //=> '1'
 * resultValue(r, 'holders["Nobody"].percent').ok //=> false
 */
export function resultValue(result: ScenarioResult, path: string): Result<ScenarioValue> {
  checkFields('resultValue', 'result', result, { rounds: 'list', holders: 'list', exits: 'list' });
  checkArgument('resultValue', 'path', 'text', path);
  const segments = parseScenarioPath(path);
  if (!segments.ok) return segments;
  const finalPool = result.holders.find((row) => row.kind === 'pool');
  let value: unknown = { ...result, pool: finalPool };
  let isRound = false;
  for (const [i, segment] of segments.value.entries()) {
    const where = formatScenarioPath(segments.value.slice(0, i + 1));
    const missing = (what: string) =>
      fail<ScenarioValue>(pathStepInvalid(path, what, where, `There: ${keysOf(value)}.`));
    if (segment.kind === 'key') {
      if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Decimal)
        return missing(`"${segment.key}" is not a key of ${keysOf(value)}`);
      const record = value as Record<string, unknown>;
      const key = isRound && segment.key === 'holders' ? 'table' : segment.key;
      if (!(key in record)) return missing(`there is no "${segment.key}"`);
      isRound = false;
      value = record[key];
      continue;
    }
    if (!Array.isArray(value)) return missing('this is not a list');
    const list: readonly unknown[] = value;
    const found =
      segment.kind === 'index' ? list[segment.index] : list.find((element) => named(element, segment.name));
    if (found === undefined)
      return missing(
        segment.kind === 'index'
          ? `the list has ${list.length} element${list.length === 1 ? '' : 's'}`
          : `no element is named "${segment.name}"`,
      );
    isRound = i === 1 && segments.value[0]?.kind === 'key' && segments.value[0].key === 'rounds';
    value = found;
  }
  if (value instanceof Decimal || typeof value === 'string' || typeof value === 'boolean')
    return succeed(value);
  if (typeof value === 'number') return succeed(new Decimal(String(value)));
  return fail(pathNamesGroup(path, keysOf(value)));
}

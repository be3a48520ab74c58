/**
 * Pro-forma tables: holders' shares, the unallocated pool, percentages of the fully diluted count
 * that sum to exactly 100, and the change against the table before.
 */
import { Decimal } from '../../money/decimal.js';
import { bigToDecimal } from './rational.js';
import type { CapTableRow } from './types.js';

/** Decimals of the percent column. */
export const PERCENT_DECIMALS = 30;

/** The label of the pool's row. */
export const SCENARIO_POOL_ROW = 'Option pool';

/**
 * 100 × shares / total for each row, to PERCENT_DECIMALS decimals, apportioned by the largest
 * remainder method (Hamilton's) so that the column sums to exactly 100: each value is its exact
 * percentage cut down to the last decimal, and the units of the last decimal still missing go,
 * one each, to the rows whose cut-off remainder is largest (ties to the earlier row). A row whose
 * percentage terminates within those decimals is exact; every other row is within one unit of
 * the last decimal (10^-30 percent) of its exact value.
 *
 * @example
 * apportionPercents([1n, 1n, 1n]).map(String)
 * //=> ['33.333333333333333333333333333334', '33.333333333333333333333333333333', '33.333333333333333333333333333333']
 */
export function apportionPercents(shares: readonly bigint[]): Decimal[] {
  const total = shares.reduce((a, b) => a + b, 0n);
  if (total === 0n) return shares.map(() => new Decimal('0'));
  const unit = 100n * 10n ** BigInt(PERCENT_DECIMALS);
  const cut = shares.map((s) => ({ floor: (s * unit) / total, remainder: (s * unit) % total }));
  let missing = unit - cut.reduce((a, c) => a + c.floor, 0n);
  const order = cut
    .map((c, index) => ({ ...c, index }))
    .filter((c) => c.remainder > 0n)
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  const extra = new Set<number>();
  for (const c of order) {
    if (missing === 0n) break;
    extra.add(c.index);
    missing -= 1n;
  }
  return cut.map((c, index) => {
    const units = c.floor + (extra.has(index) ? 1n : 0n);
    return new Decimal(units.toString()).div(new Decimal(`1e${PERCENT_DECIMALS}`));
  });
}

/** Holders' shares by name (in the order they first appear) and the unallocated pool. */
export interface CapTable {
  readonly holders: ReadonlyMap<string, bigint>;
  readonly pool: bigint;
}

/**
 * The rows of a table: holders in order of first appearance, then the pool; percentages
 * apportioned; change against `before` (rows absent before change from zero; with no `before`,
 * the first table, every change is zero).
 *
 * @example
 * const rows = tableRows({ holders: new Map([['A', 3n]]), pool: 1n }, null);
 * rows.map((r) => [r.holder, r.percent.toString()]) //=> [['A', '75'], ['Option pool', '25']]
 */
export function tableRows(table: CapTable, before: readonly CapTableRow[] | null): CapTableRow[] {
  const entries: { holder: string; kind: CapTableRow['kind']; shares: bigint }[] = [
    ...[...table.holders.entries()].map(([holder, shares]) => ({ holder, kind: 'holder' as const, shares })),
    { holder: SCENARIO_POOL_ROW, kind: 'pool', shares: table.pool },
  ];
  const percents = apportionPercents(entries.map((e) => e.shares));
  // Rows of the table before, by kind and holder: one lookup each (a search per row would be quadratic).
  const beforeRows = new Map((before ?? []).map((row) => [`${row.kind}:${row.holder}`, row]));
  return entries.map((entry, i) => {
    const percent = percents[i] ?? new Decimal('0');
    const previous = beforeRows.get(`${entry.kind}:${entry.holder}`);
    const shares = bigToDecimal(entry.shares);
    return {
      holder: entry.holder,
      kind: entry.kind,
      shares,
      percent,
      // The first table has nothing to change from.
      change:
        before === null
          ? { shares: new Decimal('0'), percentPoints: new Decimal('0') }
          : {
              shares: shares.minus(previous?.shares ?? '0'),
              percentPoints: percent.minus(previous?.percent ?? '0'),
            },
    };
  });
}

/**
 * The fully diluted count of a table.
 *
 * @example
 * fullyDilutedOf({ holders: new Map([['A', 3n]]), pool: 1n }) //=> 4n
 */
export function fullyDilutedOf(table: CapTable): bigint {
  return [...table.holders.values()].reduce((a, b) => a + b, table.pool);
}

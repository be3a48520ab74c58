/**
 * The one place a scenario reads a percentage. Deliberately narrow: a plain decimal and a
 * percent sign ("10%", "12.5%", "0.5 %"); the shared parser's `parsePercent` (hedges, "per cent",
 * 百分之十) will replace this function when the branches merge, and nothing else reads percents.
 */
import { Decimal } from '../../money/decimal.js';

const PLAIN_PERCENT = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*%\s*$/;

/**
 * Reads a plain percentage into its number of percent ("12.5%" → 12.5), or null if the text is
 * not one. Signs and words are not read: a scenario's percentages are never negative.
 *
 * @example
 * readScenarioPercent('12.5%')?.toString() //=> '12.5'
 * readScenarioPercent('about 10%') //=> null
 */
export function readScenarioPercent(text: string): Decimal | null {
  const match = PLAIN_PERCENT.exec(text);
  if (match === null || match[1] === undefined) return null;
  return new Decimal(match[1]);
}

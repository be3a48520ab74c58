/**
 * How the scenario's text output writes its figures, in one place so that every line (rounds,
 * classes, anti-dilution, exits) rounds alike and the footer can name the rules.
 */
/**
 * Numbers the core writes to 40 digits inside formulas and checks, cut to 4 decimals and marked
 * "…" for reading (the JSON keeps them whole).
 *
 * @example
 * readable('= 105263.1578947368421 shares') //=> '= 105263.1578… shares'
 */
export function readable(text: string): string {
  return text.replace(/\d+\.\d{7,}/g, (n) => {
    const [whole = '0', fraction = ''] = n.split('.');
    return `${whole}.${fraction.slice(0, 4)}…`;
  });
}

/** The display rules above in words, for the footer of the text output. */
export const DISPLAY_RULES =
  "amounts rounded half-even to the currency's minor unit, prices per share to at most 10 decimals, percentages and fractional share counts to 2; in formulas and checks a number with more than 6 decimals is cut to 4 and marked …";

/**
 * How the scenario's text output writes its figures, in one place so that every line (rounds,
 * classes, anti-dilution, exits) rounds alike and the footer can name the rules.
 */
/**
 * A ratio the core writes to 40 digits (a year fraction, a conversion ratio), cut to 4 decimals
 * and marked "…" for reading (the JSON keeps it whole).
 *
 * @example
 * readable('1.076923076923076923076923076923076923077') //=> '1.0769…'
 */
export function readable(text: string): string {
  return text.replace(/\d+\.\d{7,}/g, (n) => {
    const [whole = '0', fraction = ''] = n.split('.');
    return `${whole}.${fraction.slice(0, 4)}…`;
  });
}

/** The display rules above in words, for the footer of the text output. */
export const DISPLAY_RULES =
  "amounts rounded half-even to the currency's minor unit (an amount below one minor unit to three significant figures), prices per share and the amounts of a check to at most 10 decimals, percentages and fractional share counts to 2, in formulas and checks too; a ratio with more than 6 decimals is cut to 4 and marked …";

/**
 * How the page says a verdict: in words, with a sign that does not rely on colour, and a class
 * for the colour. A pair that could not be checked says so; it is never shown as consistent.
 */
import type { Verdict } from '../types.js';

/** A verdict as the page shows it. */
export interface VerdictView {
  /** The verdict, or 'unchecked' when the pair could not be checked (its error says why). */
  readonly verdict: Verdict | 'unchecked';
  /** The word on the badge. */
  readonly label: string;
  /** A sign that carries the verdict without colour: ✓ ≈ ~ ✗ ?. */
  readonly symbol: string;
  /** One sentence for screen readers and tooltips. */
  readonly description: string;
}

const VIEWS: Readonly<Record<Verdict | 'unchecked', VerdictView>> = {
  consistent: {
    verdict: 'consistent',
    label: 'consistent',
    symbol: '✓',
    description:
      'a reference rate lies inside the range the two figures allow: their rounding explains the difference',
  },
  close: {
    verdict: 'close',
    label: 'close',
    symbol: '≈',
    description:
      'no reference rate lies inside the range the figures allow, but one is within the tolerance of it',
  },
  'fits-only-by-rounding': {
    verdict: 'fits-only-by-rounding',
    label: 'fits only by rounding',
    symbol: '~',
    description:
      'the figures meet a reference rate only if a round figure stands for a value further from what it says than a right conversion is rounded by; not consistent',
  },
  inconsistent: {
    verdict: 'inconsistent',
    label: 'inconsistent',
    symbol: '✗',
    description: 'no reference rate of the day comes near the rate the two figures imply',
  },
  unchecked: {
    verdict: 'unchecked',
    label: 'not checked',
    symbol: '?',
    description: 'the pair could not be checked; the details say why',
  },
};

/**
 * The view of a verdict (or of a pair that could not be checked).
 *
 * @example
 * verdictView('consistent').symbol //=> '✓'
 * verdictView(null).label //=> 'not checked'
 */
export function verdictView(verdict: Verdict | null): VerdictView {
  return VIEWS[verdict ?? 'unchecked'];
}

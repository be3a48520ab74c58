import { describe, expect, it } from 'vitest';
import { describeAge } from '../../../src/fx/render/age.js';

describe('describeAge', () => {
  it.each([
    ['2024-11-29', '2026-11-28', '1 year, 11 months, 30 days'], // the shipped H.10 table's last day, seen today
    ['2017-11-17', '2017-11-20', '3 days'], // a weekend
    ['2024-02-29', '2025-02-28', '12 months'], // a month after a month-end is the next month-end (date-fns)
    ['2017-11-17', '2017-11-17', 'the same day'],
  ])('from %s to %s is %s', (observed, today, expected) => {
    expect(describeAge(observed, today)).toBe(expected);
  });
});

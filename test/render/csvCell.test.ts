/**
 * The one CSV cell writer (src/text/csvCell.ts). Which first characters a spreadsheet runs as a
 * formula: OWASP, "CSV Injection" (https://owasp.org/www-community/attacks/CSV_Injection): =, +, -,
 * @, tab and carriage return. Quoting: RFC 4180 §2 (fields with a comma, a quote or a line break
 * are enclosed in quotes, quotes inside doubled).
 */
import { describe, expect, it } from 'vitest';
import { csvCell, csvLine, neutraliseFormula, startsLikeFormula } from '../../src/text/csvCell.js';

describe('csvCell', () => {
  it.each([
    // numbers as dealcalc writes them stay numbers
    ['-12.34', '-12.34'],
    ['226586102.72', '226586102.72'],
    ['0', '0'],
    ['-20', '-20'],
    // anything else starting like a formula is made text, a plus sign on a number included
    ['+5', "'+5"],
    ['-.5', "'-.5"],
    ['-2+3', "'-2+3"],
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['+cmd', "'+cmd"],
    ['\tx', "'\tx"],
    ['=1,2', `"'=1,2"`],
    // ordinary text, quoted per RFC 4180 when it must be
    ['Series A', 'Series A'],
    ['1,500', '"1,500"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['', ''],
  ])('%j is written %j', (cell, written) => {
    expect(csvCell(cell)).toBe(written);
  });

  it('agrees with the quick test the batch row loop runs on unquoted cells', () => {
    for (const cell of ['+5', '-.5', '-12.34', '=1', '@a', 'abc', '-', '+', '5']) {
      const line = `x,${cell}`;
      expect(startsLikeFormula(line, 2, line.length), cell).toBe(neutraliseFormula(cell) !== cell);
    }
  });

  it('writes a line of cells', () => {
    expect(csvLine(['Seed', '2018-01-01', 'Founder', '+5', '-20'])).toBe("Seed,2018-01-01,Founder,'+5,-20");
  });
});

/**
 * Each thing said once (issue 16): the rules by which a rate, an amount, an interval, a deviation
 * and a CSV cell are written live in one place in src/, and every output (the command line, the
 * page and its copied text, batch, scenario tables) uses that one. This reads the source: a second
 * copy of a rule, or a function of the old doubled names, fails here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../fx/helpers.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** The source of src/, comments removed (a rule quoted in a JSDoc is not a copy of it). */
const SOURCES = sourceFiles(join(ROOT, 'src')).map((path) => ({
  file: relative(ROOT, path),
  code: readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, ''),
}));

/** The files whose code matches, one entry per match. */
function where(pattern: RegExp): string[] {
  const global = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
  return SOURCES.flatMap(({ file, code }) => [...code.matchAll(global)].map(() => file));
}

describe('one definition of each rendering rule in src/ (issue 16)', () => {
  it.each([
    // rate
    ['formatRate', 'src/fx/render/rate.ts'],
    ['formatRateInProse', 'src/fx/render/rate.ts'],
    ['formatImpliedRate', 'src/fx/render/rate.ts'],
    ['isDerivedRate', 'src/fx/render/rate.ts'],
    ['rateCitation', 'src/fx/render/rate.ts'],
    ['rateQuoteJson', 'src/fx/render/rate.ts'],
    // amount
    ['displayDecimals', 'src/money/displayDecimals.ts'],
    ['formatMoneyFull', 'src/money/format.ts'],
    ['percentText', 'src/money/percentText.ts'],
    // interval
    ['intervalText', 'src/quantity/intervalText.ts'],
    // deviation
    ['deviationWords', 'src/check/render/deviation.ts'],
    ['deviationText', 'src/check/render/deviation.ts'],
    // CSV cell
    ['csvCell', 'src/text/csvCell.ts'],
    ['csvLine', 'src/text/csvCell.ts'],
    ['neutraliseFormula', 'src/text/csvCell.ts'],
  ])('%s is defined once, in %s', (name, file) => {
    expect(where(new RegExp(`function ${name}\\b`))).toEqual([file]);
  });

  it.each([
    // the doubles this replaced: the CLI's rate line, the page's amount writers, batch's decimals rule, …
    'rateLine',
    'moneyText',
    'amountDecimals',
    'valueDecimals',
    'deviation',
  ])('no function %s is left', (name) => {
    expect(where(new RegExp(`function ${name}\\b|const ${name} = \\(`))).toEqual([]);
  });

  it.each([
    [
      'a published rate is written with at least four decimals',
      /Math\.max\(decimals, 4\)/,
      'src/fx/render/rate.ts',
    ],
    [
      'a derived rate is written to eight significant digits',
      /roundSignificant\([^)]*, 8\)/,
      'src/fx/render/rate.ts',
    ],
    [
      'an amount too small for its minor units gets three significant figures',
      /\.abs\(\)\.e \+ 2/,
      'src/money/displayDecimals.ts',
    ],
    [
      'an amount is its number, a space and its currency code',
      /\$\{formatDecimal\([^`]*\)\} \$\{[\w.]*currency\}/,
      'src/money/format.ts',
    ],
    [
      'an interval is open at an unbounded end',
      /low === null \? '\(' : '\['|lowOpen \|\| [\w.]+low === null \? '\(' : '\['/,
      'src/quantity/intervalText.ts',
    ],
    ['no bound is written ∞', /=== null \? '−∞'/, 'src/quantity/intervalText.ts'],
    [
      'a deviation says below or above, not a sign',
      /isNegative\(\) \? 'below' : 'above'/,
      'src/check/render/deviation.ts',
    ],
    ['a cell starting like a formula is guarded', /\[=\+\\-@\\t\\r\]/, 'src/text/csvCell.ts'],
    [
      'a CSV cell with a comma, quote or line end is quoted',
      /\[",\\r\\n\]|\[",\\n\\r\]/,
      'src/text/csvCell.ts',
    ],
  ])('%s: written once, in %s', (_, pattern, file) => {
    expect(where(pattern)).toEqual([file]);
  });

  it('the page and the command line keep no renderers of their own', () => {
    const shells = SOURCES.filter(({ file }) => /^src\/(web|cli)\//.test(file)).map(({ file }) => file);
    expect(shells.filter((file) => /^src\/web\/(format|\w+View)\.ts$/.test(file))).toEqual([]);
    expect(shells.filter((file) => file.startsWith('src/cli/render/'))).toEqual([
      'src/cli/render/chartTerminal.ts',
      'src/cli/render/error.ts',
    ]);
  });
});

/**
 * The public API, pinned: the exact runtime names `dealcalc` and `dealcalc/node` export (from
 * src and from the built dist/), at most 60 each, and a running JSDoc example on every function.
 * A name added or dropped here is a change users see: say so in README's Library table.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ROOT } from '../fx/helpers.js';

const MAX_VALUES = 60;
// Importing the whole package the first time takes seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const CORE = [
  // errors
  'DealCalcError',
  'ScenarioError',
  'renderHint',
  'unwrap',
  'wordsForSetting',
  // money
  'Decimal',
  'currencyInfo',
  'formatMoneyFull',
  'formatMoneyShort',
  'isCurrencyCode',
  'toCurrencyCode',
  // figures
  'findFigures',
  'parseFigure',
  'parsePercent',
  // rates and conversions
  'convert',
  'convertFigure',
  'convertToEach',
  'lookupPreferred',
  'lookupRate',
  'parseGivenRates',
  'rateHistory',
  // stores
  'combineStores',
  'exportRates',
  'openRateStore',
  'parseImport',
  'parseManifest',
  'rateSourceFromSeries',
  'rateStoreFromSources',
  'requiredFiles',
  'seriesFromArrays',
  // check and scan
  'checkQuote',
  'openScan',
  'scanText',
  // stake and implied
  'impliedFromText',
  'impliedValuation',
  'stake',
  'stakeFromText',
  // scenarios
  'answerScenario',
  'applyOverride',
  'parseScenario',
  'parseSweep',
  'resultValue',
  'runScenario',
  'sweepScenario',
  // one text renderer per job, and the rate chart
  'historyChart',
  'renderCheckText',
  'renderConvertText',
  'renderImpliedText',
  'renderScanText',
  'renderScenarioText',
  'renderShowText',
  'renderStakeText',
  'renderSweepText',
  'svgChart',
  // batch
  'createBatchConversion',
].sort();

const NODE = [...CORE, 'importFile', 'openShippedStore', 'openStore', 'openUserStore', 'updateRates'].sort();

function names(module: Record<string, unknown>): string[] {
  return Object.keys(module).sort();
}

describe('the public API from src', () => {
  it(`dealcalc (src/index.ts) exports exactly the ${CORE.length} listed values, at most ${MAX_VALUES}`, async () => {
    const core = names(await import('../../src/index.js'));
    expect(core).toEqual(CORE);
    expect(core.length).toBeLessThanOrEqual(MAX_VALUES);
  });

  it(`dealcalc/node (src/node/index.ts) exports the core and 5 store openers and importers, at most ${MAX_VALUES}`, async () => {
    const node = names(await import('../../src/node/index.js'));
    expect(node).toEqual(NODE);
    expect(node.length).toBeLessThanOrEqual(MAX_VALUES);
  });

  it('no internal helper leaks: the file writers, downloads, checksums and chart arithmetic stay inside', async () => {
    const node = names(await import('../../src/node/index.js'));
    for (const internal of [
      'writeFileAtomic',
      'sha256Hex',
      'download',
      'escapeXml',
      'niceStep',
      'easterSunday',
    ]) {
      expect(node).not.toContain(internal);
    }
  });
});

describe('the public API from the built dist/', () => {
  const built = existsSync(join(ROOT, 'dist', 'node', 'index.js'));
  it.runIf(built)('dist/index.js and dist/node/index.js export the same names as src', async () => {
    const core = names(await import(join(ROOT, 'dist', 'index.js')));
    const node = names(await import(join(ROOT, 'dist', 'node', 'index.js')));
    expect(core).toEqual(CORE);
    expect(node).toEqual(NODE);
  });
});

/** Every .ts file under src/, for finding where a public function is declared. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

describe('documentation of the public functions', () => {
  it('every public function and class has a JSDoc comment with an @example (test/doc runs them)', async () => {
    const node = (await import('../../src/node/index.js')) as Record<string, unknown>;
    const files = sourceFiles(join(ROOT, 'src')).map((file) => readFileSync(file, 'utf8'));
    const undocumented = Object.entries(node)
      .filter(([name, value]) => typeof value === 'function' && name !== 'Decimal')
      .map(([name]) => name)
      .filter((name) => {
        const declaration = new RegExp(
          `/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*export (?:async )?(?:function|class) ${name}\\b`,
        );
        return !files.some((text) => declaration.exec(text)?.[1]?.includes('@example'));
      });
    expect(undocumented).toEqual([]);
  });
});

describe("README's Library section", () => {
  it('names every public value, so the table is the whole API', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf('\n## Library');
    const library = readme.slice(start, readme.indexOf('\n## ', start + 1));
    expect(NODE.filter((name) => !library.includes(`\`${name}`))).toEqual([]);
  });
});

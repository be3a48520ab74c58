/**
 * Issue 20 (Messages): a library call with wrong-typed arguments (no request, a null request, a
 * number where text belongs, a missing field) throws a DealCalcError with a code, REQUEST_INVALID
 * naming the job and the field, never a TypeError from deep inside. Every public function of
 * dealcalc/node is called here with each wrong value in each argument it checks.
 */
import { describe, expect, it } from 'vitest';
import * as api from '../../src/node/index.js';

const store = api.openShippedStore();
const fred = store.source('fred-h10');
const seed = api.unwrap(
  api.parseScenario(
    'currency: USD\nholders: [{ name: Founders, shares: 1000000 }]\nrounds: [{ name: Seed, date: 2018-01-01, preMoney: "$4M", investors: [{ name: Lead, amount: "$1M" }] }]\n',
  ),
);

/** Values of the wrong type for a text, a list, an object, a request. */
const NOT_TEXT = [undefined, null, 42, true, {}, ['$5']];
const NOT_OBJECT = [undefined, null, 42, 'text', true, []];
const NOT_LIST = [undefined, null, 42, 'text', {}];
/** An object of the wrong shape where a parsed value or an answer belongs. */
const NOT_ANSWER = [...NOT_OBJECT, {}];

/** One call with one argument (or field) replaced: the name says which. */
type Call = readonly [string, (value: unknown) => unknown, readonly unknown[]];

const field = (request: Record<string, unknown>, name: string) => (value: unknown) => ({
  ...request,
  [name]: value,
});
const CONVERT = { figure: '1.5 billion yuan', to: 'USD', on: '2017-11-15' };
const CHECK = { text: 'about 1.5 billion yuan ($227 million)', on: '2017-11-15' };
const SCAN = { text: 'On 15 November 2017, 1.5 billion yuan ($227 million).' };
const STAKE = { invest: ['1.5 billion yuan'], post: 'more than $2 billion', on: '2017-11-15' };
const IMPLIED = { invest: '$240M', stake: '1.6%' };
const HISTORY = { pair: 'USD/CNY', from: '2017-11-13', to: '2017-11-17' };
const EXPORT = { source: 'fred-h10', format: 'csv' as const, from: '2017-11-13', to: '2017-11-17' };

const CALLS: Call[] = [
  ['convert(store)', (v) => api.convert(v as never, CONVERT), NOT_OBJECT],
  ['convert(request)', (v) => api.convert(store, v as never), NOT_OBJECT],
  [
    'convert(request.figure)',
    (v) => api.convert(store, field(CONVERT, 'figure')(v) as never),
    [undefined, null, 42, true, []],
  ],
  [
    'convert(request.to)',
    (v) => api.convert(store, field(CONVERT, 'to')(v) as never),
    [undefined, null, 42, true, {}],
  ],
  [
    'convert(request.on)',
    (v) => api.convert(store, field(CONVERT, 'on')(v) as never),
    [null, 20171115, true, {}],
  ],
  [
    'convert(request.maxAgeDays)',
    (v) => api.convert(store, field(CONVERT, 'maxAgeDays')(v) as never),
    [null, '7', -1, 1.5],
  ],
  ['convertToEach(request)', (v) => api.convertToEach(store, v as never), NOT_OBJECT],
  ['checkQuote(store)', (v) => api.checkQuote(v as never, CHECK), NOT_OBJECT],
  ['checkQuote(request)', (v) => api.checkQuote(store, v as never), NOT_OBJECT],
  ['checkQuote(request.text)', (v) => api.checkQuote(store, { text: v } as never), [null, 42, true, {}, []]],
  [
    'checkQuote(request.figures)',
    (v) => api.checkQuote(store, { figures: v } as never),
    [null, 42, 'text', {}, [1, 2]],
  ],
  ['scanText(request)', (v) => api.scanText(store, v as never), NOT_OBJECT],
  ['openScan(request)', (v) => api.openScan(store, v as never), NOT_OBJECT],
  ['openScan(request.text)', (v) => api.openScan(store, field(SCAN, 'text')(v) as never), NOT_TEXT],
  ['scanText(request.text)', (v) => api.scanText(store, field(SCAN, 'text')(v) as never), NOT_TEXT],
  [
    'scanText(request.languages)',
    (v) => api.scanText(store, field(SCAN, 'languages')(v) as never),
    [null, 'en', {}],
  ],
  ['stakeFromText(request)', (v) => api.stakeFromText(store, v as never), NOT_OBJECT],
  [
    'stakeFromText(request.invest)',
    (v) => api.stakeFromText(store, field(STAKE, 'invest')(v) as never),
    [...NOT_LIST, [5]],
  ],
  [
    'stakeFromText(request.post)',
    (v) => api.stakeFromText(store, field(STAKE, 'post')(v) as never),
    [null, 2e9, {}],
  ],
  [
    'stakeFromText(request.secondary)',
    (v) => api.stakeFromText(store, field(STAKE, 'secondary')(v) as never),
    ['yes', 1],
  ],
  ['impliedFromText(request)', (v) => api.impliedFromText(store, v as never), NOT_OBJECT],
  [
    'impliedFromText(request.invest)',
    (v) => api.impliedFromText(store, field(IMPLIED, 'invest')(v) as never),
    NOT_TEXT,
  ],
  [
    'impliedFromText(request.stake)',
    (v) => api.impliedFromText(store, field(IMPLIED, 'stake')(v) as never),
    NOT_TEXT,
  ],
  ['answerScenario(request)', (v) => api.answerScenario(store, v as never), NOT_OBJECT],
  ['answerScenario(request.text)', (v) => api.answerScenario(store, { text: v } as never), NOT_TEXT],
  [
    'answerScenario(request.sets)',
    (v) => api.answerScenario(store, { text: 'x: 1', sets: v } as never),
    [null, 'a=b', {}],
  ],
  ['parseScenario(text)', (v) => api.parseScenario(v as never), NOT_TEXT],
  ['runScenario(sources)', (v) => api.runScenario(v as never, seed), [undefined, null, 42, 'fred', {}, [1]]],
  ['runScenario(scenario)', (v) => api.runScenario(store.sources, v as never), NOT_ANSWER],
  [
    'sweepScenario(scenario)',
    (v) => api.sweepScenario(store.sources, v as never, ['rounds[0].preMoney=6M..8M:1M'], []),
    NOT_OBJECT,
  ],
  ['sweepScenario(sweeps)', (v) => api.sweepScenario(store.sources, seed, v as never, []), NOT_LIST],
  ['parseSweep(text)', (v) => api.parseSweep(v as never), NOT_TEXT],
  ['applyOverride(path)', (v) => api.applyOverride(seed, v as never, '5M'), NOT_TEXT],
  ['resultValue(result)', (v) => api.resultValue(v as never, 'rounds[0].pricePerShare'), NOT_ANSWER],
  ['parseFigure(text)', (v) => api.parseFigure(v as never), NOT_TEXT],
  ['parseFigure(options)', (v) => api.parseFigure('$5', v as never), [null, 42, 'en']],
  ['parsePercent(text)', (v) => api.parsePercent(v as never), NOT_TEXT],
  ['findFigures(text)', (v) => api.findFigures(v as never), NOT_TEXT],
  [
    'lookupRate(source)',
    (v) => api.lookupRate(v as never, 'CNY' as never, 'USD' as never, '2017-11-15'),
    NOT_OBJECT,
  ],
  ['lookupRate(from)', (v) => api.lookupRate(fred, v as never, 'USD' as never, '2017-11-15'), NOT_TEXT],
  ['lookupRate(date)', (v) => api.lookupRate(fred, 'CNY' as never, 'USD' as never, v as never), NOT_TEXT],
  [
    'lookupPreferred(sources)',
    (v) => api.lookupPreferred(v as never, 'CNY' as never, 'USD' as never, '2017-11-15'),
    NOT_LIST,
  ],
  ['rateHistory(request)', (v) => api.rateHistory(store, v as never), NOT_OBJECT],
  [
    'rateHistory(request.pair)',
    (v) => api.rateHistory(store, field(HISTORY, 'pair')(v) as never),
    [undefined, null, 42, true, []],
  ],
  ['exportRates(request)', (v) => api.exportRates(store, v as never), NOT_OBJECT],
  [
    'exportRates(request.source)',
    (v) => api.exportRates(store, field(EXPORT, 'source')(v) as never),
    NOT_TEXT,
  ],
  ['parseGivenRates(text)', (v) => api.parseGivenRates(v as never), NOT_TEXT],
  ['parseImport(text)', (v) => api.parseImport('csv', v as never, 'mine.csv'), NOT_TEXT],
  ['parseManifest(text)', (v) => api.parseManifest(v as never, 'manifest.json'), NOT_TEXT],
  ['stake(request)', (v) => api.stake(store.sources, v as never), NOT_OBJECT],
  ['impliedValuation(request)', (v) => api.impliedValuation(store.sources, v as never), NOT_OBJECT],
  ['createBatchConversion(request)', (v) => api.createBatchConversion(store, v as never), NOT_OBJECT],
  [
    'convertFigure(figure)',
    (v) => api.convertFigure(v as never, api.lookupRate(fred, 'CNY' as never, 'USD' as never, '2017-11-15')),
    NOT_OBJECT,
  ],
  ['toCurrencyCode(text)', (v) => api.toCurrencyCode(v as never), NOT_TEXT],
  ['currencyInfo(code)', (v) => api.currencyInfo(v as never), NOT_TEXT],
  ['formatMoneyFull(value)', (v) => api.formatMoneyFull(v as never), NOT_ANSWER],
  ['formatMoneyShort(value)', (v) => api.formatMoneyShort(v as never), NOT_ANSWER],
  ['renderConvertText(answer)', (v) => api.renderConvertText(v as never), NOT_ANSWER],
  ['renderCheckText(check)', (v) => api.renderCheckText(v as never), NOT_ANSWER],
  ['renderScanText(scan)', (v) => api.renderScanText(v as never), NOT_ANSWER],
  ['renderStakeText(result)', (v) => api.renderStakeText(v as never), NOT_ANSWER],
  ['renderImpliedText(result)', (v) => api.renderImpliedText(v as never), NOT_ANSWER],
  ['renderScenarioText(result)', (v) => api.renderScenarioText(v as never), NOT_ANSWER],
  ['renderSweepText(sweep)', (v) => api.renderSweepText(v as never, false), NOT_ANSWER],
  ['renderShowText(history)', (v) => api.renderShowText(v as never), NOT_ANSWER],
  ['historyChart(history)', (v) => api.historyChart(v as never), NOT_ANSWER],
  ['svgChart(spec)', (v) => api.svgChart(v as never), NOT_ANSWER],
  ['combineStores(shipped)', (v) => api.combineStores(v as never, undefined), NOT_ANSWER],
  [
    'rateStoreFromSources(sources)',
    (v) => api.rateStoreFromSources(v as never),
    [undefined, null, 42, 'fred', {}, [1]],
  ],
  ['rateSourceFromSeries(info)', (v) => api.rateSourceFromSeries(v as never, []), NOT_ANSWER],
  ['seriesFromArrays(meta)', (v) => api.seriesFromArrays(v as never, [], []), NOT_ANSWER],
  ['openRateStore(manifest)', (v) => api.openRateStore(v as never, { read: () => '' }), NOT_ANSWER],
  ['requiredFiles(currencies)', (v) => api.requiredFiles(store, v as never), NOT_LIST],
  ['openUserStore(dir)', (v) => api.openUserStore(v as never), NOT_TEXT],
  [
    'importFile(path)',
    (v) => api.importFile('csv', v as never, { userDir: '/nonexistent' } as never),
    NOT_TEXT,
  ],
  ['openStore(options)', (v) => api.openStore(v as never), [null, 42, 'dir', []]],
];

/** What a call threw, or returned as a failed Result's error. */
function failureOf(call: () => unknown): unknown {
  try {
    const result = call() as { ok?: boolean; error?: unknown } | undefined;
    return result?.ok === false ? result.error : 'no error';
  } catch (error) {
    return error;
  }
}

const describeValue = (v: unknown) => (v === undefined ? 'undefined' : JSON.stringify(v));

describe('wrong-typed library calls are DealCalcErrors with a code (issue 20, Messages)', () => {
  for (const [name, call, values] of CALLS) {
    it.each(values.map((v) => [describeValue(v), v]))(`${name} with %s: REQUEST_INVALID`, (_, value) => {
      const error = failureOf(() => call(value));
      expect(error).toBeInstanceOf(api.DealCalcError);
      const { code, kind, message, hint } = error as api.DealCalcError;
      expect({ code, kind }).toEqual({ code: 'REQUEST_INVALID', kind: 'input' });
      // The message names the job and the argument that was wrong.
      expect(message).toContain(name.slice(0, name.indexOf('(')).replace('convertToEach', 'convert'));
      expect(message).toContain(name.slice(name.indexOf('(') + 1, -1));
      expect(hint).not.toBe('');
    });
  }

  it('says what the argument must be and what it was', () => {
    const error = failureOf(() =>
      api.stakeFromText(store, { invest: '1.5 billion yuan', post: '$2B' } as never),
    );
    expect((error as Error).message).toBe(
      'stakeFromText: request.invest must be a list of texts, not a string',
    );
  });

  it('right-typed calls still answer: the seed case converts to 226,586,102.72 USD (1.5e9 / 6.62, Fed H.10)', () => {
    expect(api.convert(store, CONVERT).to.amount.toFixed(2)).toBe('226586102.72');
  });

  it('every public function is called here with wrong types', () => {
    const called = new Set(CALLS.map(([name]) => name.slice(0, name.indexOf('('))));
    const functions = Object.entries(api)
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name);
    // Not called: the classes and Decimal (constructors), isCurrencyCode (a test: false for any
    // non-code), openShippedStore (no argument), unwrap (any Result), updateRates (a download; it
    // takes the options importFile does), renderHint and wordsForSetting (a shell's namers).
    const notHere = functions.filter((name) => !called.has(name)).sort();
    expect(notHere).toEqual([
      'DealCalcError',
      'Decimal',
      'ScenarioError',
      'isCurrencyCode',
      'openShippedStore',
      'renderHint',
      'unwrap',
      'updateRates',
      'wordsForSetting',
    ]);
  });
});

/**
 * Every error of a scenario, worded once: the document, its keys as the readers find them, its
 * paths and overrides, the sweeps and solves, the shares a round issues and moves, and the
 * waterfall. The error class, which keeps the key path, is in scenarioError.ts.
 */
import { errorInfo, hinted, type ErrorCode, type ErrorInfo, type ErrorSpec } from '../../errors.js';
import type { DocNode, DocWhere } from './document.js';
import { ScenarioError } from './scenarioError.js';
import type { CurrencyCode } from '../../money/currency.js';
import type { Decimal } from '../../money/decimal.js';
import { formatMoneyFull } from '../../money/format.js';
import { excerpt } from '../../text/inlineText.js';
import { amountText } from './figureText.js';

/**
 * A syntax error of the document, pointing at its line.
 *
 * @example
 * syntaxError('bad indentation', { line: 3, column: 1, lineText: 'b: 1' }).message //=> 'line 3, column 1: bad indentation'
 * syntaxError('the document is empty', undefined).code //=> 'SCENARIO_SYNTAX'
 */
export function syntaxError(what: string, where: DocWhere | undefined): ErrorInfo {
  return errorInfo({
    code: 'SCENARIO_SYNTAX',
    message: where ? `line ${where.line}, column ${where.column}: ${what}` : what,
    hint: 'A scenario is YAML or JSON: a mapping with the keys currency, holders, convertibles and rounds (see the scenario format).',
    ...(where
      ? {
          position: {
            input: where.lineText,
            index: Math.min(where.column - 1, Math.max(0, where.lineText.length - 1)),
            length: 1,
          },
        }
      : {}),
  });
}

/**
 * A path that does not read in the path language, pointing at the column where it stops.
 *
 * @example
 * pathSyntaxInvalid('rounds[x]', 6, 'expected an index or a quoted name').message
 * //=> '"rounds[x]" is not a path: expected an index or a quoted name at column 7'
 */
export function pathSyntaxInvalid(text: string, index: number, what: string): ErrorInfo {
  return errorInfo({
    code: 'SCENARIO_PATH_INVALID',
    message: `"${text}" is not a path: ${what} at column ${index + 1}`,
    hint: 'Write a path such as rounds[0].preMoney, rounds["Series A"].investors[1].amount or holders["Founder A"].percent.',
    position: { input: text, index, length: 1 },
  });
}

/**
 * A path that reads but one of its steps names nothing there (`where`: the path up to that step),
 * in a scenario being overridden or in a result being read; the hint says what is there.
 *
 * @example
 * pathStepInvalid('holders["Nobody"].percent', 'no element is named "Nobody"', 'holders["Nobody"]', 'There: a list.').message
 * //=> 'holders["Nobody"].percent: no element is named "Nobody" (at holders["Nobody"])'
 */
export function pathStepInvalid(path: string, what: string, where: string, hint: string): ErrorInfo {
  return errorInfo({ code: 'SCENARIO_PATH_INVALID', message: `${path}: ${what} (at ${where})`, hint });
}

/**
 * A result path that ends at a group of values (`keys`: what the group holds, in words).
 *
 * @example
 * pathNamesGroup('rounds[0]', 'keys: name, date').hint //=> 'Add one of its keys: name, date.'
 */
export function pathNamesGroup(path: string, keys: string): ErrorInfo {
  return errorInfo({
    code: 'SCENARIO_PATH_INVALID',
    message: `${path}: names a group of values, not one value`,
    hint: `Add one of its ${keys}.`,
  });
}

/**
 * An override whose path is the whole document.
 *
 * @example
 * wholeScenarioReplaced('').hint //=> 'Set one key.'
 */
export function wholeScenarioReplaced(path: string): ErrorInfo {
  return errorInfo({
    code: 'SCENARIO_PATH_INVALID',
    message: `${path}: cannot replace the whole scenario`,
    hint: 'Set one key.',
  });
}

/**
 * An override's value that starts as YAML (quoted, `{…}`, `[…]`) but does not read as YAML;
 * `reason` is the reader's own message, when it gave one.
 *
 * @example
 * valueNotYaml('rounds[0].pool', '{ target: ', undefined).message //=> 'rounds[0].pool: the value { target:  does not read as YAML'
 */
export function valueNotYaml(path: string, value: string, reason: string | undefined): ErrorInfo {
  return errorInfo({
    code: 'SCENARIO_VALUE_INVALID',
    message: `${path}: the value ${value} does not read as YAML${reason === undefined ? '' : `: ${reason}`}`,
    hint: 'Write the value as in the file: "$8M", 10%, 2018-01-01, { target: "10%", placement: pre-money }.',
  });
}

/**
 * An override that is not written PATH=VALUE.
 *
 * @example
 * overrideNotAssignment('rounds[0].preMoney').message //=> '"rounds[0].preMoney" is not PATH=VALUE'
 */
export function overrideNotAssignment(assignment: string): ErrorInfo {
  return errorInfo({
    code: 'SCENARIO_OVERRIDE_INVALID',
    message: `"${assignment.slice(0, 200)}" is not PATH=VALUE`,
    hint: 'Write an override as PATH=VALUE, e.g. rounds[0].preMoney=3B.',
  });
}

/** The SCENARIO_SWEEP_INVALID error every sweep situation below words. */
function sweepError(message: string, hint: string): ErrorInfo {
  return errorInfo({ code: 'SCENARIO_SWEEP_INVALID', message, hint });
}

const SWEEP_HINT =
  'Write PATH=FROM..TO:STEP, e.g. rounds[0].preMoney=6M..12M:1M or rounds[0].pool.target=5%..20%:5%.';

/**
 * A sweep written without the "=" between its path and its range.
 *
 * @example
 * sweepWithoutEquals('rounds[0].preMoney 6M..12M:1M').message //=> '"rounds[0].preMoney 6M..12M:1M" has no "=" between a path and a range'
 */
export function sweepWithoutEquals(text: string): ErrorInfo {
  return sweepError(`"${text}" has no "=" between a path and a range`, SWEEP_HINT);
}

/**
 * A sweep's range not written FROM..TO:STEP.
 *
 * @example
 * sweepNotRange('6M-12M').message //=> '"6M-12M" is not a range FROM..TO:STEP'
 */
export function sweepNotRange(range: string): ErrorInfo {
  return sweepError(`"${range}" is not a range FROM..TO:STEP`, SWEEP_HINT);
}

/**
 * A bound of a percentage sweep that is not a percentage.
 *
 * @example
 * sweepBoundNotPercent('rounds[0].pool.target', 'from', 'five').message //=> 'rounds[0].pool.target: the from value "five" is not a percentage'
 */
export function sweepBoundNotPercent(path: string, which: string, text: string): ErrorInfo {
  return sweepError(`${path}: the ${which} value "${text}" is not a percentage`, 'Write it as 5% or 12.5%.');
}

/**
 * A bound of a share-count sweep that is not a whole number.
 *
 * @example
 * sweepBoundNotWhole('pool.shares', 'step', '1.5').message //=> 'pool.shares: the step value "1.5" is not a whole number'
 */
export function sweepBoundNotWhole(path: string, which: string, text: string): ErrorInfo {
  return sweepError(
    `${path}: the ${which} value "${text}" is not a whole number`,
    'Write a whole number, e.g. 500000.',
  );
}

/**
 * A bound of a figure sweep that does not read as a figure: the figure reader's error (its
 * FIGURE_* code and hint), its message led by the path and which bound.
 *
 * @example
 * sweepBoundUnreadable('rounds[0].preMoney', 'to', { code: 'FIGURE_NO_NUMBER', message: '"lots" has no number', hint: 'Write a number.' }).message
 * //=> 'rounds[0].preMoney (to): "lots" has no number'
 */
export function sweepBoundUnreadable(path: string, which: string, error: ErrorSpec): ErrorSpec {
  return { ...error, message: `${path} (${which}): ${error.message}` };
}

/**
 * A bound of a figure sweep written with a hedge word.
 *
 * @example
 * sweepBoundHedged('rounds[0].preMoney', 'to', 'about 12M').hint //=> 'Write the figure without a hedge word.'
 */
export function sweepBoundHedged(path: string, which: string, text: string): ErrorInfo {
  return sweepError(
    `${path}: the ${which} value "${text}" is hedged`,
    'Write the figure without a hedge word.',
  );
}

/**
 * A sweep of a key that holds no figure, percentage or share count.
 *
 * @example
 * sweepKeyNotSweepable('rounds[0].name', 'name').message //=> 'rounds[0].name: cannot sweep "name"'
 */
export function sweepKeyNotSweepable(path: string, key: string): ErrorInfo {
  return sweepError(
    `${path}: cannot sweep "${key}"`,
    'Sweep a figure (preMoney, postMoney, pricePerShare, amount, cap, price), a percentage (discount, interest, pool target) or a number of shares.',
  );
}

/**
 * A figure sweep whose bounds and step are in different currencies.
 *
 * @example
 * sweepCurrenciesMixed('rounds[0].preMoney', 'USD', 'EUR', 'USD').message //=> 'rounds[0].preMoney: the range mixes currencies (USD, EUR, USD)'
 */
export function sweepCurrenciesMixed(path: string, from: string, to: string, step: string): ErrorInfo {
  return sweepError(
    `${path}: the range mixes currencies (${from}, ${to}, ${step})`,
    'Write the bounds and the step in one currency (or none: the scenario’s).',
  );
}

/**
 * A sweep whose step is zero or below.
 *
 * @example
 * sweepStepNotPositive('rounds[0].preMoney', '0').message //=> 'rounds[0].preMoney: the step 0 is not above zero'
 */
export function sweepStepNotPositive(path: string, step: string): ErrorInfo {
  return sweepError(`${path}: the step ${step} is not above zero`, 'Give a positive step.');
}

/**
 * A sweep whose lower bound is written second.
 *
 * @example
 * sweepBoundsReversed('rounds[0].preMoney', '12M', '6M').message //=> 'rounds[0].preMoney: 12M is above 6M'
 */
export function sweepBoundsReversed(path: string, from: string, to: string): ErrorInfo {
  return sweepError(`${path}: ${from} is above ${to}`, 'Write the lower bound first.');
}

/**
 * A sweep range with more steps than a sweep takes.
 *
 * @example
 * sweepTooManySteps('rounds[0].preMoney', '1000001').message //=> 'rounds[0].preMoney: the range has 1000001 steps'
 */
export function sweepTooManySteps(path: string, count: string): ErrorInfo {
  return sweepError(`${path}: the range has ${count} steps`, 'Use a larger step.');
}

/**
 * Neither one nor two sweeps.
 *
 * @example
 * sweepCountInvalid(3).message //=> '3 sweeps given'
 */
export function sweepCountInvalid(count: number): ErrorInfo {
  return sweepError(`${count} sweeps given`, 'Sweep one key (a table) or two (a matrix).');
}

/**
 * A sweep (or two) with more points than the limit.
 *
 * @example
 * sweepTooManyPoints(20000, 10000).message //=> 'the sweep has 20000 points, more than 10000'
 */
export function sweepTooManyPoints(points: number, limit: number): ErrorInfo {
  return sweepError(
    `the sweep has ${points} points, more than ${limit}`,
    'Use larger steps or a narrower range.',
  );
}

/**
 * A solve asked together with a sweep.
 *
 * @example
 * solveWithSweep().message //=> '--solve finds one value; it does not combine with a sweep'
 */
export function solveWithSweep(): ErrorInfo {
  return errorInfo({
    code: 'SCENARIO_SWEEP_INVALID',
    message: '--solve finds one value; it does not combine with a sweep',
    ...hinted('Solve, then sweep around the value it finds with --set.'),
  });
}

/**
 * Result paths to show without a sweep to show them at.
 *
 * @example
 * showWithoutSweep().message //=> 'a result path to show needs a sweep'
 */
export function showWithoutSweep(): ErrorInfo {
  return errorInfo({
    code: 'SCENARIO_SWEEP_INVALID',
    message: 'a result path to show needs a sweep',
    ...hinted(
      'Sweep a value (PATH=FROM..TO:STEP) to show results at each point, or leave the shows out for the whole result.',
    ),
  });
}

/** The SCENARIO_VALUE_INVALID error of a --solve question every situation below words. */
function solveInvalid(spec: string, why: string): ScenarioError {
  return new ScenarioError({
    code: 'SCENARIO_VALUE_INVALID',
    path: 'solve',
    message: `--solve "${spec.slice(0, 120)}": ${why}`,
    hint: "Write --solve 'investment:Lead=20%' (the investment that owns 20% after its round) or --solve 'preMoney:Series A=$1.25' (the pre-money that gives that price).",
  });
}

/**
 * A --solve question not of the form investment:INVESTOR=PERCENT or preMoney:ROUND=PRICE.
 *
 * @example
 * solveNotQuestion('investment:Lead').message //=> '--solve "investment:Lead": is not investment:INVESTOR=PERCENT or preMoney:ROUND=PRICE'
 */
export function solveNotQuestion(spec: string): ScenarioError {
  return solveInvalid(spec, 'is not investment:INVESTOR=PERCENT or preMoney:ROUND=PRICE');
}

/**
 * A --solve for the pre-money of a round the file does not have.
 *
 * @example
 * solveRoundUnknown('preMoney:Seed=$1', 'Seed').message //=> '--solve "preMoney:Seed=$1": no round is named "Seed"'
 */
export function solveRoundUnknown(spec: string, round: string): ScenarioError {
  return solveInvalid(spec, `no round is named "${round}"`);
}

/**
 * A --solve for the investment of an investor no round lists.
 *
 * @example
 * solveInvestorUnknown('investment:Lead=20%', 'Lead').message //=> '--solve "investment:Lead=20%": no round has an investor named "Lead"'
 */
export function solveInvestorUnknown(spec: string, investor: string): ScenarioError {
  return solveInvalid(spec, `no round has an investor named "${investor}"`);
}

/**
 * A --solve for an investment in a round priced by its post-money (which moves with it).
 *
 * @example
 * solveOnPostMoney('investment:Lead=20%').code //=> 'SCENARIO_VALUE_INVALID'
 */
export function solveOnPostMoney(spec: string): ScenarioError {
  return solveInvalid(
    spec,
    'the round states a post-money, which moves with the investment; state its pre-money',
  );
}

/**
 * A --solve for the pre-money whose target is not a price per share.
 *
 * @example
 * solveTargetNotPrice('preMoney:A=cheap', 'cheap').message //=> '--solve "preMoney:A=cheap": "cheap" is not a price per share'
 */
export function solveTargetNotPrice(spec: string, target: string): ScenarioError {
  return solveInvalid(spec, `"${target}" is not a price per share`);
}

/**
 * A --solve for the pre-money of a round that states its price per share.
 *
 * @example
 * solveOnStatedPrice('preMoney:A=$1').code //=> 'SCENARIO_VALUE_INVALID'
 */
export function solveOnStatedPrice(spec: string): ScenarioError {
  return solveInvalid(spec, 'the round states its price per share; solve a round priced by its pre-money');
}

/**
 * A --solve for an investment whose target is not a percentage.
 *
 * @example
 * solveTargetNotPercent('investment:Lead=a fifth', 'a fifth').message //=> '--solve "investment:Lead=a fifth": "a fifth" is not a percentage such as 20%'
 */
export function solveTargetNotPercent(spec: string, target: string): ScenarioError {
  return solveInvalid(spec, `"${target}" is not a percentage such as 20%`);
}

/** The SCENARIO_UNSOLVABLE error every situation below words: a key whose terms no value can meet. */
function unsolvable(path: string, what: string, hint: string): ScenarioError {
  return new ScenarioError({ code: 'SCENARIO_UNSOLVABLE', path, message: `${path}: ${what}`, hint });
}

/**
 * A round (or a solve of one) with no shares before it to price.
 *
 * @example
 * noSharesBeforeRound('rounds[0]').message //=> 'rounds[0]: the company has no shares before this round, so no price per share can be set'
 */
export function noSharesBeforeRound(roundPath: string): ScenarioError {
  return unsolvable(
    roundPath,
    'the company has no shares before this round, so no price per share can be set',
    'Give the holders (or the pool) their shares.',
  );
}

/**
 * A post-money that is not above the round's new money (amounts as exact text).
 *
 * @example
 * postMoneyNotAboveNewMoney('rounds[0]', new Decimal('1000000'), new Decimal('2000000'), new Decimal('-1000000'), 'USD').message
 * //=> 'rounds[0].postMoney: the post-money (1,000,000.00 USD) is not above the new money (2,000,000.00 USD), so the pre-money would be -1,000,000.00 USD'
 */
export function postMoneyNotAboveNewMoney(
  roundPath: string,
  postMoney: Decimal,
  newMoney: Decimal,
  preMoney: Decimal,
  currency: CurrencyCode,
): ScenarioError {
  return unsolvable(
    `${roundPath}.postMoney`,
    `the post-money (${amountText(postMoney, currency)}) is not above the new money (${amountText(newMoney, currency)}), so the pre-money would be ${amountText(preMoney, currency)}`,
    'Raise the post-money or lower the investments.',
  );
}

/**
 * A round whose terms give more than one price per share.
 *
 * @example
 * roundPriceAmbiguous('rounds[0]', 'Series A').message //=> 'rounds[0]: Series A: these terms admit more than one price per share'
 */
export function roundPriceAmbiguous(roundPath: string, roundName: string): ScenarioError {
  return unsolvable(
    roundPath,
    `${roundName}: these terms admit more than one price per share`,
    'State the price with pricePerShare.',
  );
}

/**
 * A round whose terms give no price per share (`reason`: the solver's explanation of why).
 *
 * @example
 * roundNotSolvable('rounds[0]', 'Series A', 'the pool target and the convertibles reach 100%').message
 * //=> 'rounds[0]: Series A cannot be solved: the pool target and the convertibles reach 100%'
 */
export function roundNotSolvable(roundPath: string, roundName: string, reason: string): ScenarioError {
  return unsolvable(
    roundPath,
    `${roundName} cannot be solved: ${reason}`,
    'Lower the pool target or the convertibles, or raise the valuation.',
  );
}

/**
 * A price per share its rounding rule turns into zero.
 *
 * @example
 * priceRoundsToZero('rounds[0]', '2dp', '0.001').message //=> 'rounds[0].rounding.price: rounded to 2dp the price per share (0.001) is zero'
 */
export function priceRoundsToZero(roundPath: string, rule: string, exactPrice: string): ScenarioError {
  return unsolvable(
    `${roundPath}.rounding.price`,
    `rounded to ${rule} the price per share (${exactPrice}) is zero`,
    'Keep more decimals of the price (e.g. 6dp), or none.',
  );
}

/**
 * A convertible's conversion price its rounding rule turns into zero.
 *
 * @example
 * conversionPriceRoundsToZero('rounds[0]', '2dp', 'Angel').message //=> 'rounds[0].rounding.conversionPrice: rounded to 2dp the conversion price of Angel is zero'
 */
export function conversionPriceRoundsToZero(roundPath: string, rule: string, name: string): ScenarioError {
  return unsolvable(
    `${roundPath}.rounding.conversionPrice`,
    `rounded to ${rule} the conversion price of ${name} is zero`,
    'Keep more decimals of the conversion price.',
  );
}

/**
 * Pro-rata right holders who between them own the whole company, so nobody else can buy.
 *
 * @example
 * proRataOwnsWholeCompany('rounds[0]', ['Fund A', 'Fund B']).message
 * //=> 'rounds[0]: the holders with pro-rata rights (Fund A, Fund B) own the whole company, so no new investor can buy a share beside their pro-rata'
 */
export function proRataOwnsWholeCompany(roundPath: string, holders: readonly string[]): ScenarioError {
  return unsolvable(
    roundPath,
    `the holders with pro-rata rights (${holders.join(', ')}) own the whole company, so no new investor can buy a share beside their pro-rata`,
    'List them among the round’s investors with their amounts instead.',
  );
}

/**
 * A solve for an investor's amount that no amount meets.
 *
 * @example
 * noInvestmentReaches('rounds[0]', 'Series A', 'Lead', '100%').message //=> 'rounds[0]: Series A: no investment by Lead reaches 100% exactly under these terms'
 */
export function noInvestmentReaches(
  roundPath: string,
  roundName: string,
  investor: string,
  target: string,
): ScenarioError {
  return unsolvable(
    roundPath,
    `${roundName}: no investment by ${investor} reaches ${target} exactly under these terms`,
    'A share of 100% or more, or one the others already exceed, cannot be bought.',
  );
}

/**
 * A solve for the pre-money that no pre-money meets.
 *
 * @example
 * noPreMoneyReaches('rounds[0]', 'Series A', '$0.01').hint //=> 'Check the pool target and the convertibles: they may make that price impossible.'
 */
export function noPreMoneyReaches(roundPath: string, roundName: string, target: string): ScenarioError {
  return unsolvable(
    roundPath,
    `${roundName}: no pre-money reaches ${target} exactly under these terms`,
    'Check the pool target and the convertibles: they may make that price impossible.',
  );
}

/**
 * A solve that more than one value meets (`values`: those found, as text).
 *
 * @example
 * solveAmbiguous('rounds[0]', 'Series A', '20%', [new Decimal('1000000'), new Decimal('2000000')], 'USD').message
 * //=> 'rounds[0]: Series A: more than one value reaches 20% (1,000,000.00 USD, 2,000,000.00 USD)'
 */
export function solveAmbiguous(
  roundPath: string,
  roundName: string,
  target: string,
  values: readonly Decimal[],
  currency: CurrencyCode,
): ScenarioError {
  return unsolvable(
    roundPath,
    `${roundName}: more than one value reaches ${target} (${values.map((v) => amountText(v, currency)).join(', ')})`,
    'Fix the other terms so that one value does.',
  );
}

/**
 * A pro-rata right that says it takes more than its allocation in a round: a right buys up to its
 * pro-rata share, no more.
 *
 * @example
 * proRataTakeTooLarge('holders[1].proRata.take', 'Fund A', '$500K', 'Series B', new Decimal('240000'), 'USD').message
 * //=> 'holders[1].proRata.take: Fund A takes $500K of its pro-rata in Series B, but its pro-rata there is 240,000.00 USD'
 */
export function proRataTakeTooLarge(
  takePath: string,
  holder: string,
  take: string,
  round: string,
  allocation: Decimal,
  currency: CurrencyCode,
): ScenarioError {
  return unsolvable(
    takePath,
    `${holder} takes ${take} of its pro-rata in ${round}, but its pro-rata there is ${formatMoneyFull({ amount: allocation, currency })}`,
    'A pro-rata right buys up to its share: take less, or list the holder among the round’s investors with its amount.',
  );
}

/**
 * An exit at which no set of conversion choices of the classes is stable.
 *
 * @example
 * noStableChoice(new Decimal('9000000'), 'USD').message //=> 'classes: at an exit of 9,000,000.00 USD no set of conversion choices is stable (each would switch)'
 */
export function noStableChoice(exit: Decimal, currency: CurrencyCode): ScenarioError {
  return unsolvable(
    'classes',
    `at an exit of ${amountText(exit, currency)} no set of conversion choices is stable (each would switch)`,
    'Check the classes’ preferences, caps and conversion ratios.',
  );
}

/**
 * An exit that leaves money after the preferences with no share to take it.
 *
 * @example
 * exitLeftOver(new Decimal('9000000'), 'USD', new Decimal('3000000')).message
 * //=> 'at an exit of 9,000,000.00 USD, 3,000,000.00 USD is left after the preferences and no share can take it'
 */
export function exitLeftOver(exit: Decimal, currency: CurrencyCode, left: Decimal): ScenarioError {
  return new ScenarioError({
    code: 'SCENARIO_UNSOLVABLE',
    path: 'holders',
    message: `at an exit of ${amountText(exit, currency)}, ${amountText(left, currency)} is left after the preferences and no share can take it`,
    hint: 'Give the company common shares, or a series that participates or converts.',
  });
}

/**
 * Outstanding post-money SAFEs with no consistent choice between purchase and conversion amounts.
 *
 * @example
 * unconvertedUnsolvable().path //=> 'convertibles'
 */
export function unconvertedUnsolvable(): ScenarioError {
  return unsolvable(
    'convertibles',
    'no consistent choice of the outstanding SAFEs between their purchase amounts and their conversion amounts (the post-money safes would own all of the company or more, or the choices do not settle)',
    'Check the caps and purchase amounts of the post-money safes.',
  );
}

/**
 * A grant of more options than the pool holds after its top-up.
 *
 * @example
 * grantOversold('rounds[0].grants[0]', '500', 400n).message
 * //=> 'rounds[0].grants[0].shares: grants 500 options, but the pool holds 400 after the top-up'
 */
export function grantOversold(grantPath: string, shares: string, pool: bigint): ScenarioError {
  return new ScenarioError({
    code: 'SCENARIO_OVERSOLD',
    path: `${grantPath}.shares`,
    message: `${grantPath}.shares: grants ${shares} options, but the pool holds ${pool} after the top-up`,
    hint: 'Grant fewer options, or raise the pool target.',
  });
}

/**
 * A secondary sale of more shares than the seller holds at that point of the round.
 *
 * @example
 * saleOversold('rounds[0].secondaries[0]', 'Founder', 500n, 400n, 'Seed').hint //=> 'Sell at most 400 shares.'
 */
export function saleOversold(
  salePath: string,
  seller: string,
  shares: bigint,
  held: bigint,
  roundName: string,
): ScenarioError {
  return new ScenarioError({
    code: 'SCENARIO_OVERSOLD',
    path: `${salePath}.shares`,
    message: `${salePath}.shares: ${seller} sells ${shares} shares but holds ${held} at that point of ${roundName}`,
    hint: `Sell at most ${held} shares.`,
  });
}

/**
 * A secondary sale of more shares of a class (`className`; null: common or preferred) than the
 * seller holds of it, as the waterfall's class ledger finds.
 *
 * @example
 * classSaleOversold('rounds[0].secondaries[0]', 'Founder', 500n, 400n, null, 'Seed').message
 * //=> 'rounds[0].secondaries[0]: Founder sells 500 shares but holds 400 common or preferred shares at that point of Seed'
 */
export function classSaleOversold(
  salePath: string,
  seller: string,
  shares: bigint,
  available: bigint,
  className: string | null,
  roundName: string,
): ScenarioError {
  return new ScenarioError({
    code: 'SCENARIO_OVERSOLD',
    path: `${salePath}.class`,
    message: `${salePath}: ${seller} sells ${shares} shares but holds ${available} ${className ?? 'common or preferred'} shares at that point of ${roundName}`,
    hint: 'Name the class sold (class: common, or a series), or sell fewer shares.',
  });
}

/**
 * A seller that holds no shares at that point of the round.
 *
 * @example
 * sellerUnknown('rounds[0].secondaries[0]', 'Nobody', 'Seed', ['Founder', 'Angel']).hint
 * //=> 'Holders at that point: Founder, Angel.'
 */
export function sellerUnknown(
  salePath: string,
  seller: string,
  roundName: string,
  holders: readonly string[],
): ScenarioError {
  return new ScenarioError({
    code: 'SCENARIO_UNKNOWN_HOLDER',
    path: `${salePath}.seller`,
    message: `${salePath}.seller: "${seller}" holds no shares at ${roundName}`,
    hint: `Holders at that point: ${holders.join(', ')}.`,
  });
}

/**
 * A secondary sale whose buyer is its seller.
 *
 * @example
 * sellsToItself('rounds[0].secondaries[0]', 'Founder').message //=> 'rounds[0].secondaries[0].buyer: Founder cannot sell to itself'
 */
export function sellsToItself(salePath: string, seller: string): ScenarioError {
  return new ScenarioError({
    code: 'SCENARIO_VALUE_INVALID',
    path: `${salePath}.buyer`,
    message: `${salePath}.buyer: ${seller} cannot sell to itself`,
    hint: 'Name another buyer.',
  });
}

/**
 * A preferred class with no stated issue price that no round issued (`classPath`: its key, or
 * `classes` when the file does not list it).
 *
 * @example
 * issuePriceMissing('classes[0]', 'Series A').path //=> 'classes[0].issuePrice'
 */
export function issuePriceMissing(classPath: string, className: string): ScenarioError {
  return new ScenarioError({
    code: 'SCENARIO_KEY_MISSING',
    path: `${classPath}.issuePrice`,
    message: `${classPath}.issuePrice: ${className} states no issue price, and no round issued it, so its preference is unknown`,
    hint: 'Give the original issue price a share, e.g. issuePrice: "$6".',
  });
}

/**
 * Options held with no exercise price, at an exit.
 *
 * @example
 * strikeMissing('Employee').message
 * //=> 'the options of "Employee" state no exercise price, so whether they are exercised at an exit is unknown'
 */
export function strikeMissing(holder: string): ScenarioError {
  return new ScenarioError({
    code: 'SCENARIO_KEY_MISSING',
    path: 'holders',
    message: `the options of "${holder}" state no exercise price, so whether they are exercised at an exit is unknown`,
    hint: 'Give the holding (or the grant) its strike, e.g. strike: "$0.50".',
  });
}

/**
 * An exit in another currency with no day to convert it on (no round, no exit date).
 *
 * @example
 * exitDayMissing('exits[0]', '€50M', 'EUR').message
 * //=> 'exits[0]: "€50M" is in EUR, and with no round there is no day to convert it on'
 */
export function exitDayMissing(figurePath: string, text: string, currency: string): ScenarioError {
  return new ScenarioError({
    code: 'SCENARIO_KEY_MISSING',
    path: figurePath,
    message: `${figurePath}: "${text}" is in ${currency}, and with no round there is no day to convert it on`,
    hint: 'Write the exit as { value: "€50M", date: 2024-06-28 }.',
  });
}

/**
 * An outstanding note accruing interest, at an exit with no day to count it to.
 *
 * @example
 * interestDayMissing('Note A').message //=> 'exits: Note A accrues interest, and the exit states no day to count it to'
 */
export function interestDayMissing(name: string): ScenarioError {
  return new ScenarioError({
    code: 'SCENARIO_KEY_MISSING',
    path: 'exits',
    message: `exits: ${name} accrues interest, and the exit states no day to count it to`,
    hint: 'Give the exit its day, e.g. exits: [{ value: "$50M", date: 2024-06-28 }].',
  });
}

/** A key of the document as a reader holds it: its path, and the node with its line when it came from a file. */
export interface KeyAt {
  readonly path: string;
  readonly node: { readonly where?: DocWhere | undefined };
}

/** The error about one key every reader situation below words: the path (and the file's line) first, a caret under the key. */
function keyError(
  code: ErrorCode,
  path: string,
  where: DocWhere | undefined,
  what: string,
  hint: string,
): ScenarioError {
  return new ScenarioError({
    code,
    path,
    message: `${path}${where ? ` (line ${where.line})` : ''}: ${what}`,
    hint,
    ...(where
      ? {
          position: {
            input: where.lineText,
            index: Math.min(where.column - 1, Math.max(0, where.lineText.length - 1)),
            length: 1,
          },
        }
      : {}),
  });
}

/** A value the document holds, quoted as the messages echo it (cut when long, on one line). */
function quoted(text: string): string {
  return `"${excerpt(text)}"`;
}

const KIND_NAMES = { scalar: 'a value', map: 'a mapping of keys', list: 'a list' } as const;

/** What a node is, in words, with what it holds. */
function nodeSeen(node: DocNode): string {
  switch (node.kind) {
    case 'scalar':
      return node.text === null ? 'an empty value' : `the value ${quoted(node.text)}`;
    case 'map':
      return `a mapping of keys (${excerpt(node.entries.map((e) => e.key).join(', ') || 'none')})`;
    case 'list':
      return `a list of ${node.items.length} item${node.items.length === 1 ? '' : 's'}`;
  }
}

/**
 * A key whose value is of another kind than its key takes (a value, a mapping of keys, a list).
 *
 * @example
 * keyWrongKind({ path: 'holders', node: { kind: 'scalar', text: 'Founder' } }, 'list', '[{ name: Founder A, shares: 1000000 }]').message
 * //=> 'holders: should be a list, not the value "Founder"'
 */
export function keyWrongKind(
  at: KeyAt & { readonly node: DocNode },
  expected: DocNode['kind'],
  example: string,
): ScenarioError {
  return keyError(
    'SCENARIO_VALUE_INVALID',
    at.path,
    at.node.where,
    `should be ${KIND_NAMES[expected]}, not ${nodeSeen(at.node)}`,
    `Write it like this: ${example}`,
  );
}

/**
 * A key the document's mapping does not take there (`keyPath`: its path), with the nearest known
 * key when one is close.
 *
 * @example
 * keyUnknown('rounds[0].preMony', undefined, ['name', 'preMoney'], 'preMoney').hint //=> 'Did you mean "preMoney"? Keys here: name, preMoney.'
 */
export function keyUnknown(
  keyPath: string,
  where: DocWhere | undefined,
  known: readonly string[],
  nearest: string | null,
): ScenarioError {
  return keyError(
    'SCENARIO_KEY_UNKNOWN',
    keyPath,
    where,
    'is not a key dealcalc knows here',
    nearest === null
      ? `Keys here: ${known.join(', ')}.`
      : `Did you mean "${nearest}"? Keys here: ${known.join(', ')}.`,
  );
}

/**
 * A list longer than a scenario holds there.
 *
 * @example
 * listTooLong({ path: 'rounds', node: {} }, 201, 200).message //=> 'rounds: lists 201 items, more than the 200 a scenario may hold here'
 */
export function listTooLong(at: KeyAt, count: number, max: number): ScenarioError {
  return keyError(
    'SCENARIO_VALUE_INVALID',
    at.path,
    at.node.where,
    `lists ${count} items, more than the ${max} a scenario may hold here`,
    `A scenario models a cap table: at most ${max} here (see "Limits" in the README); group small holders into one.`,
  );
}

/**
 * A key that must be there and is not (`accepted`: what to write, for that key).
 *
 * @example
 * keyMissing('rounds[0].date', undefined, 'Give the day of the round, e.g. date: 2018-01-01.').message //=> 'rounds[0].date: is missing'
 */
export function keyMissing(keyPath: string, where: DocWhere | undefined, accepted: string): ScenarioError {
  return keyError('SCENARIO_KEY_MISSING', keyPath, where, 'is missing', accepted);
}

/**
 * A key written with an empty value where it needs one.
 *
 * @example
 * valueEmpty({ path: 'currency', node: {} }, 'USD').hint //=> 'Write it like this: USD'
 */
export function valueEmpty(at: KeyAt, example: string): ScenarioError {
  return keyError(
    'SCENARIO_VALUE_INVALID',
    at.path,
    at.node.where,
    'is empty',
    `Write it like this: ${example}`,
  );
}

/**
 * A word that is not one of the words its key takes.
 *
 * @example
 * notAChoice({ path: 'rounds[0].convention', node: {} }, 'sideways', ['pre-money', 'dollars-invested']).message
 * //=> 'rounds[0].convention: "sideways" is not one of pre-money, dollars-invested'
 */
export function notAChoice(at: KeyAt, text: string, choices: readonly string[]): ScenarioError {
  return keyError(
    'SCENARIO_VALUE_INVALID',
    at.path,
    at.node.where,
    `${quoted(text)} is not one of ${choices.join(', ')}`,
    `Write one of: ${choices.join(', ')}.`,
  );
}

/**
 * A day that is not a calendar day written YYYY-MM-DD.
 *
 * @example
 * notADay({ path: 'rounds[0].date', node: {} }, '2018-02-30').message //=> 'rounds[0].date: "2018-02-30" is not a day'
 */
export function notADay(at: KeyAt, text: string): ScenarioError {
  return keyError(
    'SCENARIO_VALUE_INVALID',
    at.path,
    at.node.where,
    `${quoted(text)} is not a day`,
    'Write a day as YYYY-MM-DD, e.g. 2018-01-01.',
  );
}

/**
 * A whole number (of shares, days, ranks) with more digits than a scenario takes.
 *
 * @example
 * wholeTooLong({ path: 'holders[0].shares', node: {} }, 'shares', 30, 24).message
 * //=> 'holders[0].shares: a whole number of shares with 30 digits, more than 24'
 */
export function wholeTooLong(at: KeyAt, what: string, digits: number, max: number): ScenarioError {
  return keyError(
    'SCENARIO_VALUE_INVALID',
    at.path,
    at.node.where,
    `a whole number of ${what} with ${digits} digits, more than ${max}`,
    `Write at most ${max} digits (see "Limits" in the README).`,
  );
}

/**
 * A number of shares, days or ranks that is not a whole number.
 *
 * @example
 * notAWholeNumber({ path: 'holders[0].shares', node: {} }, '1.5', 'shares').hint //=> 'Write a whole number of shares, e.g. 1000000 or 1,000,000.'
 */
export function notAWholeNumber(at: KeyAt, text: string, what: string): ScenarioError {
  return keyError(
    'SCENARIO_VALUE_INVALID',
    at.path,
    at.node.where,
    `${quoted(text)} is not a whole number of ${what}`,
    `Write a whole number of ${what}, e.g. 1000000 or 1,000,000.`,
  );
}

/**
 * A percentage key whose value is not a plain percentage.
 *
 * @example
 * notAPercent({ path: 'convertibles[0].discount', node: {} }, '0.2').message //=> 'convertibles[0].discount: "0.2" is not a percentage'
 */
export function notAPercent(at: KeyAt, text: string): ScenarioError {
  return keyError(
    'SCENARIO_VALUE_INVALID',
    at.path,
    at.node.where,
    `${quoted(text)} is not a percentage`,
    'Write a plain percentage such as 20% or 12.5%.',
  );
}

/**
 * A percentage outside what its key allows (`range`: the bounds in words, e.g. "at least 0% and below 100%").
 *
 * @example
 * percentOutOfRange({ path: 'convertibles[0].discount', node: {} }, '100%', 'at least 0% and below 100%').message
 * //=> 'convertibles[0].discount: "100%" is out of range (at least 0% and below 100%)'
 */
export function percentOutOfRange(at: KeyAt, text: string, range: string): ScenarioError {
  return keyError(
    'SCENARIO_VALUE_INVALID',
    at.path,
    at.node.where,
    `${quoted(text)} is out of range (${range})`,
    `Write a percentage ${range}.`,
  );
}

/**
 * A figure that does not read as a figure: the figure reader's own error (its FIGURE_* code and
 * hint), its message led by the key path.
 *
 * @example
 * figureUnreadable({ path: 'rounds[0].preMoney', node: {} }, { code: 'FIGURE_NO_NUMBER', message: '"cheap" has no number', hint: 'Write a number.' }).message
 * //=> 'rounds[0].preMoney: "cheap" has no number'
 */
export function figureUnreadable(at: KeyAt, error: ErrorSpec): ScenarioError {
  return new ScenarioError({
    ...error,
    path: at.path,
    message: `${at.path}${at.node.where ? ` (line ${at.node.where.line})` : ''}: ${error.message}`,
  });
}

/**
 * A figure written with a hedge word: a scenario states exact terms.
 *
 * @example
 * figureHedged({ path: 'rounds[0].preMoney', node: {} }, 'about 3B', 'about').message
 * //=> 'rounds[0].preMoney: "about 3B" is hedged ("about"); a scenario states exact terms'
 */
export function figureHedged(at: KeyAt, text: string, hedge: string): ScenarioError {
  return keyError(
    'SCENARIO_VALUE_INVALID',
    at.path,
    at.node.where,
    `${quoted(text)} is hedged (${quoted(hedge)}); a scenario states exact terms`,
    'Write the figure without a hedge word, e.g. "$8M"; to explore a range, sweep the key.',
  );
}

/**
 * A figure of zero or below where an amount must be above zero (money, a price, a cap).
 *
 * @example
 * figureNotPositive({ path: 'rounds[0].investors[0].amount', node: {} }, '$0').message
 * //=> 'rounds[0].investors[0].amount: "$0" is not a positive amount'
 */
export function figureNotPositive(at: KeyAt, text: string): ScenarioError {
  return keyError(
    'SCENARIO_VALUE_INVALID',
    at.path,
    at.node.where,
    `${quoted(text)} is not a positive amount`,
    'Write an amount above zero, e.g. "$8M".',
  );
}

/**
 * A figure of a scenario that no rate brings into the reporting currency: the rate error (its
 * code and hint), its message led by the figure's key path, text and day.
 *
 * @example
 * figureNotConverted({ path: 'rounds[0].investors[0].amount', text: '€2M' }, '2025-03-03', { code: 'RATE_AFTER_COVERAGE', message: 'no rate', hint: 'Use an earlier day.' }).message
 * //=> 'rounds[0].investors[0].amount ("€2M" on 2025-03-03): no rate'
 */
export function figureNotConverted(
  figure: { readonly path: string; readonly text: string },
  date: string,
  error: ErrorSpec,
): ScenarioError {
  return new ScenarioError({
    ...error,
    path: figure.path,
    message: `${figure.path} (${quoted(figure.text)} on ${date}): ${error.message}`,
  });
}

/**
 * A currency key that is not an ISO 4217 code.
 *
 * @example
 * notACurrency({ path: 'currency', node: {} }, 'DOLLARS').message //=> 'currency: "DOLLARS" is not an ISO 4217 currency code'
 */
export function notACurrency(at: KeyAt, text: string): ScenarioError {
  return keyError(
    'SCENARIO_VALUE_INVALID',
    at.path,
    at.node.where,
    `${quoted(text)} is not an ISO 4217 currency code`,
    'Use a three-letter code such as USD, CNY, EUR.',
  );
}

/**
 * A price rounding rule that is not none or decimals.
 *
 * @example
 * notAPriceRounding({ path: 'rounds[0].rounding.price', node: {} }, 'cents').message //=> 'rounds[0].rounding.price: "cents" is not a price rounding'
 */
export function notAPriceRounding(at: KeyAt, text: string): ScenarioError {
  return keyError(
    'SCENARIO_VALUE_INVALID',
    at.path,
    at.node.where,
    `${quoted(text)} is not a price rounding`,
    'Write none, or decimals as 4dp (half-even), 4dp-up, 4dp-down or 4dp-half-up.',
  );
}

/**
 * A preference or participation cap that is not a multiple of the issue price above zero.
 *
 * @example
 * notAMultiple({ path: 'classes[0].preference', node: {} }, '150%').message //=> 'classes[0].preference: "150%" is not a multiple of the issue price'
 */
export function notAMultiple(at: KeyAt, text: string): ScenarioError {
  return keyError(
    'SCENARIO_VALUE_INVALID',
    at.path,
    at.node.where,
    `${quoted(text)} is not a multiple of the issue price`,
    'Write a multiple above zero such as 1x, 1.5x or 3x.',
  );
}

/**
 * A conversion ratio that is not a plain number above zero.
 *
 * @example
 * notAConversionRatio({ path: 'classes[0].conversionRatio', node: {} }, '1:2').message //=> 'classes[0].conversionRatio: "1:2" is not a conversion ratio'
 */
export function notAConversionRatio(at: KeyAt, text: string): ScenarioError {
  return keyError(
    'SCENARIO_VALUE_INVALID',
    at.path,
    at.node.where,
    `${quoted(text)} is not a conversion ratio`,
    'Write the common shares one preferred share converts into, as a number above zero, e.g. 1 or 1.25.',
  );
}

/**
 * A name given twice in one list (`taken`: the path of the first one; `what`: what the list holds).
 *
 * @example
 * nameTaken('holders[1].name', 'Founder', 'holders[0]', 'holder').message //=> 'holders[1].name: "Founder" is already the name of holders[0]'
 */
export function nameTaken(namePath: string, name: string, taken: string, what: string): ScenarioError {
  return keyError(
    'SCENARIO_DUPLICATE_NAME',
    namePath,
    undefined,
    `${quoted(name)} is already the name of ${taken}`,
    `Give each ${what} its own name; paths such as [${quoted(name)}] pick one by name.`,
  );
}

/**
 * A name that points at nothing the scenario lists (`what`: what it should name, e.g. "round"; `names`: those there are).
 *
 * @example
 * nameUnknown({ path: 'convertibles[0].convertsIn', node: {} }, 'round', 'Series C', ['Seed', 'Series A']).hint //=> 'Name one of the rounds: Seed, Series A.'
 */
export function nameUnknown(at: KeyAt, what: string, name: string, names: readonly string[]): ScenarioError {
  return keyError(
    'SCENARIO_VALUE_INVALID',
    at.path,
    at.node.where,
    `no ${what} is named ${quoted(name)}`,
    `Name one of the ${what}s: ${names.join(', ') || '(there are none)'}.`,
  );
}

/**
 * A holding of a class that is neither common, options nor a series under classes.
 *
 * @example
 * classUnknown({ path: 'holders[0].class', node: {} }, 'Series Z', ['Series A']).message //=> 'holders[0].class: "Series Z" is not a class of the scenario'
 */
export function classUnknown(at: KeyAt, name: string, series: readonly string[]): ScenarioError {
  return keyError(
    'SCENARIO_VALUE_INVALID',
    at.path,
    at.node.where,
    `${quoted(name)} is not a class of the scenario`,
    `Write common, options, or a series listed under classes (${series.join(', ') || 'none listed'}).`,
  );
}

/**
 * A series under classes named as one of the classes that need no entry.
 *
 * @example
 * classNameReserved({ path: 'classes[0].name', node: {} }, 'common').message
 * //=> 'classes[0].name: "common" needs no entry: common and options are classes of their own'
 */
export function classNameReserved(at: KeyAt, name: string): ScenarioError {
  return keyError(
    'SCENARIO_VALUE_INVALID',
    at.path,
    at.node.where,
    `${quoted(name)} needs no entry: common and options are classes of their own`,
    'List only the preferred series under classes; give options their strike on the holder.',
  );
}

/**
 * A capitalization rule on a post-money safe, whose form fixes it.
 *
 * @example
 * capitalizationOnPostSafe({ path: 'convertibles[0].capitalization', node: {} }, 'pre-money-count').message
 * //=> 'convertibles[0].capitalization: "pre-money-count" is not for a safe-post: a post-money safe’s capitalization is fixed by the form (the shares before the round and all the conversion shares)'
 */
export function capitalizationOnPostSafe(at: KeyAt, text: string): ScenarioError {
  return keyError(
    'SCENARIO_VALUE_INVALID',
    at.path,
    at.node.where,
    `${quoted(text)} is not for a safe-post: a post-money safe’s capitalization is fixed by the form (the shares before the round and all the conversion shares)`,
    'Remove capitalization, or make the convertible a safe-pre or a note.',
  );
}

/**
 * A note's term (interest, compounding, day count, maturity) on a SAFE (`type`: safe-post or safe-pre).
 *
 * @example
 * noteTermOnSafe({ path: 'convertibles[0].maturity', node: {} }, 'maturity', 'safe-pre').message
 * //=> 'convertibles[0].maturity: a safe-pre has no maturity: a SAFE carries no interest and has no maturity'
 */
export function noteTermOnSafe(at: KeyAt, key: string, type: string): ScenarioError {
  return keyError(
    'SCENARIO_VALUE_INVALID',
    at.path,
    at.node.where,
    `a ${type} has no ${key}: a SAFE carries no interest and has no maturity`,
    'Remove the interest and maturity terms, or make the convertible a note (type: note).',
  );
}

/**
 * A note with interest and no start day to count it from (`interest`: the rate as written).
 *
 * @example
 * startMissing('convertibles[0]', undefined, '5%').message
 * //=> 'convertibles[0].start: is missing: interest (5%) accrues from the day the note was issued'
 */
export function startMissing(
  convertiblePath: string,
  where: DocWhere | undefined,
  interest: string,
): ScenarioError {
  return keyError(
    'SCENARIO_KEY_MISSING',
    `${convertiblePath}.start`,
    where,
    `is missing: interest (${excerpt(interest)}) accrues from the day the note was issued`,
    'Give the day of issue, e.g. start: 2016-01-01.',
  );
}

/**
 * A note that says what happens at its maturity without a maturity (`atMaturity`: as written).
 *
 * @example
 * maturityMissing('convertibles[0]', undefined, 'interest-stops').message
 * //=> 'convertibles[0].maturity: is missing: atMaturity (interest-stops) says what happens past a maturity date'
 */
export function maturityMissing(
  convertiblePath: string,
  where: DocWhere | undefined,
  atMaturity: string,
): ScenarioError {
  return keyError(
    'SCENARIO_KEY_MISSING',
    `${convertiblePath}.maturity`,
    where,
    `is missing: atMaturity (${excerpt(atMaturity)}) says what happens past a maturity date`,
    'Give the maturity, e.g. maturity: 2019-01-01.',
  );
}

/**
 * A note that matures before it starts.
 *
 * @example
 * maturityBeforeStart({ path: 'convertibles[0].maturity', node: {} }, '2016-01-01', '2017-03-01').message
 * //=> "convertibles[0].maturity: the maturity (2016-01-01) is before the note's start (2017-03-01)"
 */
export function maturityBeforeStart(at: KeyAt, maturity: string, start: string): ScenarioError {
  return keyError(
    'SCENARIO_DATE_ORDER',
    at.path,
    at.node.where,
    `the maturity (${maturity}) is before the note's start (${start})`,
    'Write a maturity on or after the start date, or correct the start.',
  );
}

/**
 * A round that states no price.
 *
 * @example
 * priceMissing('rounds[0]', undefined).message //=> 'rounds[0].preMoney: is missing: the round states no price: give preMoney, postMoney or pricePerShare'
 */
export function priceMissing(roundPath: string, where: DocWhere | undefined): ScenarioError {
  return keyError(
    'SCENARIO_KEY_MISSING',
    `${roundPath}.preMoney`,
    where,
    'is missing: the round states no price: give preMoney, postMoney or pricePerShare',
    'Give exactly one of preMoney, postMoney, pricePerShare, e.g. preMoney: "$8M".',
  );
}

/**
 * A round that states its price more than one way (`stated`: each price key with its value as written).
 *
 * @example
 * priceStatedTwice('rounds[0]', undefined, [{ key: 'preMoney', text: '$8M' }, { key: 'postMoney', text: '$10M' }]).message
 * //=> 'rounds[0].postMoney: the round states preMoney "$8M" and postMoney "$10M"; it may state only one'
 */
export function priceStatedTwice(
  roundPath: string,
  where: DocWhere | undefined,
  stated: readonly { readonly key: string; readonly text: string }[],
): ScenarioError {
  return keyError(
    'SCENARIO_VALUE_INVALID',
    `${roundPath}.${stated[1]?.key ?? 'postMoney'}`,
    where,
    `the round states ${stated.map((s) => `${s.key} ${quoted(s.text)}`).join(' and ')}; it may state only one`,
    'Give exactly one of preMoney, postMoney, pricePerShare.',
  );
}

/**
 * A round priced by a valuation, with convertibles converting in it, that names no pricing convention.
 *
 * @example
 * conventionMissing('rounds[0]', undefined, ['Angel']).message
 * //=> 'rounds[0].convention: is missing: convertibles convert in this round (Angel), so its price depends on the pricing convention'
 */
export function conventionMissing(
  roundPath: string,
  where: DocWhere | undefined,
  converting: readonly string[],
): ScenarioError {
  return keyError(
    'SCENARIO_KEY_MISSING',
    `${roundPath}.convention`,
    where,
    `is missing: convertibles convert in this round (${excerpt(converting.join(', '))}), so its price depends on the pricing convention`,
    'Say convention: percentage-ownership, pre-money or dollars-invested (they give different prices).',
  );
}

/**
 * A secondary sale of no shares.
 *
 * @example
 * saleOfNoShares({ path: 'rounds[0].secondaries[0].shares', node: {} }, '0').message //=> 'rounds[0].secondaries[0].shares: "0" sells no shares'
 */
export function saleOfNoShares(at: KeyAt, text: string): ScenarioError {
  return keyError(
    'SCENARIO_VALUE_INVALID',
    at.path,
    at.node.where,
    `${quoted(text)} sells no shares`,
    'Give a number of shares above zero, e.g. shares: 50000.',
  );
}

/**
 * A round dated before the round written above it.
 *
 * @example
 * roundsOutOfOrder('rounds[1]', { name: 'Seed', date: '2018-01-02' }, { name: 'Series A', date: '2018-06-01' }).message
 * //=> 'rounds[1].date: Seed (2018-01-02) is dated before Series A (2018-06-01); rounds run in the order written'
 */
export function roundsOutOfOrder(
  roundPath: string,
  round: { readonly name: string; readonly date: string },
  previous: { readonly name: string; readonly date: string },
): ScenarioError {
  return keyError(
    'SCENARIO_DATE_ORDER',
    `${roundPath}.date`,
    undefined,
    `${round.name} (${round.date}) is dated before ${previous.name} (${previous.date}); rounds run in the order written`,
    'List the rounds in date order, or correct the date.',
  );
}

/**
 * A convertible issued after the round it would convert in.
 *
 * @example
 * issuedAfterRound('convertibles[0]', { name: 'Bridge', start: '2018-03-01' }, { name: 'Series A', date: '2018-01-02' }).message
 * //=> 'convertibles[0].start: Bridge is issued on 2018-03-01, after Series A (2018-01-02), the round it would convert in'
 */
export function issuedAfterRound(
  convertiblePath: string,
  convertible: { readonly name: string; readonly start: string },
  round: { readonly name: string; readonly date: string },
): ScenarioError {
  return keyError(
    'SCENARIO_DATE_ORDER',
    `${convertiblePath}.start`,
    undefined,
    `${convertible.name} is issued on ${convertible.start}, after ${round.name} (${round.date}), the round it would convert in`,
    'Name a later round with convertsIn, or correct the start date (a convertible converts in the first round unless convertsIn names another).',
  );
}

/**
 * A series that states both a seniority and pariPassu.
 *
 * @example
 * rankStatedTwice({ path: 'classes[0].pariPassu', node: {} }, '2', 'true').message
 * //=> 'classes[0].pariPassu: the series states pariPassu "true" and seniority "2": its rank is one or the other'
 */
export function rankStatedTwice(at: KeyAt, seniority: string, pariPassu: string): ScenarioError {
  return keyError(
    'SCENARIO_VALUE_INVALID',
    at.path,
    at.node.where,
    `the series states pariPassu ${quoted(pariPassu)} and seniority ${quoted(seniority)}: its rank is one or the other`,
    'Give equal seniority numbers to series that share pari passu, or pariPassu: true alone.',
  );
}

/**
 * What a narrow-based A counts, on a series whose anti-dilution is not narrow-based (`antiDilution`: its own, or null).
 *
 * @example
 * narrowBaseWithoutNarrow({ path: 'classes[1].narrowBase', node: {} }, 'preferred', null).message
 * //=> 'classes[1].narrowBase: "preferred" says what a narrow-based A counts, but the series has no narrow-based anti-dilution (antiDilution: none)'
 */
export function narrowBaseWithoutNarrow(at: KeyAt, text: string, antiDilution: string | null): ScenarioError {
  return keyError(
    'SCENARIO_VALUE_INVALID',
    at.path,
    at.node.where,
    `${quoted(text)} says what a narrow-based A counts, but the series has no narrow-based anti-dilution (antiDilution: ${antiDilution ?? 'none'})`,
    'Add antiDilution: narrow, or remove narrowBase.',
  );
}

/**
 * A participation cap at or below the preference it includes (multiples as written, e.g. "1").
 *
 * @example
 * capNotAbovePreference('classes[0]', '1', '1').message //=> 'classes[0].participation.cap: the cap (1x) is not above the preference (1x)'
 */
export function capNotAbovePreference(classPath: string, cap: string, preference: string): ScenarioError {
  return keyError(
    'SCENARIO_VALUE_INVALID',
    `${classPath}.participation.cap`,
    undefined,
    `the cap (${cap}x) is not above the preference (${preference}x)`,
    'A cap counts the preference too: write a cap above the preference multiple, e.g. { cap: 3x } for a 1x preference.',
  );
}

/**
 * An exercise price on a holding that is not options.
 *
 * @example
 * strikeNotOptions({ path: 'holders[0].strike', node: {} }, 'common').message
 * //=> 'holders[0].strike: only options have an exercise price; this holding is common'
 */
export function strikeNotOptions(at: KeyAt, holdingClass: string): ScenarioError {
  return keyError(
    'SCENARIO_VALUE_INVALID',
    at.path,
    at.node.where,
    `only options have an exercise price; this holding is ${excerpt(holdingClass)}`,
    'Write class: options with the strike, or remove the strike.',
  );
}

/**
 * Bringing a scenario figure into the reporting currency on a round's date, with the rate and
 * its provenance; a rate that cannot be had is an error naming the figure's key path.
 */
import { DealCalcError } from '../../errors.js';
import { lookupPreferred } from '../../fx/lookupPreferred.js';
import { convertAmount } from '../../fx/convert.js';
import type { IsoDate, RateSource } from '../../fx/types.js';
import { fromDecimal, type Rational } from './rational.js';
import { ScenarioError } from './scenarioError.js';
import { figureNotConverted } from './scenarioErrors.js';
import { sourceUnknownAtKey } from '../../store/storeErrors.js';
import type { ScenarioFxUse, Scenario, ScenarioFigure } from './types.js';

/** A figure's amount in the reporting currency, and the conversion (null when none was needed). */
export interface Reported {
  readonly amount: Rational;
  readonly use: ScenarioFxUse | null;
}

/** Converts figures for one scenario. */
export type ToReporting = (figure: ScenarioFigure, date: IsoDate) => Reported;

/**
 * A converter for a scenario's figures: the scenario's fx.source alone when it names one, else
 * every source in the preferred order (fred-h10, then imf), as `convert` does.
 *
 * @example
 * const s = unwrap(parseScenario('currency: USD\n'));
 * const euros = { path: 'x', text: '€1M', amount: new Decimal('1000000'), currency: 'EUR', assumption: null };
 * toReporting([fred], s)(euros, '2018-01-02').use.to.amount.toString() //=> '1205000'
 */
export function toReporting(sources: readonly RateSource[], scenario: Scenario): ToReporting {
  const named = scenario.fx.source;
  const usable = named === null ? sources : sources.filter((source) => source.info.id === named);
  return (figure, date) => {
    if (figure.currency === scenario.currency) return { amount: fromDecimal(figure.amount), use: null };
    if (usable.length === 0)
      throw new ScenarioError(
        sourceUnknownAtKey(
          'fx.source',
          `${named}`,
          sources.map((s) => s.info.id),
          `${figure.path}, "${figure.text}"`,
        ),
      );
    try {
      const { quote, passedOver } = lookupPreferred(usable, figure.currency, scenario.currency, date, {
        policy: scenario.fx.policy,
        maxAgeDays: scenario.fx.maxAgeDays,
      });
      const amount = convertAmount(figure.amount, quote);
      return {
        amount: fromDecimal(amount),
        use: {
          path: figure.path,
          text: figure.text,
          from: { amount: figure.amount, currency: figure.currency },
          to: { amount, currency: scenario.currency },
          rate: quote,
          passedOver,
        },
      };
    } catch (error) {
      if (!(error instanceof DealCalcError)) throw error;
      throw figureNotConverted(figure, date, error.toInfo());
    }
  };
}

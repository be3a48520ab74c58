/**
 * The page's view model: pure functions from the core's answers and the page's state to what the
 * page draws and copies (no DOM; the browser shell is src/web/shell/).
 */
export { displayDecimals } from '../money/displayDecimals.js';
export { formatMoneyFull } from '../money/format.js';
export { percentText } from '../money/percentText.js';
export { intervalText } from '../quantity/intervalText.js';
export { formatImpliedRate, formatRate, isDerivedRate, rateCitation } from '../fx/render/rate.js';
export { rangeWords } from '../deal/rangeWords.js';
export { verdictView, type VerdictView } from '../check/render/verdict.js';
export { openPageStore, type PageStore, type PageStoreOptions, type SeriesFetcher } from './pageStore.js';
export {
  hashFromState,
  INITIAL_STATE,
  stateFromHash,
  type ConvertFields,
  type ImpliedFields,
  type PageState,
  type PageTab,
  type StakeFields,
  type ValuationKind,
} from './pageState.js';
export {
  checkStory,
  convertFromFields,
  convertRequest,
  errorText,
  impliedFromFields,
  stakeFromFields,
  storyRequest,
} from './pageJobs.js';
export {
  storyView,
  type LoneRow,
  type PairRow,
  type StorySegment,
  type StoryView,
} from '../check/render/storyView.js';
export { checkView, type CheckView, type FittingRow, type ReferenceRow } from '../check/render/checkView.js';
export { convertView, type ConversionView, type ConvertView } from '../fx/render/convertView.js';
export {
  impliedView,
  stakeView,
  type DealRow,
  type DealSection,
  type DealView,
} from '../deal/render/dealView.js';
export { pairChartSvg, type PairChartRequest } from './pairChart.js';

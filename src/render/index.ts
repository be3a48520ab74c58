/** Charts of rates, as data and as SVG: pure, shared by the command line and the page. */
export {
  chartScale,
  chartSegments,
  niceStep,
  valuePosition,
  type ChartBand,
  type ChartGap,
  type ChartMarker,
  type ChartPoint,
  type ChartScale,
  type ChartSpec,
  type ChartStep,
  type DateTick,
} from './chart.js';
export { historyChart } from './historyChart.js';
export { escapeXml, svgChart, wrapText } from './svgChart.js';

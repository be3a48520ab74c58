/** Batch conversion of CSV files: streaming, exact (scaled integers proven equal to the decimal core), cited per row. */
export type * from './types.js';
export { BATCH_OUTPUT_COLUMNS, createBatchConversion, MAX_RECORD_LENGTH } from './batchConversion.js';
export { countNewlines, quotedRecordEnd, scanLine, type LineScan } from './csvRecords.js';
export { splitCsvRecord } from './csvCells.js';
export { csvCell, neutraliseFormula, startsLikeFormula } from '../text/csvCell.js';
export {
  convertPlainExactly,
  DECLINED,
  exactRate,
  exactStep,
  exactUnits,
  exactUnitsBig,
  TOO_LARGE,
  type ExactRate,
  type ExactStep,
} from './exactAmount.js';
export { valueText } from './valueText.js';
export type { ColumnRole } from './batchErrors.js';

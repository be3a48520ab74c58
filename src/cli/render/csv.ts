/**
 * One CSV line (RFC 4180): fields with a comma, quote or line break are quoted; a text field a
 * spreadsheet would run as a formula (starting with = + - @, a tab or CR) is prefixed with ' so it
 * stays text. Numbers are written as dealcalc wrote them (a leading minus is not a formula).
 *
 * @example
 * csvLine(['Series A', '=SUM(A1)', '-12.5', 'a,b']) //=> "Series A,'=SUM(A1),-12.5,\"a,b\""
 */
export function csvLine(fields: readonly string[]): string {
  return fields
    .map((field) => {
      const numeric = /^-?\d+(\.\d+)?$/.test(field);
      const safe = !numeric && /^[=+\-@\t\r]/.test(field) ? `'${field}` : field;
      return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
    })
    .join(',');
}

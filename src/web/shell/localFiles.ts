/**
 * The rates files a reader brought, kept in the browser's storage (localStorage) until removed:
 * their text as read, so that the page reads them again, with the same parsers, on each visit.
 */
import { IMPORT_FORMATS } from '../../store/formats/types.js';
import type { LocalRatesFile } from '../localRates.js';

const KEY = 'dealcalc.rates.v1';

function isFile(value: unknown): value is LocalRatesFile {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === 'string' &&
    typeof v.name === 'string' &&
    typeof v.text === 'string' &&
    typeof v.at === 'string' &&
    IMPORT_FORMATS.includes(v.format as LocalRatesFile['format'])
  );
}

/**
 * The files kept in this browser (none when storage is off or holds something else).
 */
export function loadLocalFiles(): LocalRatesFile[] {
  try {
    const kept: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(kept) ? kept.filter(isFile) : [];
  } catch {
    return [];
  }
}

/**
 * Keeps the files in this browser; false when the browser refuses (storage off or full).
 */
export function saveLocalFiles(files: readonly LocalRatesFile[]): boolean {
  try {
    localStorage.setItem(KEY, JSON.stringify(files));
    return true;
  } catch {
    return false;
  }
}

import { describe, expect, it } from 'vitest';
import { parseFigure } from '../../src/parse/index.js';
import { READ_CORPUS, REFUSED_CORPUS } from './corpus.js';

// Issue 17 "done when": at least 300 figures as printed, in ten languages and their regional
// notations, read to the value worked out by hand (test/parse/corpus.ts), and the refusals each
// with the reason expected. A misread is a failure, never a note.
describe('the corpus of figures as printed', () => {
  it('holds at least 300 figures in at least 10 languages', () => {
    expect(READ_CORPUS.length).toBeGreaterThanOrEqual(300);
    expect(new Set(READ_CORPUS.map(([language]) => language)).size).toBeGreaterThanOrEqual(10);
  });

  it.each(READ_CORPUS)('[%s] reads %j as %s %s', (_language, text, value, code) => {
    const result = parseFigure(text);
    if (!result.ok) throw new Error(`${text}: ${result.error.code} ${result.error.message}`);
    expect([result.value.value.toFixed(), result.value.currency?.code]).toEqual([value, code]);
  });

  it.each(REFUSED_CORPUS)('[%s] refuses %j with %s, saying why', (_language, text, code) => {
    const result = parseFigure(text);
    expect(!result.ok && result.error.code).toBe(code);
    expect(!result.ok && result.error.message.length > 10 && result.error.hint.length > 10).toBe(true);
  });
});

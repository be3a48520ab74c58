import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkQuote } from '../../src/check/checkQuote.js';
import { scanText } from '../../src/check/scanText.js';
import { impliedFromText, stakeFromText } from '../../src/deal/dealJobs.js';
import { convertToEach } from '../../src/fx/convertJob.js';
import { dealcalc } from '../cli/helpers.js';
import { checkView } from '../../src/check/render/checkView.js';
import { convertView } from '../../src/fx/render/convertView.js';
import { impliedView, stakeView } from '../../src/deal/render/dealView.js';
import {
  checkStory,
  convertFromFields,
  errorText,
  impliedFromFields,
  stakeFromFields,
} from '../../src/web/pageJobs.js';
import { INITIAL_STATE } from '../../src/web/pageState.js';
import { storyView, type StorySegment } from '../../src/check/render/storyView.js';
import { openShippedStore } from '../../src/node/openStore.js';
import { DealCalcError } from '../../src/errors.js';
import { FOUR_PAIRS } from './helpers.js';

const store = openShippedStore();

function figuresIn(segments: readonly StorySegment[]): string[] {
  return segments.flatMap((s) =>
    s.kind === 'figure' ? [s.text] : s.kind === 'pair' ? figuresIn(s.children) : [],
  );
}

function textOf(segments: readonly StorySegment[]): string {
  return segments.map((s) => (s.kind === 'pair' ? textOf(s.children) : s.text)).join('');
}

describe('the story panel (issue 12)', () => {
  const scan = checkStory(store, { ...INITIAL_STATE, text: FOUR_PAIRS });
  const view = storyView(FOUR_PAIRS, scan);

  it('reads the day from the text and says so', () => {
    expect([view.date, view.dateNote, view.dateFromText]).toEqual([
      '2017-11-15',
      'read from the text: "15 November 2017"',
      true,
    ]);
  });

  it('marks every figure in place and keeps the text exactly as written', () => {
    expect(textOf(view.segments)).toBe(FOUR_PAIRS);
    expect(figuresIn(view.segments)).toEqual([
      '1,500,000,000 yuan',
      '$226.6 million',
      'about 1.5 billion yuan',
      '$227 million',
      '100 million yuan',
      '$662 million',
      'HK$1.5 billion',
      '$226.6 million',
    ]);
    expect(
      view.segments.filter((s) => s.kind === 'pair').map((s) => s.kind === 'pair' && s.verdict.label),
    ).toEqual(['consistent', 'consistent', 'inconsistent', 'inconsistent']);
  });

  it.each([
    // 1,500,000,000 / 226,600,000 = 6.61959; the figures allow [1.5e9 / 226.65e6, 1.5e9 / 226.55e6] = [6.61813, 6.62105]
    [
      0,
      'consistent',
      '6.6196 CNY per USD',
      '[6.6181, 6.6211] CNY per USD',
      /1,500,000,000 CNY \/ 6\.62 CNY per USD = 226\.586 million USD, which rounds to the quoted "\$226\.6 million"/,
    ],
    // [1.45e9 / 227.5e6, 1.55e9 / 226.5e6] = [6.37363, 6.84327]
    [
      1,
      'consistent',
      '6.6079 CNY per USD',
      '[6.3736, 6.8433] CNY per USD',
      /which rounds to the quoted "\$227 million"/,
    ],
    // 662 / 100 taken the wrong way round: 100 / 662 = 0.151057; the figures allow
    // [99.5e6 / 662.5e6, 100.5e6 / 661.5e6] = [0.1501887, 0.1519274], written outward: [0.1501, 0.1520]
    [
      2,
      'inconsistent',
      '0.1511 CNY per USD',
      '[0.1501, 0.1520] CNY per USD',
      /not the quoted "\$662 million"/,
    ],
    // 1.5e9 / 226.6e6 = 6.6196 HKD per USD against the Fed's 7.8064; [1.45e9 / 226.65e6, 1.55e9 / 226.55e6] = [6.39753, 6.84187]
    [
      3,
      'inconsistent',
      '6.6196 HKD per USD',
      '[6.3975, 6.8418] HKD per USD',
      /not the quoted "\$226\.6 million"/,
    ],
  ] as const)('conversion %i: %s, implied %s within %s', (index, verdict, implied, allowed, explanation) => {
    const check = scan.pairs[index]?.check;
    if (!check) throw new Error('not checked');
    const detail = checkView(check);
    expect(detail.verdict.label).toBe(verdict);
    expect(detail.implied).toBe(implied);
    expect(detail.allowed).toBe(allowed);
    expect(detail.explanation).toMatch(explanation);
    expect(detail.references[0]).toMatchObject({ source: 'fred-h10', observedDate: '2017-11-15' });
  });

  it('says what went wrong: the rate inverted, and an HK$ figure converted at the yuan rate', () => {
    const inverted = checkView(scan.pairs[2]?.check as never);
    expect(inverted.diagnosis?.findings[0]).toMatch(/fred-h10's rate inverted \(1 \/ 6\.62 CNY per USD/);
    const wrongCurrency = checkView(scan.pairs[3]?.check as never);
    expect(wrongCurrency.diagnosis?.findings.join(' ')).toMatch(
      /HKD figure may have been converted at the CNY rate/,
    );
    expect(checkView(scan.pairs[0]?.check as never).diagnosis).toBeNull();
  });

  it('lists the conversions with their reference rates and copies the scan as text', () => {
    expect(view.pairs[0]).toMatchObject({
      line: 1,
      first: '1,500,000,000 yuan',
      second: '$226.6 million',
      implied: '6.6196 CNY per USD',
      reference: '6.6200 fred-h10 2017-11-15',
    });
    expect(view.summary).toBe('8 figures, 4 pairs: 2 consistent, 0 close, 2 inconsistent');
    expect(view.copyText.split('\n')[0]).toBe('story of 2017-11-15 (read from the text: "15 November 2017")');
  });

  it('on 15 June 2015 (Fed 6.2080) the exact pair is inconsistent, with the nearest days whose rate fits', () => {
    const june = checkStory(store, { ...INITIAL_STATE, text: FOUR_PAIRS, on: '2015-06-15' });
    const juneView = storyView(FOUR_PAIRS, june);
    expect(juneView.dateNote).toBe('as you set it');
    expect(juneView.pairs.map((p) => p.verdict.label)).toEqual([
      'inconsistent',
      'inconsistent',
      'inconsistent',
      'inconsistent',
    ]);
    const detail = checkView(june.pairs[1]?.check as never);
    expect(detail.references[0]?.rate).toBe('6.2080 CNY per USD');
    const fred = detail.fitting.find((f) => f.source === 'fred-h10');
    expect(fred?.ranges).toEqual([]);
    // The rate came back inside [6.4615, 6.7550] (the yuan within 2% of 1.5 billion, CHUS 6.4723) on 2015-12-16.
    expect(fred?.nearest.at(-1)).toBe('2015-12-16 (184 days after)');
  });

  it("says why the observed day differs from the story's (2017-11-18 was a Saturday: the Fed rate of Friday 2017-11-17)", () => {
    const saturday = checkStory(store, { ...INITIAL_STATE, text: FOUR_PAIRS, on: '2017-11-18' });
    const fred = checkView(saturday.pairs[1]?.check as never).references.find((r) => r.source === 'fred-h10');
    expect(fred?.observedDate).toBe('2017-11-17');
    expect(fred?.note).toMatch(/^2017-11-18 is a Saturday/);
  });

  it('a text with no date asks for one, naming the Date field', () => {
    let error: unknown;
    try {
      checkStory(store, { ...INITIAL_STATE, text: 'It paid $5 million (35 million yuan).' });
    } catch (e) {
      error = e;
    }
    expect(error instanceof DealCalcError && errorText(error.toInfo())).toMatchObject({
      code: 'SCAN_NO_DATE',
      hint: "Give the story's day as the date (the Date field), e.g. 2017-11-15.",
    });
  });
});

describe('the converter, stake and implied panels (issue 12)', () => {
  it('converts with the provenance convert gives (1.5e9 / 6.62, Fed H.10 2017-11-15)', () => {
    const view = convertView(
      convertFromFields(
        store,
        { figure: '1.5 billion yuan', to: 'USD, EUR', on: '2017-11-15', source: '' },
        '2026-11-28',
      ),
    );
    expect(view.conversions.map((c) => c.answer)).toEqual([
      '1,500,000,000.00 CNY = 226,586,102.72 USD',
      '1,500,000,000.00 CNY = 192,119,808.99 EUR',
    ]);
    expect(view.conversions[0]?.rate).toBe(
      '6.6200 CNY per USD · fred-h10 (Fed H.10 noon buying rate, New York) · 2017-11-15',
    );
    expect(view.reading).toMatch(/^read "1\.5 billion yuan": rounded to the nearest 0\.1 billion/);
  });

  it('says how old a latest rate is when no date is given', () => {
    const view = convertView(
      convertFromFields(store, { figure: '100 VEF', to: 'USD', on: '', source: '' }, '2026-11-28'),
    );
    // 2018-08-17 to 2026-11-28: 3,025 days, 8 years, 3 months and 11 days (counted by hand on a calendar).
    expect(view.conversions[0]?.notes.find((n) => n.label === 'latest')?.text).toBe(
      'no date given, so the latest rate was used; on 2026-11-28 it is 3025 days old (8 years, 3 months, 11 days)',
    );
    // The rate's day is said on the answer line itself, as the command line says it.
    expect(view.conversions[0]?.answer).toMatch(/\(at the rate of 2018-08-17\)$/);
  });

  it('works out a stake ($227 million for a $2 billion post-money: 11.35%) and an implied valuation ($240 million for 1.6%: $15 billion)', () => {
    const stake = stakeView(
      stakeFromFields(store, {
        invest: '$227 million',
        valuation: '$2 billion',
        kind: 'post',
        on: '',
        in: '',
        source: '',
      }),
    );
    expect(stake.sections[0]?.rows[0]).toEqual({ label: 'stake', value: '11.35% (within [9.06%, 15.17%])' });
    const both = stakeView(
      stakeFromFields(store, {
        invest: '1.5 billion yuan',
        valuation: 'more than $2 billion',
        kind: 'valuation',
        on: '2017-11-15',
        in: '',
        source: '',
      }),
    );
    expect(both.sections.map((s) => s.heading)).toEqual(['post-money reading', 'pre-money reading']);
    expect(both.provenance).toContain(
      'rate 6.6200 CNY per USD · fred-h10 (Fed H.10 noon buying rate, New York) · 2017-11-15',
    );
    const implied = impliedView(
      impliedFromFields(store, { invest: '$240 million', stake: '1.6%', on: '', in: '', source: '' }),
    );
    expect(implied.sections[0]?.rows[0]?.value).toBe(
      '15,000,000,000.00 USD (within [14,515,151,515.15 USD, 15,516,129,032.26 USD])',
    );
  });
});

// Each shell names its own settings (issue 17, item 9): where the command line says "--json gives
// full precision", the page says it in words; every other character is the command line's.
const IN_WORDS: readonly (readonly [string, string])[] = [
  ['--json gives full precision', 'the answer keeps full precision'],
];

describe("copy as text is the command line's output, whole, with settings in words (issues 16, 17)", () => {
  const story = 'test/cli/fixtures/story.txt';

  it.each([
    [
      'check',
      ['check', 'about 1.5 billion yuan ($227 million)', '--on', '2017-11-15', '--source', 'fred-h10'],
      () =>
        checkView(
          checkQuote(store, {
            text: 'about 1.5 billion yuan ($227 million)',
            on: '2017-11-15',
            source: 'fred-h10',
          }),
        ).copyText,
    ],
    [
      'check, inconsistent',
      ['check', '1,500,000,000 yuan ($226.6 million)', '--on', '2015-06-15', '--source', 'fred-h10'],
      () =>
        checkView(
          checkQuote(store, {
            text: '1,500,000,000 yuan ($226.6 million)',
            on: '2015-06-15',
            source: 'fred-h10',
          }),
        ).copyText,
    ],
    [
      'convert',
      ['convert', 'about 1.5 billion yuan', 'USD', '--on', '2017-11-15'],
      () =>
        convertView(convertToEach(store, { figure: 'about 1.5 billion yuan', to: 'USD', on: '2017-11-15' }))
          .copyText,
    ],
    [
      'stake',
      ['stake', '--invest', '$227 million', '--post', '$2 billion'],
      () => stakeView(stakeFromText(store, { invest: ['$227 million'], post: '$2 billion' })).copyText,
    ],
    [
      'implied',
      ['implied', '--invest', '$240 million', '--stake', '1.6%'],
      () => impliedView(impliedFromText(store, { invest: '$240 million', stake: '1.6%' })).copyText,
    ],
    [
      'scan',
      ['scan', story],
      () => {
        const text = readFileSync(story, 'utf8');
        return storyView(text, scanText(store, { text })).copyText;
      },
    ],
  ] as const)('%s', async (_, args, copied) => {
    const cli = await dealcalc(args);
    expect(cli.stderr).toBe('');
    const inWords = IN_WORDS.reduce((text, [flag, words]) => text.split(flag).join(words), cli.stdout);
    expect(copied()).toBe(inWords);
    // No command-line flag in what the page copies.
    expect(copied()).not.toMatch(/(^|\s)--[a-z]/);
  });
});

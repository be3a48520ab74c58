import { describe, expect, it } from 'vitest';
import { dealcalc } from './helpers.js';

type SourcesJson = {
  sources: { id: string; pivot: string; lastDate: string; series: { currency: string; first: string }[] }[];
};

describe('dealcalc rates sources', () => {
  it('lists both shipped sources with coverage and attribution', async () => {
    const r = await dealcalc(['rates', 'sources']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^fred-h10 {2}Fed H\.10 noon buying rate, New York, 1971-01-04 \.\. 2024-11-29$/m,
    );
    expect(r.stdout).toMatch(/^imf {2}.*2003-04-01 \.\. 2025-01-03$/m);
    // DEXCHUS starts on 1981-01-02 (FRED).
    expect(r.stdout).toMatch(
      /^ {4}CNY {2}1981-01-02 \.\. 2024-11-29 {3}10960 rates {2}\(CHUS: 1 USD in CNY\)$/m,
    );
    expect(r.stdout).toContain('Federal Reserve');
  });

  it('prints one JSON object with --json', async () => {
    const r = await dealcalc(['rates', 'sources', '--json']);
    expect(r.code).toBe(0);
    const { sources } = r.json as SourcesJson;
    expect(sources.map((s) => [s.id, s.pivot, s.lastDate])).toEqual([
      ['fred-h10', 'USD', '2024-11-29'],
      ['ecb', 'EUR', '2026-04-13'],
      ['imf', 'XDR', '2025-01-03'],
    ]);
    expect(sources[0]?.series.find((s) => s.currency === 'EUR')?.first).toBe('1999-01-04'); // DEXUSEU starts with the euro
  });

  it('exits 3 when the data folder is missing', async () => {
    const r = await dealcalc(['rates', 'sources', '--data-dir', '/nonexistent/dealcalc']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/manifest\.json/);
  });
});

describe('dealcalc --version', () => {
  it('prints the version package.json declares', async () => {
    const { readFileSync } = await import('node:fs');
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    const r = await dealcalc(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });
});

import { describe, expect, it } from 'vitest';
import { renderTerminalChart } from '../../src/cli/render/chartTerminal.js';
import { rateHistory } from '../../src/fx/rateHistory.js';
import { openShippedStore } from '../../src/node/openStore.js';
import { historyChart } from '../../src/render/historyChart.js';

const store = openShippedStore();

describe('renderTerminalChart', () => {
  const h = rateHistory(store, { pair: 'USD/CNY', from: '2017-10-01', to: '2017-12-31' });
  const lines = renderTerminalChart(historyChart(h), { columns: 60, rows: 10 }).split('\n');

  it('has a title, the plot rows with a value axis, a date axis and the gaps named', () => {
    expect(lines[0]).toBe(
      'USD/CNY: CNY per 1 USD · fred-h10: Fed H.10 noon buying rate, New York · 2017-10-01 .. 2017-12-31 · 61 rates',
    );
    const plot = lines.slice(2, 12);
    expect(plot.every((l) => /^[ 0-9.]+ [│┤]/.test(l))).toBe(true);
    expect(plot.join('')).toMatch(/[\u2801-\u28ff]/);
    expect(lines[12]).toMatch(/└.*×/);
    expect(lines[13]).toContain('2017-11');
    expect(lines[14]).toBe(
      '× weekdays without a rate (the line breaks there): 2017-10-09 Columbus Day; 2017-11-10 Veterans Day (observed); 2017-11-23 Thanksgiving Day; 2017-12-25 Christmas Day',
    );
  });

  it('uses no control characters', () => {
    // eslint-disable-next-line no-control-regex -- looking for control characters
    expect(lines.join('\n')).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });
});

/**
 * "由一季度的7.9%、8.5%回升至8.1%、9.3%" (湖北): the next item of a list after a period's own figure is of that period too;
 * so is one after 上年同期's ("由上年同期的12.8%、13.1%回落至…": both of the same months a year before, not this year's).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const periods = (text: string, asOf: string) => extractFigures(text, { asOf }).map((f) => [f.value, f.period]);

describe('the items after a period’s own figure', () => {
  it('are of that period', () => {
    expect(periods('武汉、襄阳增速由一季度的7.9%、8.5%回升至8.1%、9.3%。', '2019年1-6月')).toEqual([
      ['7.9', '一季度'],
      ['8.5', '一季度'],
      ['8.1', '2019年1-6月'],
      ['9.3', '2019年1-6月'],
    ]);
  });

  it('are of the same months a year before after 上年同期', () => {
    expect(periods('武汉、襄阳增速由上年同期的12.8%、13.1%回落至8.1%、9.3%。', '2019年1-6月')).toEqual([
      ['12.8', '2018年1-6月'],
      ['13.1', '2018年1-6月'],
      ['8.1', '2019年1-6月'],
      ['9.3', '2019年1-6月'],
    ]);
  });
});

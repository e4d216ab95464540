/**
 * A property named again after the figure of it ("…的贡献率达到53.7%,比去年同期贡献率(41.5%)…", a province's 2022
 * first-quarter release): the figure before's label, once, as 比重 and 增速 named again are (贡献率 and 贡献 are among them).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('贡献率 named again', () => {
  it('is the figure before’s, not its label with 贡献率 twice', () => {
    const text = '一季度规模以上工业增加值对GDP增长的贡献率达到53.7%,比去年同期贡献率(41.5%)提高12.2个百分点。';
    const f = the(text, '41.5', { asOf: '2022年一季度' });
    expect(f.label).toBe('规模以上工业增加值对GDP增长的贡献率');
    expect(f.label).not.toContain('贡献率贡献率');
    expect(the(text, '12.2', { asOf: '2022年一季度' }).label).toBe('规模以上工业增加值对GDP增长的贡献率变化');
  });
});

describe('贡献 named again', () => {
  it('is the figure before’s, not its label with 贡献 twice', () => {
    const text = '一季度规模以上工业增加值对GDP增长的贡献达到53.7%,比去年同期贡献(41.5%)提高12.2个百分点。';
    expect(the(text, '41.5', { asOf: '2022年一季度' }).label).not.toContain('贡献贡献');
  });
});

/**
 * Members of a group of industries picked out with their rates in brackets ("五大支柱产业实现增加值…。正增长的有电力
 * (20.6%)…") take the group's measure (电力增加值): in full-width brackets as in ASCII ones, a long industry's name too
 * ("电气机械和器材制造业"); after 其中 and a rate of the report's own measure, the names take that measure.
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

const GROUP = '五大支柱产业实现增加值120亿元,同比增长6.7%。';

describe('names picked out after a group’s measure', () => {
  it('take the measure in full-width brackets', () => {
    const text = GROUP + '正增长的有电力（20.6%）、电子信息（13.0%）和机电制造（7.6%）。';
    expect(labels(text, ['20.6', '13.0', '7.6'])).toEqual(['电力增加值增速', '电子信息增加值增速', '机电制造增加值增速']);
  });

  it('take the measure after a long name', () => {
    const text = GROUP + '正增长的有电气机械和器材制造业(20.6%)、计算机通信和其他电子设备制造业(13.0%)。';
    expect(labels(text, ['20.6', '13.0'])).toEqual(['电气机械和器材制造业增加值增速', '计算机通信和其他电子设备制造业增加值增速']);
  });

  it('take the measure of the rate before them in the sentence, after 其中', () => {
    const text = '全市规上工业增加值增长8.5%,其中正增长的有大埔县(23.1%)、五华县(16.2%)。';
    expect(labels(text, ['23.1', '16.2'])).toEqual(['大埔县规上工业增加值增速', '五华县规上工业增加值增速']);
  });
});

/**
 * Names one to a clause, the last with how they fared ("专用设备制造业，通用设备制造业，汽车制造业增势良好"), then a bare
 * rate handed out by 分别 ("增速分别为…"): each rate is its name's, the rate's word after it.
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

describe('names by clause, how they fared, then 增速分别为', () => {
  it('gives each name its rate', () => {
    const text = '分行业看，专用设备制造业，通用设备制造业，汽车制造业增势良好，增速分别为20.5%、8.6%和5.3%。';
    expect(labels(text, ['20.5', '8.6', '5.3'])).toEqual(['专用设备制造业增速', '通用设备制造业增速', '汽车制造业增速']);
  });
});

/**
 * A time that a sentence holding no figure names for what is to be done ("在下半年工作中,将继续围绕…") is the time of the
 * paragraph's targets, not of the results it goes on to give: "…100个项目已完成投资203.6亿元,开工率达到80%" are of the
 * report's 上半年 (烟台's 工业和信息化局 on 2019 上半年, as 齐鲁晚报 reported it, held-out set 57).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

// 烟台市工业和信息化局 半年工作总结大会 (齐鲁晚报 2019-08-06), shortened.
const YANTAI =
  '“新突破”,重大项目重点工作。在下半年工作中,将继续围绕“一港四中心”的建设理念,继续推动中国东方航天港的建设工作。对列入烟台市“三重”工作的100个过亿元重点技改项目定期调度、贴近服务,100个项目已完成投资203.6亿元,开工率达到80%。';

const periods = (text: string, asOf?: string) => extractFigures(text, asOf ? { asOf } : {}).map((f) => [f.value, f.period, f.status]);

describe('a time named for the work to do', () => {
  it('is not the time of the results after it', () => {
    expect(periods(YANTAI, '2019年上半年')).toEqual([
      ['100', '2019年上半年', 'actual'],
      ['100', '2019年上半年', 'actual'],
      ['203.6', '2019年上半年', 'actual'],
      ['80', '2019年上半年', 'actual'],
    ]);
  });

  it('is the time of the targets after it', () => {
    expect(periods('下半年,我们将重点抓好以下工作。力争完成投资50亿元。', '2019年上半年')).toEqual([['50', '下半年', 'target']]);
  });

  it('a time named in a sentence of what happened is the time of what follows, as before', () => {
    expect(periods('下半年,全市工业生产加快。工业增加值增长8%。', '2019年上半年')).toEqual([['8', '下半年', 'actual']]);
  });
});

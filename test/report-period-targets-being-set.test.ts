/**
 * A year whose targets are being set (确定2017年…目标任务) is not the report's year: a December conference that names
 * the coming year only so has its own year from its date, and its 明年 is the year after that. 明年 and 要实现 are no
 * part of a target's measure.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures, reportPeriod } from '../src/shared/extract';

describe('a year whose targets are being set', () => {
  // 工信部's 2016 work conference (http://www.clii.com.cn/ReDianJuJiao/TouTiaoXinWin/201612/t20161228_3902504.html).
  const MIIT_DEC_2016 =
    '工信部:明年规模以上工业增加值增长目标为6%\n\n2016-12-28 来源:工信部\n\n     2016年12月27日上午,全国工业和信息化工作会议在京圆满结束。\n\n    一是关于保持工业经济平稳增长。要实现明年规模以上工业增加值增长6%左右这一目标,关键是要促改革、调结构。\n\n    二是关于供给侧结构性改革重点任务落实。要尽快科学确定2017年钢铁去产能目标任务,严格落实责任,层层传导压力。\n';

  it('is not the report’s year', () => {
    expect(reportPeriod(MIIT_DEC_2016).year).toBe(2016);
  });

  it('明年 is the year after the report’s, and no part of the label', () => {
    const sixes = extractFigures(MIIT_DEC_2016).filter((x) => x.value === '6');
    expect(sixes.map((x) => [x.period, x.status, x.label])).toEqual([
      ['2017年', 'target', '规模以上工业增加值增速'],
      ['2017年', 'target', '规模以上工业增加值增速'],
    ]);
  });

  it('a year whose targets were met stays the report’s', () => {
    expect(reportPeriod('2016年全市经济工作目标任务圆满完成,规模以上工业增加值增长8%。').year).toBe(2016);
  });
});

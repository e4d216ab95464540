/**
 * 翻番 that names a slogan or a class ("五个翻番", "两年翻番县") is no figure; a doubling done or aimed at still is.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

describe('翻番 in a slogan', () => {
  it('“五个翻番” (汉滨区 2021 计划执行情况) is no figure', () => {
    // https://www.hanbin.gov.cn/Content-2245849.html
    const text =
      '以区十七届人大五次会议确定的目标任务为引领,围绕“五个翻番”“五个引领”和“五个跃升”发展奋斗目标,聚焦“追赶超越、引领发展” 定位,紧扣“12345”工作重点。';
    expect(extractFigures(text).filter((f) => f.value === '翻番')).toHaveLength(0);
  });

  it('“两年翻番县” (a county 工信局’s 2021 speech) is no figure', () => {
    // https://laobiganzi.top/177070.html
    const text = '预计2021年我县在全市工业创新发展“两年翻番县”中排位力争保二争一。';
    expect(extractFigures(text).filter((f) => f.value === '翻番')).toHaveLength(0);
  });

  it('a doubling done or aimed at is one', () => {
    expect(the('全市工业总产值五年翻番,达到1200亿元。', '翻番')).toMatchObject({ kind: 'multiple', number: 2 });
    expect(the('力争到2020年实现工业总产值翻番。', '翻番').status).toBe('target');
  });
});

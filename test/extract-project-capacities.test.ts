/**
 * A capacity written between a company or a place and the project it is part of ("宁国运100万千瓦风光同场等项目",
 * 中宁 2025; "四川港投集团50万头生态猪养殖项目", 万州 2020; held-out set 38) names the project: it is no figure of the
 * report's, as it was read ("100万千瓦" labelled 华象科技多种金属复合板、宁国运). A capacity a sentence measures stays one.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const values = (text: string) => extractFigures(text, { asOf: '2023年' }).map((f) => `${f.value}${f.unit}`);

describe('a capacity in a project’s name', () => {
  it('is not a figure', () => {
    // 中宁县 2025 政府工作报告 (https://www.znzf.gov.cn/xxgk/zfgzbg/202602/t20260212_5171293.html).
    expect(values('上储能源共享储能电站等66个重点项目建成投产,华象科技多种金属复合板、宁国运100万千瓦风光同场等项目顺利推进,')).toEqual([
      '66个',
    ]);
    // 万州区 2020 政府工作报告完成情况: the farm's capacity before it is measured, the project's is not.
    expect(values('新增生猪产能50万头,四川港投集团50万头生态猪养殖项目开工建设。')).toEqual(['50万头']);
    // 新疆 2023 (新疆日报, http://rb-sly.loulannews.com/h5/html5/2023-09/26/content_265_84251.htm): a list of
    // projects, one with a chemical's name whose comma is between digits.
    expect(values('推动库尔勒120万吨乙烷制乙烯、克拉玛依72万吨差别化聚合物等一批石化项目加快建设。')).toEqual([]);
    expect(values('吐鲁番100万吨煤制甲醇、昌吉10.4万吨1,4-丁二醇等一批重点项目加快建设。')).toEqual([]);
    // 固阳县 2024 政府工作报告 (繁體, http://www.ilynn.cn/document_detail/132345.html).
    expect(values('推動蒙西新能源39萬千瓦綠電項目順利開工。')).toEqual([]);
  });

  it('stays a figure where the sentence measures it, or a verb puts it before the project', () => {
    expect(values('全年生猪出栏50万头,带动养殖项目12个。')).toEqual(['50万头', '12个']);
    expect(values('建成投产30万吨乙烯项目。')).toEqual(['30万吨']);
    // The verbs that build or bring one in, as 投产 does (not only the name of a project being built).
    expect(values('全年建设120万吨乙烷制乙烯项目。')).toEqual(['120万吨']);
    expect(values('新建30万吨乙二醇项目。')).toEqual(['30万吨']);
    expect(values('引进100万千瓦光伏组件项目。')).toEqual(['100万千瓦']);
    expect(values('煤炭产量2.8亿吨,同比增长10%。')).toEqual(['2.8亿吨', '10%']);
  });
});

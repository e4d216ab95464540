/**
 * Work reports given at a new congress's first session late in the year they review: the year in their title is
 * their own (not the year before, as for one given early in it), and a figure's note "(预计数,下同)" makes the figures
 * after it estimates too.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a work report given late in the year its title names', () => {
  // 2016年桂阳县人民政府工作报告, given 2016-11-25 (https://gongwensou.com/zhengfubaogao/27055.html).
  const GUIYANG =
    '(湖南省)2016年桂阳县人民政府工作报告(全文)\n政 府 工 作 报 告\n2016年11月25日在桂阳县第十七届人民代表大会第一次会议上\n县长 黄四平\n各位代表:\n' +
    '(二)产业转型步伐加快,经济结构越来越优。三次产业比由2012年的14.6:53.1:32.3\n调整为2016年的13.3:47.6:39.1。\n';

  it('reviews that year: its figures of the year are no targets', () => {
    expect(the(GUIYANG, '13.3')).toMatchObject({ period: '2016年', status: 'actual' });
    expect(the(GUIYANG, '14.6').period).toBe('2012年');
  });

  it('one titled with its year and given early in it still reviews the year before', () => {
    const early = '2017年汉中市人民政府工作报告\n2017年2月20日在汉中市第四届人民代表大会第一次会议上\n过去一年,全市生产总值增长9.6%。\n';
    expect(the(early, '9.6').period).toBe('2016年');
  });
});

describe('a figure’s note that the same holds below', () => {
  // 芷江侗族自治县 政府工作报告, 2016-11-26, a 繁體 copy (http://www.ilynn.cn/document_detail/12174.html).
  const ZHIJIANG =
    '——2016年11月26日在芷江侗族自治縣第八屆人民代表大會第一次會議上\n' +
    '四年來,我們以搶抓目標為引領,既實現了經濟總量的跨越增長。2016年實現地區生產總值99.3億元(預計數,下同),年均增長8.5%;一般公共預算收入由5.05億元增加到7.17億元,地方收入由3.57億元增加到4.86億元,年均分別增長9.15%和5.78%;累計完成固定資產投資200.35億元,年均增長22.4%。\n';

  it('makes that figure and those after it estimates', () => {
    expect(the(ZHIJIANG, '99.3').status).toBe('estimate');
    expect(the(ZHIJIANG, '8.5').status).toBe('estimate');
    expect(the(ZHIJIANG, '7.17').status).toBe('estimate');
    expect(the(ZHIJIANG, '200.35').status).toBe('estimate');
    // Where a move started is known: a result.
    expect(the(ZHIJIANG, '5.05').status).toBe('actual');
  });

  it('a note without 下同 marks its own figure only', () => {
    const own = '全省生产总值达到1.5万亿元以上(预计数),人均生产总值达到23100元。';
    expect(the(own, '1.5').status).toBe('estimate');
    expect(the(own, '23100').status).toBe('actual');
  });
});

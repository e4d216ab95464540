/**
 * 建设 after 共, 累计 or 培育 is the verb of a count, the noun after the number what is counted: "共建设2121家绿色工厂、
 * 171家绿色工业园区、189家绿色供应链企业" (国新办 on the 十三五 years, https://tex86.cn/info/464200, held-out set 39)
 * read 共建设 as the first count's subject.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('共建设 / 培育建设 before a count', () => {
  it('counts the noun after the number', () => {
    const review =
      '一是传统产业转型升级加速,我国提前两年完成“十三五”钢铁行业去产能1.5亿吨目标,累计退出“僵尸企业”的粗钢产能6474万吨。共建设2121家绿色工厂、171家绿色工业园区、189家绿色供应链企业,绿色制造体系初步形成。';
    expect(the(review, '2121').label).toBe('绿色工厂');
    expect(the(review, '171').label).toBe('绿色工业园区');
    // 人民日报 2023-03-29 (http://news.001ce.com/jingji/2023/0329/100099373.html).
    const daily = '截至目前,我国已培育建设3657家绿色工厂、270家绿色工业园区、408家绿色供应链企业,推广近3万个绿色产品。';
    expect(the(daily, '3657').label).toBe('绿色工厂');
  });

  it('keeps 建设 a noun elsewhere', () => {
    expect(the('全市重点项目建设完成投资120亿元。', '120').label).toContain('项目');
  });
});

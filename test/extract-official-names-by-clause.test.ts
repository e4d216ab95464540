/**
 * Official names set apart by commas, the last clause joining the last of them with 以及 before the count of all:
 * "从增速看,居民服务、修理和其他服务业,交通运输、仓储和邮政业以及文化、体育和娱乐业等三个行业营业收入增长较快,前11个月
 * 分别实现营业收入4.9亿元、75.4亿元和14.9亿元,同比增速分别达到20.6%、19.8%和18.5%" (常州's 2013 1-11月 services,
 * https://tjj.changzhou.gov.cn/html/tjj/2013/OPOEMFCL_0111/9546.html) gives each value its own service. They were cut at
 * the names' own 、 and 和: 交通运输营业收入, 仓储和邮政业以及文化营业收入, 体育和娱乐业等三个行业营业收入.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const CHANGZHOU =
  '1-11月,我市1480家服务业重点企业(不含批发零售业、住宿餐饮业、金融业和房地产开发业)实现营业收入326.5亿元,同比增长12.7%。' +
  '从增速看,居民服务、修理和其他服务业,交通运输、仓储和邮政业以及文化、体育和娱乐业等三个行业营业收入增长较快,前11个月分别实现营业收入' +
  '4.9亿元、75.4亿元和14.9亿元,同比增速分别达到20.6%、19.8%和18.5%,三大行业营业收入合计占全市重点服务业企业营业收入的比重达29.2%。';

const labels = (text: string, values: string[]) => {
  const figures = extractFigures(text, { asOf: '2013年1-11月' });
  return values.map((v) => figures.find((f) => f.value === v)?.label);
};

describe('official names a clause each, the last joined with 以及', () => {
  it('are the items of the list after them (常州 2013 1-11月)', () => {
    expect(labels(CHANGZHOU, ['4.9', '75.4', '14.9'])).toEqual([
      '居民服务、修理和其他服务业营业收入',
      '交通运输、仓储和邮政业营业收入',
      '文化、体育和娱乐业营业收入',
    ]);
    expect(labels(CHANGZHOU, ['20.6', '19.8', '18.5'])).toEqual([
      '居民服务、修理和其他服务业营业收入增速',
      '交通运输、仓储和邮政业营业收入增速',
      '文化、体育和娱乐业营业收入增速',
    ]);
  });

  it('before 分别 in their own clause, the count of all written after them', () => {
    const text = '交通运输、仓储和邮政业,批发和零售业以及住宿和餐饮业等三个行业分别增长5.1%、8.2%和6.3%。';
    expect(labels(text, ['5.1', '8.2', '6.3'])).toEqual(['交通运输、仓储和邮政业增速', '批发和零售业增速', '住宿和餐饮业增速']);
  });

  it('not a clause before that only ends in 业', () => {
    const text = '全市大力发展现代服务业,批发和零售业以及住宿和餐饮业等三个行业分别增长5%、6%和7%。';
    expect(labels(text, ['5'])[0]).not.toContain('发展');
  });

  it('and names with no 、 of their own, joined in one clause, as before', () => {
    const text = '交通运输业、批发零售业以及住宿餐饮业等三个行业分别增长5.1%、8.2%和6.3%。';
    expect(labels(text, ['5.1', '8.2', '6.3'])).toEqual(['交通运输业增速', '批发零售业增速', '住宿餐饮业增速']);
  });
});

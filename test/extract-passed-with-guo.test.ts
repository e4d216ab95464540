/**
 * 过 right after a measure and before its amount is 超过: "得意电子税收过500万元" is an amount passed, its qualifier kept,
 * its label the firm's measure (not the item before it, whose amount is written in words). Amounts a class of things
 * counted passed stay no figures, and 过 in words (过去, 经过, 通过) is no qualifier.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

const values = (text: string) => extractFigures(text).map((x) => x.value);

describe('过 before an amount after a measure', () => {
  // 衡南县 2019 上半年 (衡阳日报, http://hunan.voc.com.cn/article/201908/20190816113656942.html; held-out set 41).
  const HENGNAN =
    '县工业集中区新增规上企业2家,完成规模工业增加值11亿元,占全县的比重达70%;实现税收4600万元,其中,天津大桥税收过千万元、得意电子税收过500万元。';

  it('is the qualifier 超过, and the label is the firm’s measure', () => {
    const f = the(HENGNAN, '500', { asOf: '2019年上半年' });
    expect(f.qualifier).toBe('超过');
    expect(f.unit).toBe('万元');
    expect(f.label).toBe('得意电子税收');
    expect(the(HENGNAN, '4600').qualifier).toBeNull();
  });

  it('an amount a class passed stays no figure', () => {
    // 安康 2013 (held-out set 17), 竹山 2011.
    const ANKANG = '旬阳、汉阴、平利三个工业集中区产值过50亿元,白河、汉滨五里、石泉3个工业集中区产值过20亿元。';
    const ZHUSHAN = '新增年销售收入过500万元的工业企业22家,其中新增年销售收入过2000万元的规模企业4家。';
    expect(values(ANKANG)).not.toContain('50');
    expect(values(ANKANG)).not.toContain('20');
    expect(values(ZHUSHAN)).toEqual(['22', '4']);
  });

  it('过 in a word, or before a number without a unit, is no qualifier', () => {
    expect(the('全县经过3个月的努力,完成工业投资12亿元。', '3').qualifier).toBeNull();
    expect(the('全县通过12家企业技改项目验收。', '12').qualifier).toBeNull();
    expect(the('税收超过500万元。', '500').qualifier).toBe('超过');
  });
});

/**
 * A report on a plan's document that is not over sets the targets that name no time of their own for the plan:
 * "《扬州市“十四五”工业经济高质量发展规划》…——产业结构实现新优化。工业战略性新兴产业产值占工业总产值比重达42%"
 * (扬州 2022, held-out set 27) is a share for 2025年, "新增…企业20家" and "能源消耗降低17%" are the plan's. A report
 * naming no plan's document keeps its targets in its own year.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const text = [
  '近日,市工信局召开新闻发布会,解读《扬州市“十四五”工业经济高质量发展规划》(简称《规划》)。',
  '《规划》提出了“十四五”工业经济高质量发展的五大重点目标:',
  '——产业结构实现新优化。工业战略性新兴产业产值占工业总产值比重达42%,高新技术产业产值占规模以上工业产值比重达50%。',
  '——创新转型实现新业绩。建成省级以上企业技术中心400家,两化融合发展水平指数达65,星级上云企业达1000家,智能制造新业态新模式不断涌现。',
  '——企业培育实现新突破。新增国家级制造业单项冠军和专精特新“小巨人”企业20家、省级专精特新“小巨人”企业100家。',
  '——绿色发展实现新成效。单位工业增加值能源消耗降低17%,',
].join('\n');

describe('targets of a plan’s document', () => {
  it('holds levels, counts and shares for the plan’s last year', () => {
    for (const v of ['42', '50', '400', '65', '1000']) {
      const f = the(text, v, { asOf: '2022年' });
      expect([v, f.period, f.status]).toEqual([v, '2025年', 'target']);
    }
  });

  it('gives what is added or moved over the plan the plan’s period', () => {
    for (const v of ['20', '100', '17']) expect(the(text, v, { asOf: '2022年' }).period).toBe('“十四五”时期');
    expect(the(text, '17', { asOf: '2022年' }).number).toBe(-17);
  });

  it('keeps a report’s targets in its year when it names no plan’s document', () => {
    const plain = '今年是“十四五”规划实施的第二年。全市工业经济稳中有进。力争工业战略性新兴产业产值占工业总产值比重达42%。';
    expect(the(plain, '42', { asOf: '2022年' }).period).toBe('2022年');
  });
});

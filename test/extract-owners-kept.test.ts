/**
 * Whose figure it is when the words right before it do not say: the second of two values after one subject keeps
 * that subject (包头 2012: "经济总量跨越了两千亿元和三千亿元两个台阶"), a rank among a counted scope named after 在
 * is the rank in that scope, not in the scope of the clause before (芜湖经开区 2022: "在全省126家省级以上开发区综合考评
 * 中位列第3位"), a share after a measure named alone keeps the industry it is of ("战略性新兴产业快速发展,产值已占
 * 规模以上工业的11.7%"), a share after an aside in brackets reads on from the figure before the brackets
 * ("外贸进出口总额为13亿元,同比增长0.5%,完成年任务(40.2亿元)的32.5%"), and values with no subject at all get the same
 * placeholder.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

describe('the owner of a figure its own words do not name', () => {
  it('is the subject of the value before it, joined by 和', () => {
    const text = '紧紧抓住国家实施西部大开发战略的历史机遇,经济实现了平稳较快发展,经济总量跨越了两千亿元和三千亿元两个台阶。';
    for (const v of ['两千', '三千']) expect(the(text, v, { asOf: '2012年' }), v).toMatchObject({ label: '经济总量', qualifier: '跨越' });
  });

  it('is the counted scope named after 在 for a rank', () => {
    const text =
      '2022年,经开区入选国家进口贸易促进创新示范区、获中国家电智能制造基地、省级智能网联汽车特色产业园等称号,在2021年度全国217家国家级开发区综合考评中位列第13位,在全省126家省级以上开发区综合考评中位列第3位。';
    expect(the(text, '13', { asOf: '2022年' }).label).toContain('国家级开发区');
    const third = the(text, '3', { asOf: '2022年' });
    expect(third).toMatchObject({ kind: 'rank' });
    expect(third.label).toContain('省级以上开发区');
    expect(third.label).not.toContain('国家级');
  });

  it('keeps the industry before a measure named alone in a share', () => {
    const text = '煤化工、风力发电等战略性新兴产业快速发展,产值已占规模以上工业的11.7%。';
    expect(the(text, '11.7', { asOf: '2012年' })).toMatchObject({ kind: 'share', label: '战略性新兴产业产值已占规模以上工业比重' });
  });

  it('reads on past an aside in brackets', () => {
    const text = '1-5月,XX区(含新区)外贸进出口总额为13亿元,同比增长0.5%,完成年任务(40.2亿元)的32.5%。';
    const share = the(text, '32.5');
    expect(share).toMatchObject({ kind: 'share', period: '1-5月' });
    expect(share.label).toContain('外贸进出口总额');
  });

  it('is the same placeholder for every value of a list with no subject', () => {
    const [a, b] = extractFigures('分别提高6.4和5.4个百分点。');
    expect(b.label).toBe(a.label);
  });
});

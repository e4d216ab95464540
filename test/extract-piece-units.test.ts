/**
 * Output counted in pieces ("液晶显示屏6353.1万片", 重庆 2024; "集成电路20.82亿块", 中山 2023, held-out set 19) is a level in
 * 万片 and 亿块; and "是2011年全年的3倍多" (西藏 2012) keeps 多, more than three times.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

describe('pieces of output', () => {
  it('片 and 块 are units of a level', () => {
    const cq = the('液晶显示屏6353.1万片,增长35.6%;钢材317.7万吨,下降5.8%。', '6353.1', { asOf: '2024年1-2月' });
    expect([cq.unit, cq.kind, cq.label]).toEqual(['万片', 'level', '液晶显示屏']);
    const zs = the('电子计算机整机519.39万台,同比下降13.6%;集成电路20.82亿块,同比增长64.6%。', '20.82', { asOf: '2023年' });
    expect([zs.unit, zs.kind, zs.label]).toEqual(['亿块', 'level', '集成电路']);
  });

  it('a word after 片 is no unit', () => {
    expect(extractFigures('全市划分为3片区,每片区设1个服务站。', { asOf: '2023年' }).map((f) => f.unit)).not.toContain('片');
  });
});

describe('多 after 倍', () => {
  it('is more than that many times', () => {
    const xizang = '创造税收41.5亿元,是2011年全年的3倍多,新增落户企业519户,新增就业1748人。';
    const f = the(xizang, '3', { asOf: '2012年上半年' });
    expect([f.kind, f.qualifier, f.number]).toEqual(['multiple', '多', 3]);
  });

  it('not when 多 opens a word of its own', () => {
    expect(the('出口额增长2倍,多元化市场加快形成。', '2', { asOf: '2012年' }).qualifier).toBeNull();
    expect(the('产值增长2倍多元化发展。', '2', { asOf: '2012年' }).qualifier).toBeNull();
  });
});

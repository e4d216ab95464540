/**
 * 将冲击 ("will strive to hit"), 将完成 and 要完成 set out what a report aims at: targets, in their clause and (将, 要
 * opening a plan) in the rest of the sentence (桂林 2011, 广西新闻网 on 市工信委's plans, held-out set 33).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

const HEAD = '桂林工业总产值今年将冲击1500亿\n来源:广西新闻网  频道:桂林    发布时间:2011-11-16\n';
const AIMS =
  '    昨日,记者从市工信委了解到,继2010年我市工业总产值完成1260亿元后,今年,桂林工业总产值将冲击1500亿元,力争增长20%以上,规模以上工业总产值要完成1100亿元以上,增长20%。';
const PARKS =
  '  除此以外,今年我市在工业园区的投入也有大动作,继续使园区基础设施更加完善,计划将秧塘工业园与苏桥经济开发区连成工业发展带。全年将完成园区基础设施建设投入12.5亿元,增长25%以上,新增入园项目100个,着力推动中国机械工业集团电工电子新材料生产基地、中国电子科技集团34所民品生产产业化等重大项目建设。';
const asOf = '2011年';

describe('将冲击, 将完成, 要完成', () => {
  it('are targets, and so is the rest of their sentence', () => {
    const text = HEAD + AIMS + '\n' + PARKS;
    // The headline's 1500亿 and the sentence's 1500亿元.
    const hits = extractFigures(text, { asOf }).filter((f) => f.value === '1500');
    expect(hits.map((f) => f.status)).toEqual(['target', 'target']);
    expect(the(text, '1100', { asOf }).status).toBe('target');
    for (const v of ['12.5', '25', '100']) expect(the(text, v, { asOf }).status, v).toBe('target');
    // The year the sentence goes on from stays a result.
    expect(the(text, '1260', { asOf }).status).toBe('actual');
  });

  it('not what was done, nor what is expected', () => {
    expect(the('今年全市已完成工业投资120亿元,增长12%。', '120', { asOf }).status).toBe('actual');
    expect(the('预计全年将完成工业投资120亿元,增长12%。', '120', { asOf }).status).toBe('estimate');
  });
});

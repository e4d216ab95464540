/**
 * A count right after a verb of setting up, focusing on or drawing up (建立, 聚焦, 编制) counts the noun after it, not
 * the words before: those name who acted.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// 江苏 2023, a 繁體 copy (http://www.dps-hk.com.cn/index.php/news/info/20753.html; test/corpus/jiangsu-2023-industry-traditional).
const JIANGSU_2023 =
  '江蘇編制實施年度500項省重大工業項目清單,全年169個項目竣工投產。聚焦“1650”產業體系建設,江蘇梳理建立5145家重點企業庫、3.6萬家“1650”產業體系企業庫。聚焦10個國家級集群,“一群一策”編制培育提升方案。';
// 一个区 2023年1-5月 (https://laobiganzi.top/255679.html; test/corpus/xxqu-2023-05-industry-summary).
const XXQU_2023 = '目前,我局已建立40家企业的培育库台帐,并新增1家企业上规纳统。';

describe('a count after a verb of setting up', () => {
  it('counts the noun after it (建立, 聚焦, 江苏 2023)', () => {
    expect(the(JIANGSU_2023, '5145', { asOf: '2023年' }).label).toMatch(/^重點企業/u);
    expect(the(JIANGSU_2023, '10', { asOf: '2023年' }).label).toMatch(/^國家級集群/u);
    expect(the(XXQU_2023, '40', { asOf: '2023年1-5月' }).label).toMatch(/企业|培育库/u);
  });

  it('with 年度 between the verb and the count ("编制实施年度500项省重大工业项目清单")', () => {
    expect(the(JIANGSU_2023, '500', { asOf: '2023年' }).label).toMatch(/重大工業項目/u);
  });
});

describe('a count after 重组 (吉林 2025, a 繁體 copy, held-out set 43)', () => {
  it('counts the labs reorganised, not the verb', () => {
    const jilin = '深化科技創新有組織聚力攻堅,新建、重組11家全國重點實驗室,長白山、三江、吉光3個省實驗室高效運行。';
    expect(the(jilin, '11', { asOf: '2025年' }).label).toMatch(/^全國重點實驗室/u);
    expect(the('全年兼并重组12户企业。', '12', { asOf: '2025年' }).label).toMatch(/^企业/u);
  });
});

describe('a count after 招引 (五莲县 2012, held-out set 45)', () => {
  it('counts the projects drawn in, past its 以上: "计划招引20个以上过亿项目"', () => {
    // http://sdmsw.com.cn/sh/wl/2013-01/10595.html; test/corpus/wulian-2012-government-work.
    const wulian = '2013年,五莲县计划招引20个以上过亿项目,招商引资到位固定资产投资15亿元以上。';
    const f = the(wulian, '20', { asOf: '2012年' });
    expect([f.label, f.kind, f.status, f.qualifier]).toEqual(['过亿项目', 'count', 'target', '以上']);
  });
});

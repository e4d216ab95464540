/**
 * A name right before a count of its parts (子公司, 分公司, 下属企业…) owns them: "中资环5家子公司" is 5 subsidiaries of
 * 中资环, labelled 中资环子公司 (a drafted card read it "中资环 5家"). A firm's name before a count of firms is the firm.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('parts counted after the name that owns them', () => {
  // 天津滨海新区 2025 政府工作报告 (binhai-2025-government-work).
  const BINHAI =
    '非首都功能疏解项目高效承接。中资环5家子公司、国家管网科学试验基地、中汽新能总部、一汽丰田销售总部等项目落户,承接北京重大项目99个、新设机构389家,总投资超480亿元。';

  it('are the name’s parts', () => {
    expect(the(BINHAI, '5')).toMatchObject({ label: '中资环子公司', unit: '家', kind: 'count' });
    expect(the('中国电建3家下属企业落户园区。', '3').label).toBe('中国电建下属企业');
  });

  it('a firm named before a count of firms stays the firm', () => {
    expect(the('其中宜春时代1户企业拉动全市规上工业增长2.1个百分点。', '1').label).toBe('宜春时代');
  });
});

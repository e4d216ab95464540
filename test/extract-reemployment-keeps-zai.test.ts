/**
 * 再就业 (re-employment) is a noun, as 再生资源 is: its 再 is no connective dropped from the label ("下崗失業人員實現再就業
 * 1.17萬人,比上年增長4.1%", 巴中's 2017 统计公报 in traditional characters, held-out set 57: labelled 下崗失業人員就業).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// 巴中市 2017 统计公报 (繁體).
const BAZHONG = '全年城鎮新增就業3.46萬人,比上年增長0.5%;下崗失業人員實現再就業1.17萬人,比上年增長4.1%。';

describe('再就业', () => {
  it('keeps its 再 in the label, in traditional and simplified characters', () => {
    expect(the(BAZHONG, '1.17', { asOf: '2017年' }).label).toBe('下崗失業人員再就業');
    expect(the(BAZHONG, '4.1', { asOf: '2017年' }).label).toBe('下崗失業人員再就業增速');
    expect(the('全年实现再就业1.17万人。', '1.17').label).toBe('再就业');
  });

  it('再 opening a clause before a verb is still a connective', () => {
    expect(the('再减少企业税负3500亿元左右。', '3500').label).toBe('减少企业税负');
  });
});

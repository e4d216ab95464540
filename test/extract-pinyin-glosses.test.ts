/**
 * Reprint sites' 繁體 copies that gloss characters with their pinyin in brackets ("增長(zhǎng)", "個(gè)百分點(diǎn)",
 * "預(yù)期目標(biāo)"): a gloss is read past, as a wrapped line's break is, so the words it falls in are words again; the
 * quote and the offsets stay the page's own.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';
import { extractFigures } from '../src/shared/extract';

// 工信部's 2020 上半年 news, a reprint site's copy (http://zhenhuasy.com/zixun/202007/23/516638.shtml).
const H1_2020 =
  '工信部表示,今年上半年,我國工業(yè)生產(chǎn)主要指標(biāo)穩(wěn)步回升。全國規(guī)模以上工業(yè)增加值同比下降1.3%,降幅比一季度收窄7.1個(gè)百分點(diǎn),其中二季度增長4.4%,產(chǎn)銷形勢(shì)好轉(zhuǎn)。';
// 2008 年 1 至 11 月, 全国工业和信息化工作会议 (新华社), a reprint site's copy
// (http://nakedoat.com/jrzg/2008-12/19/content_1182844.htm).
const NOV_2008 =
  '新華社北京12月19日電(記者馮曉芳、劉菊花)記者在19日召開(kāi)的全國(guó)工業(yè)和信息化工作會(huì)議上了解到,1至11月,規(guī)模以上工業(yè)增加值比去年同期增長(zhǎng)13.7%,出口交貨值增長(zhǎng)13%。';
// The 2018 政府工作报告's targets (新华社), a reprint site's copy (https://j637.cn/politics/2018lh/2018-03/22/c_1122575453.htm).
const TARGETS_2018 =
  '報(bào)告指出,,2018年發(fā)展主要預(yù)期目標(biāo)是:國(guó)內(nèi)生產(chǎn)總值增長(zhǎng)6.5%左右,;居民消費(fèi)價格漲幅3%左右;城鎮(zhèn)新增就業(yè)1100萬(wàn)人以上,,城鎮(zhèn)調(diào)查失業(yè)率5.5%以內(nèi)。';

describe('a pinyin gloss inside a word', () => {
  it('leaves the unit whole (個百分點)', () => {
    const gap = the(H1_2020, '7.1');
    expect(gap.unit).toBe('個百分點');
    expect(gap.kind).toBe('change');
    expect(the(H1_2020, '1.3').number).toBe(-1.3);
  });

  it('leaves the verb whole: 增長 is a growth, not a share', () => {
    const rate = the(NOV_2008, '13.7');
    expect(rate.kind).toBe('growth');
    expect(rate.label).toBe('規模以上工業增加值增速');
    expect(rate.period).toBe('1-11月');
    expect(the(NOV_2008, '13').kind).toBe('growth');
  });

  it('leaves 預期目標 whole: the list is of targets', () => {
    expect(the(TARGETS_2018, '6.5')).toMatchObject({ status: 'target', kind: 'growth', qualifier: '左右' });
    expect(the(TARGETS_2018, '1100')).toMatchObject({ status: 'target', unit: '萬人', qualifier: '以上' });
    expect(the(TARGETS_2018, '5.5').status).toBe('target');
  });

  it('a gloss given twice is read past too', () => {
    // 国家统计局 on 2021 上半年, a reprint site's copy (http://www.digitalgm.cn/News/Content/385.html).
    const twice =
      '上半年全國(guó)(guó)規(guī)(guī)模以上工業(yè)(yè)企業(yè)(yè)利潤(rùn)(rùn)同比增長(zhǎng)(zhǎng)66.9%,比2019年同期增長(zhǎng)(zhǎng)45.5%。';
    expect(the(twice, '66.9')).toMatchObject({ kind: 'growth', label: '全國規模以上工業企業利潤增速' });
  });

  it('keeps the page’s own offsets and quote', () => {
    const f = extractFigures(NOV_2008).find((x) => x.value === '13.7')!;
    expect(NOV_2008.slice(f.valueStart, f.valueEnd)).toBe('13.7');
    expect(f.quote).toContain('增長(zhǎng)13.7%');
  });

  it('is only a toned syllable right after a Chinese character', () => {
    // A toneless word in brackets is not read past: the unit stops at it.
    expect(the('降幅收窄7.1个(ge)百分点。', '7.1').unit).toBe('个');
    expect(the('降幅收窄7.1个(gè)百分点。', '7.1').unit).toBe('个百分点');
  });
});

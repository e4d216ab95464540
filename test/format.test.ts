import { describe, expect, it } from 'vitest';
import {
  figureParts,
  figurePartsAsWritten,
  formatDateZh,
  formatFigure,
  formatFigureFull,
  formatNumber,
  formatValue,
  shareAsPercent,
  valueIn,
} from '../src/shared/format';
import { extractFigures } from '../src/shared/extract';
import { typesetRuns } from '../src/shared/typeset';
import { convert, convertible, isKnownUnit, simplifiedUnit } from '../src/shared/units';
import type { FigureKind } from '../src/shared/types';

const fig = (valueText: string, value: number, unit: string, kind: FigureKind = 'level', qualifier: string | null = null) => ({
  valueText,
  value,
  unit,
  kind,
  qualifier,
});

describe('figures read the way officials write them', () => {
  it.each([
    [fig('2.45', 2.45, '万亿元'), '2.45万亿元'],
    [fig('1380', 1380, '亿元'), '1380亿元'],
    [fig('18.6', 18.6, '%', 'growth'), '18.6%'],
    [fig('6', 6, '个百分点', 'change'), '6个百分点'],
    [fig('1/3', 1 / 3, '', 'share'), '1/3'],
    [fig('翻了一番', 2, '倍', 'multiple', '多'), '翻了一番多'],
    [fig('翻了三番', 8, '倍', 'multiple'), '翻了三番'],
    [fig('300', 300, '个', 'count', '多'), '300多个'],
    [fig('千亿', 1e11, '元', 'level', '迈上'), '千亿元'],
    [fig('79', 79, '', 'index'), '79'],
    // A page broke the line inside the number (hanzhong-2016-government-work): shown as one number.
    [fig('3.\n9', -3.9, '个百分点', 'change'), '下降3.9个百分点'],
    // A point typed twice (liulin-2024-h1-economy, "同比下降14..3%"): shown once.
    [fig('14..3', -14.3, '%', 'growth'), '下降14.3%'],
  ])('%o → %s', (f, expected) => expect(formatFigure(f)).toBe(expected));

  it('puts prefix qualifiers before the number', () => {
    expect(formatFigureFull(fig('20', 20, '%', 'growth', '超过'))).toBe('超过20%');
    expect(formatFigureFull(fig('300', 300, '万辆', 'level', '突破'))).toBe('突破300万辆');
    expect(figureParts(fig('2.45', 2.45, '万亿元', 'level', '预计'))).toEqual({
      fall: '',
      ordinal: '',
      prefix: '预计',
      number: '2.45',
      inner: '',
      unit: '万亿元',
      suffix: '',
    });
  });

  it('says a rank with its 第, also when the report wrote it without (居全省第一, 列全国10位), once', () => {
    expect(formatFigure(fig('一', 1, '位', 'rank'))).toBe('第一位');
    expect(formatFigureFull(fig('10', 10, '位', 'rank'))).toBe('第10位');
    expect(figureParts(fig('3', 3, '位', 'rank'))).toMatchObject({ ordinal: '第', prefix: '第', number: '3', unit: '位' });
    expect(formatFigure(fig('3', 3, '个', 'count'))).toBe('3个');
  });

  it('keeps every qualifier apart from the number, so one rule can set them all: 300多个, 7%左右', () => {
    expect(figureParts(fig('300', 300, '个', 'count', '多'))).toEqual({
      fall: '',
      ordinal: '',
      prefix: '',
      number: '300',
      inner: '多',
      unit: '个',
      suffix: '',
    });
    expect(figureParts(fig('2000', 2000, '家', 'count', '余'))).toEqual({
      fall: '',
      ordinal: '',
      prefix: '',
      number: '2000',
      inner: '余',
      unit: '家',
      suffix: '',
    });
    expect(figureParts(fig('7', 7, '%', 'growth', '左右'))).toEqual({
      fall: '',
      ordinal: '',
      prefix: '',
      number: '7',
      inner: '',
      unit: '%',
      suffix: '左右',
    });
    expect(formatFigureFull(fig('2000', 2000, '家', 'count', '余'))).toBe('2000余家');
  });

  it('places a 繁體 report\u2019s qualifier, written back in its characters, where the simplified one goes', () => {
    // The extractor reads a traditional report as simplified and writes its words back (超過, 約, 餘, 以內): "超過20%"
    // was shown "超20%過", "約40%" "40%約", "2000餘家" "2000家餘".
    expect(formatFigureFull(fig('20', 20, '%', 'growth', '超過'))).toBe('超過20%');
    expect(formatFigureFull(fig('40', 40, '%', 'share', '約'))).toBe('約40%');
    expect(formatFigureFull(fig('2000', 2000, '家', 'count', '餘'))).toBe('2000餘家');
    expect(figureParts(fig('2000', 2000, '家', 'count', '餘'))).toMatchObject({ inner: '餘', unit: '家', suffix: '' });
    expect(formatFigureFull(fig('4', 4, '%', 'share', '以內'))).toBe('4%以內');
    expect(formatFigureFull(fig('5000', 5000, '亿元', 'level', '邁上'))).toBe('邁上5000亿元');
  });

  it('shows a decline as a decline, wherever the figure is written out', () => {
    expect(formatFigureFull(fig('4.1', -4.1, '%', 'growth'))).toBe('下降4.1%');
    expect(formatFigure(fig('4.1', -4.1, '%', 'growth'))).toBe('下降4.1%');
    expect(formatFigureFull(fig('1.4', -1.4, '个百分点', 'change'))).toBe('下降1.4个百分点');
    expect(formatFigureFull(fig('1289', -1289, '万人', 'change'))).toBe('减少1289万人');
    expect(formatFigureFull(fig('5', -5, '%', 'growth', '超过'))).toBe('下降超过5%');
    expect(figureParts(fig('4.1', -4.1, '%', 'growth'))).toMatchObject({ fall: '下降', prefix: '下降', number: '4.1' });
    // A rate or change the report writes with its sign is a fall like any other, the sign not doubled
    // (test/corpus/jiangmen-2020-08-industry.txt: "制造业下降4.4%,降幅比1-7月(-7.0%)收窄2.6个百分点" put 下降4.4% and
    // -7.0% side by side on one slide).
    expect(formatFigureFull(fig('-3.2', -3.2, '%', 'growth'))).toBe('下降3.2%');
    expect(formatFigureFull(fig('-7.0', -7, '%', 'growth'))).toBe('下降7.0%');
    expect(formatFigureFull(fig('-0.5', -0.5, '个百分点', 'change'))).toBe('下降0.5个百分点');
    expect(figureParts(fig('-7.0', -7, '%', 'growth'))).toMatchObject({ fall: '下降', prefix: '下降', number: '7.0' });
    // A signed level or count (a loss, a temperature) is not a fall: shown as written.
    expect(formatFigureFull(fig('-3', -3, '亿元', 'level'))).toBe('-3亿元');
    // In the report's own words (a quoted sentence), the sign stays as written: "降幅比1-7月(-7.0%)收窄".
    const quote = '降幅比1-7月(-7.0%)收窄2.6个百分点';
    const asWritten = figurePartsAsWritten({ ...fig('-7.0', -7, '%', 'growth'), quote, quoteStart: 0, valueEnd: quote.indexOf('%') });
    expect(asWritten.prefix + asWritten.number + asWritten.unit).toBe('-7.0%');
    expect(formatFigureFull(fig('1.6', 1.6, '倍', 'multiple'))).toBe('1.6倍');
    expect(formatFigureFull(fig('翻了一番', 2, '倍', 'multiple', '多'))).toBe('翻了一番多');
  });

  it('formats plain numbers without binary noise or grouping', () => {
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(6023)).toBe('6023');
    expect(formatNumber(33.3333)).toBe('33.33');
    expect(formatValue(25, '%')).toBe('25%');
    expect(() => formatNumber(Number.NaN)).toThrow(/finite/);
  });

  it('converts within a unit family and refuses across families', () => {
    expect(convert(1380, '亿元', '万亿元')).toBe(0.138);
    expect(valueIn({ value: 2.45, unit: '万亿元' }, '亿元')).toBe(24500);
    expect(() => valueIn({ value: 5700, unit: '亿元' }, '亿美元')).toThrow(/cannot be shown/);
    expect(() => convert(1, '%', '个百分点')).toThrow();
  });

  it("converts, prints and keeps together a traditional report's own units (億元, 個百分點) as the simplified ones", () => {
    // 2022年统计公报, from a reprint in traditional characters.
    const [profit, fall, rate, points] = extractFigures(
      '全年規模以上工業企業利潤84039億元，比上年下降4.0%。營業收入利潤率為6.09%，下降0.64個百分點。',
    );
    expect([profit.unit, points.unit]).toEqual(['億元', '個百分點']);
    const stored = { value: profit.number, unit: profit.unit };
    expect(valueIn(stored, '万亿元')).toBe(8.4039);
    expect(convert(1380, '億元', '萬億元')).toBe(0.138);
    expect(convertible('億元', '亿元')).toBe(true);
    expect(() => valueIn(stored, '亿美元')).toThrow(/cannot be shown/);
    expect(formatFigure(fig(fall.value, fall.number, fall.unit, fall.kind))).toBe('下降4.0%');
    expect(formatFigure(fig(points.value, points.number, points.unit, points.kind))).toBe('下降0.64個百分點');
    expect(formatFigure(fig('1.2', -1.2, '萬人', 'change'))).toBe('減少1.2萬人');
    expect(rate.kind).toBe('share');
    expect([isKnownUnit('億元'), isKnownUnit('萬人'), isKnownUnit('個百分點'), isKnownUnit('億磅')]).toEqual([true, true, true, false]);
    expect(simplifiedUnit('萬千瓦時')).toBe('万千瓦时');
    expect(simplifiedUnit('噸標準煤/萬元')).toBe('吨标准煤/万元');
    expect(
      typesetRuns('利潤84039億元，下降0.64個百分點。')
        .filter((r) => r.kind === 'keep')
        .map((r) => r.text),
    ).toEqual(['84039億元', '0.64個百分點']);
  });

  it('turns shares into percentages for pie charts', () => {
    expect(shareAsPercent({ value: 6, unit: '成', kind: 'share' })).toBe(60);
    expect(shareAsPercent({ value: 1 / 3, unit: '', kind: 'share' })).toBeCloseTo(33.333, 3);
    expect(shareAsPercent({ value: 78, unit: '%', kind: 'share' })).toBe(78);
    expect(() => shareAsPercent({ value: 5, unit: '家', kind: 'count' })).toThrow();
  });

  it('writes dates in Chinese', () => expect(formatDateZh('2016-02-04')).toBe('2016年2月4日'));
});

import { describe, expect, it } from 'vitest';
import {
  chineseNumeral,
  formatDateEn,
  orderedSections,
  partLabel,
  sectionName,
  sectionNumber,
  slideTitle,
} from '../../src/renderer/slides/sections';
import type { Section } from '../../src/shared/types';

const section = (id: number, ord: number, title: string, titleEn = ''): Section => ({
  id,
  key: `s${id}`,
  ord,
  title,
  titleEn,
  start: ord * 100,
  end: ord * 100 + 99,
});
// Stored out of order on purpose: numbering follows `ord`, not the array or the id.
const report = {
  sections: [
    section(30, 2, '产业结构更加优化', 'Industry structure'),
    section(10, 0, '“十二五”发展总貌'),
    section(20, 1, '五大功能区域协调发展', 'Five functional zones'),
  ],
};

describe('section numbering', () => {
  it('writes section numbers the way a Chinese report does', () => {
    expect([1, 2, 6, 10, 11, 20, 21, 99].map(chineseNumeral)).toEqual(['一', '二', '六', '十', '十一', '二十', '二十一', '九十九']);
  });
  it('numbers a section by its order in the report', () => {
    expect(orderedSections(report).map((s) => s.id)).toEqual([10, 20, 30]);
    expect(sectionNumber(report, 20)).toBe(2);
    expect(sectionNumber(report, 30)).toBe(3);
    expect(sectionNumber(report, null)).toBe(0);
    expect(sectionNumber(report, 999)).toBe(0);
  });
  it('labels the part in either language, and nothing for no section', () => {
    expect(partLabel(2, 'zh')).toBe('第二部分');
    expect(partLabel(6, 'zh')).toBe('第六部分');
    expect(partLabel(2, 'en')).toBe('Part 2');
    expect(partLabel(0, 'zh')).toBe('');
  });
  it('names the section in the UI language, falling back to Chinese', () => {
    expect(sectionName(report, 20, 'zh')).toBe('五大功能区域协调发展');
    expect(sectionName(report, 20, 'en')).toBe('Five functional zones');
    expect(sectionName(report, 10, 'en')).toBe('“十二五”发展总貌');
    expect(sectionName(report, null, 'en')).toBe('');
  });
});

describe('slide titles and dates', () => {
  it('uses titleEn in English and falls back to the Chinese title', () => {
    expect(slideTitle({ title: '专利与商标', titleEn: 'Patents and trademarks' }, 'en')).toBe('Patents and trademarks');
    expect(slideTitle({ title: '专利与商标', titleEn: 'Patents and trademarks' }, 'zh')).toBe('专利与商标');
    expect(slideTitle({ title: '专利与商标', titleEn: '  ' }, 'en')).toBe('专利与商标');
  });
  it('writes an English date', () => {
    expect(formatDateEn('2016-02-04')).toBe('4 February 2016');
    expect(formatDateEn('2月4日')).toBe('2月4日');
  });
});

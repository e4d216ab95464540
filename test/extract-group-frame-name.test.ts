/**
 * "在統計的工業非能源產品中,六成以上工業產品實現增長,增長較快工業產品中汽車增長1.5倍,多晶硅增長1.5倍" (新疆 2014 前三季度,
 * a 繁體 copy, held-out set 45, test/corpus/xinjiang-2014-q3-industry-traditional): a group the clause opens with
 * (…产品中, …行业中) frames the name right after it, which is the subject: 汽車, not 工業產品.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { labels } from './extract-helpers';

describe('a group framing the name after it', () => {
  it('the name is the subject', () => {
    const text = '在統計的工業非能源產品中,六成以上工業產品實現增長,增長較快工業產品中汽車增長1.5倍,多晶硅增長1.5倍,電解鋁增長79.9%等。';
    expect(labels(text, ['79.9'])).toEqual(['電解鋁增速']);
    expect(extractLabels(text)).toEqual(['汽車增長倍數', '多晶硅增長倍數']);
    expect(labels('重点行业中汽车制造业增长12%。', ['12'])).toEqual(['汽车制造业增速']);
    expect(labels('规模以上工业企业中国有企业增加值增长5%。', ['5'])).toEqual(['国有企业增加值增速']);
  });

  it('not 中有 (a count of the group)', () => {
    expect(labels('全省企业中有120户增长。', ['120'])).toEqual(['企业']);
  });
});

function extractLabels(text: string): string[] {
  return extractFigures(text)
    .filter((f) => f.unit === '倍')
    .map((f) => f.label);
}

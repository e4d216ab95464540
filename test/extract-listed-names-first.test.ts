/**
 * The first item of a 分别为 list of names each with its number is the name right after 分别为, as the next ones
 * are: "新建投产上规入统工业企业数前三的市州分别为安顺市38家、遵义市17家、黔南州12家" (贵州 2021, held-out set 27)
 * labels 38家 安顺市, not the whole subject before.
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

describe('分别为 A市N、B市M', () => {
  it('labels the first item by its own name', () => {
    const text =
      '从数量看,新建投产上规入统工业企业数前三的市州分别为安顺市38家、遵义市17家、黔南州12家,其余6个市州分别为黔西南州11家、铜仁市10家。';
    const [a, b, c, d, e] = labels(text, ['38', '17', '12', '11', '10']);
    expect(a).toContain('安顺市');
    expect(a).not.toContain('前三');
    expect(b).toContain('遵义市');
    expect(c).toContain('黔南州');
    expect(d).toContain('黔西南州');
    expect(e).toContain('铜仁市');
  });

  it('labels shares listed so the same way', () => {
    const text = '新建投产上规入统工业企业占各市州规模以上工业企业数比重前三的市州分别为安顺市10.9%、黔东南州2.7%。';
    expect(labels(text, ['10.9', '2.7'])).toEqual([expect.stringContaining('安顺市'), expect.stringContaining('黔东南州')]);
  });
});

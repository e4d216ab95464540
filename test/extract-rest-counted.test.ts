/**
 * "其余" (the others) before a count names no subject; the noun after the count does: "其余6个市州分别为黔西南州
 * 11家、铜仁市10家" (贵州 2021, held-out set 27) labels 6个 市州.
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

describe('其余 N个X', () => {
  it('labels the count by the noun after it', () => {
    const text = '新建投产上规入统工业企业数前三的市州分别为安顺市38家、遵义市17家、黔南州12家,其余6个市州分别为黔西南州11家、铜仁市10家。';
    const [rest, first] = labels(text, ['6', '11']);
    expect(rest).toContain('市州');
    expect(rest).not.toContain('其余');
    expect(first).toContain('黔西南州');
  });

  it('does the same for 其他', () => {
    expect(labels('全省14个市州中,8个市州增速加快,其他6个市州增速回落。', ['6'])[0]).toContain('市州');
  });
});

/**
 * A sex ratio, "人口性別比(以女性為100)為103.2" (涪陵 2022 统计公报, held-out set 33), is a figure though written without a
 * unit: males per hundred females, an index on 100 (a level, as "指数为102.7" is), labelled with 性别比 whole (its 比 is
 * no comparison); the base in its bracket is no figure.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

const FULING =
  '戶籍人口中,城鎮人口51.57萬人,鄉村人口60.91萬人,戶籍人口城鎮化率45.85%。按性別分布,男性人口57.13萬人,女性人口55.35萬人,人口性別比(以女性為100)為103.2。全年出生人口0.56萬人,死亡人口0.93萬人,人口自然增長率為-3.36‰。';

describe('a sex ratio', () => {
  it('is a level labelled with 性别比, its base no figure', () => {
    const ratio = the(FULING, '103.2', { asOf: '2022年' });
    expect([ratio.unit, ratio.kind, ratio.number]).toEqual(['', 'level', 103.2]);
    expect(ratio.label).toContain('性別比');
    expect(extractFigures(FULING, { asOf: '2022年' }).some((f) => f.value === '100')).toBe(false);
  });

  it('with 为 alone, or its base written 女=100', () => {
    expect(the('常住人口性别比为103.2。', '103.2').label).toBe('常住人口性别比');
    expect(the('出生人口性别比(女=100)为108.5。', '108.5').kind).toBe('level');
  });

  it('not a bare number elsewhere after 比', () => {
    expect(extractFigures('性别比例调查样本100,较上年增加。').map((f) => f.value)).toEqual([]);
  });
});

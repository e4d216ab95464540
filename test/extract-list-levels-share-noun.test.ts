/**
 * Levels alone before a list's last item share the noun it writes after its own level: "省级和国家级企业技术中心分别达到
 * 453家和23家,分别比“十五”末增加140%和187.5%" (安徽's 2010 industry plan, test/corpus/anhui-2010-industry-plan) are
 * 省级企业技术中心 and 国家级企业技术中心; 453家 and 140% were labelled 省级 and 省级增速, a level that names nothing.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const labels = (text: string) => extractFigures(text, { asOf: '2010年' }).map((f) => [f.value, f.label]);

describe('levels alone before the last item of a list', () => {
  it('share the noun after its level (安徽 2010)', () => {
    const got = labels(
      '企业创新能力增强,2010年企业研发费用和研发成果占全社会总数的比重均超过70%,省级和国家级企业技术中心分别达到453家和23家,分别比“十五”末增加140%和187.5%。',
    );
    expect(got.slice(1)).toEqual([
      ['453', '省级企业技术中心'],
      ['23', '国家级企业技术中心'],
      ['140', '省级企业技术中心增速'],
      ['187.5', '国家级企业技术中心增速'],
    ]);
  });

  it('written with 、 too, and not names that end otherwise', () => {
    expect(labels('国家级、省级重点实验室分别达到5个和20个。').map(([, l]) => l)).toEqual(['国家级重点实验室', '省级重点实验室']);
    expect(labels('国家重点实验室和省级工程中心分别达到5个和20个。').map(([, l]) => l)).toEqual(['国家重点实验室', '省级工程中心']);
  });
});

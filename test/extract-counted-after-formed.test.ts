/**
 * A count after 形成 or 拥有 counts the noun after it ("初步形成了17家国家制造业创新中心"), not the verb before.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('what was formed or is held, counted', () => {
  // 工信部 on the “十三五” years (http://qinggy.com/hy/jiadian/12341.html).
  const MIIT_13TH =
    '二是创新能力显著提高,2019年,我国规模以上工业企业研发投入强度达1.32%,比2015年提高0.42个百分点。初步形成了17家国家制造业创新中心为核心,100余家省级制造业创新中心为补充的制造业创新网络。';

  it('labels the count with its noun', () => {
    expect(the(MIIT_13TH, '17')).toMatchObject({ kind: 'count', label: '国家制造业创新中心' });
    expect(the('全省拥有规上工业企业3907个,比上年增加120个。', '3907').label).toBe('规上工业企业');
  });
});

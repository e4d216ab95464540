/**
 * A comparison denied by 不 ("不低于", "不高于"…) with what it compares with named before the number is a floor or a
 * ceiling, and the number is that figure's own: a level, not a gap below or above ("以今年工业投资(不含电力)不低于去年实际
 * 完成数2201.5亿元测算", 云南's 工信委 on 2016 1-9月, held-out set 57).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// 云南省工业和信息化委 2016年1-9月 工业投资通报.
const YUNNAN = '以今年工业投资(不含电力)不低于去年实际完成数2201.5亿元测算,四季度平均每月需完成投资238亿元。';

describe('a comparison denied by 不', () => {
  it('names a figure of its own: the number after it is a level, positive, labelled before the 不', () => {
    expect(the(YUNNAN, '2201.5', { asOf: '2016年1-9月' })).toMatchObject({ number: 2201.5, kind: 'level', label: '以今年工业投资' });
    expect(the('全年工业投资不高于上年完成额500亿元。', '500')).toMatchObject({ number: 500, kind: 'level' });
  });

  it('a comparison without 不 is still a gap, and 不低于 right before its number still a bound', () => {
    expect(the('增速低于全省平均水平1.2个百分点。', '1.2')).toMatchObject({ number: -1.2, kind: 'change' });
    expect(the('增速不低于10%。', '10')).toMatchObject({ number: 10, qualifier: '不低于' });
  });
});

/**
 * What is needed to reach a target (需完成, 需实现, 需要达到…) is a target, not a result: "以今年全年目标数2300亿元测算,
 * 四季度每月需实现投资271亿元" (云南's 工信委 on 2016 1-9月 工业投资, held-out set 57).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// 云南省工业和信息化委 2016年1-9月 工业投资通报.
const YUNNAN =
  '今年1-9月,全省工业投资(不含电力)平均每月实现投资额144.6亿元,同比减少12.7亿元。以今年工业投资(不含电力)不低于去年实际完成数2201.5亿元测算,四季度平均每月需完成投资238亿元;以今年全年目标数2300亿元测算,四季度每月需实现投资271亿元,任务十分艰巨。';

describe('what is needed to reach a target', () => {
  it('is a target', () => {
    expect(the(YUNNAN, '238', { asOf: '2016年1-9月' }).status).toBe('target');
    expect(the(YUNNAN, '271', { asOf: '2016年1-9月' }).status).toBe('target');
    expect(the('完成全年任务,后两个月需要达到每月50亿元。', '50').status).toBe('target');
  });

  it('what was done, and a demand (需求), are results', () => {
    expect(the(YUNNAN, '144.6', { asOf: '2016年1-9月' }).status).toBe('actual');
    expect(the('市场需求增长5.2%。', '5.2').status).toBe('actual');
  });
});

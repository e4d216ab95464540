/**
 * A contribution (拉动…N个百分点) written after a 、 instead of a comma is still of the subject of the figure before it.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('拉动 after 、', () => {
  it('黑龙江 2024 前三季度 (held-out set 26): of 设备工器具购置投资, as after a comma', () => {
    const t = '前三季度,黑龙江省制造业技术改造投资增速达到11.3%,其中设备工器具购置投资占比52.3%、拉动制造业技改投资增速5.7个百分点。';
    expect(the(t, '5.7', { asOf: '2024年前三季度' }).label).toContain('设备工器具购置投资');
    expect(the(t.replace('%、拉动', '%,拉动'), '5.7').label).toBe(the(t, '5.7').label);
  });
});

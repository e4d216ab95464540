/**
 * A count of firms, projects or parks named right after it, after a verb of what was done and a few words of where
 * (完成沿江134家化工企业): the firms are what is counted, not the place. A firm's name before "1户企业" with no such
 * verb stays the subject.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a count after a verb and a place', () => {
  it('counts the firms named after it', () => {
    // 宜昌 2025, the 湖北 经信厅's review of the year (held-out set 25).
    const label = the('践行绿色发展。历时八年完成沿江134家化工企业“关改搬转”。', '134', { asOf: '2025年' }).label;
    // (The slogan in quotes closing the noun is what was done to them, not part of it.)
    expect(label).toBe('化工企业');
    expect(the('全年关停城区12家化工企业。', '12').label).toContain('化工企业');
  });

  it('keeps a quoted name inside the noun', () => {
    expect(the('新增3个国家级“小巨人”企业。', '3').label).toContain('“小巨人”企业');
  });

  it('not a firm’s own name, with no verb before it', () => {
    // 宜春 2024 (held-out set 18).
    expect(the('其中宜春时代1户企业拉动全市规上工业增加值增长3.9个百分点。', '1').label).toBe('宜春时代');
  });
});

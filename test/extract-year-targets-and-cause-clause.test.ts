/**
 * 新疆 2014 (held-out set 45, test/corpus/xinjiang-2014-q3-industry-traditional.txt, a 繁體 copy): a first line on the
 * year's projects ("2014年…提前3个月完成全年目标任务") and then 前三季度's industry. The year's targets (全年目标任务),
 * which a part of the year goes towards, do not make the report one on the whole year: it is stored as of 2014年前三季度.
 * A clause opening its sentence with 随着 goes with the main clause after it: its 8个 projects are 2014年's.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { reportAsOf } from '../src/shared/report-as-of';

const XINJIANG =
  '隨著新疆維吾爾自治區喀什市城市安全飲水工程等8個自治區新開工重點項目的全面實施,2014年新疆重點新開工項目達到51項,' +
  '提前3個月完成全年目標任務;完成投資2282.77億元,是全年目標任務的六成多。\n' +
  '前三季度,新疆工業生產保持平穩,產品銷售率進一步回升。規模以上工業企業增加值同比增長10%,增速達到2位數。\n';

describe('新疆 2014: the year’s projects, then 前三季度', () => {
  it('is stored as of 2014年前三季度', () => {
    expect(reportAsOf(XINJIANG, [], '2026年')).toBe('2014年前三季度');
  });

  it('a whole year’s word still makes it one on the year', () => {
    expect(reportAsOf(XINJIANG.replace('是全年目標任務的六成多', '全年增長12%'), [], '2026年')).toBe('2014年');
  });

  it('its 随着 clause’s 8个 is of 2014年, as the clause after it', () => {
    const read = () => extractFigures(XINJIANG, { asOf: '2014年前三季度' });
    expect(read().find((f) => f.value === '8')?.period).toBe('2014年');
    expect(read().find((f) => f.value === '51')?.period).toBe('2014年');
    expect(read().find((f) => f.value === '10')?.period).toMatch(/前三季度$/u);
  });
});

/**
 * By how much a task, a target or a plan was passed is a change against it, in any unit and after any figure:
 * "招商引资到位资金6350万元,超年度任务5.8%" (安康, held-out set 17), and so "超年度任务350万元" (not a second level of
 * 到位资金), "超年度任务两成", and a rate passing a growth target ("全省规模以上工业增加值同比增长8.5%,超年度预期目标0.5
 * 个百分点", the corpus's form, here in %: not a growth of 1.7%). Written from the survivors of extract-figure's mutation
 * run (session 33: figure-kind.ts, `kind === 'share' && t.unit === '%' && clausePre.includes('超') && OVER_TASK…`, whose
 * guards were too narrow).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('by how much a task was passed', () => {
  it('is a change in %, as the corpus writes it', () => {
    expect(the('招商引资到位资金6350万元,超年度任务5.8%。', '5.8')).toMatchObject({ kind: 'change', number: 5.8 });
  });

  it('is a change in an amount, not a second level of the measure', () => {
    const text = '招商引资到位资金6350万元,超年度任务350万元。';
    expect(the(text, '6350')).toMatchObject({ kind: 'level', label: '招商引资到位资金' });
    expect(the(text, '350')).toMatchObject({ kind: 'change', number: 350 });
  });

  it('is only what passes a task: a count after 超 of no task stays a count', () => {
    expect(the('全市产值超百亿元的企业达到15家。', '15')).toMatchObject({ kind: 'count', number: 15 });
  });

  it('is a change in 成', () => {
    expect(the('招商引资到位资金6350万元,超年度任务两成。', '两')).toMatchObject({ kind: 'change', unit: '成' });
  });

  it('is a change after a growth rate, not a growth rate', () => {
    const text = '全市规上工业增加值增长9.7%,超年度目标1.7%。';
    expect(the(text, '9.7')).toMatchObject({ kind: 'growth' });
    expect(the(text, '1.7')).toMatchObject({ kind: 'change', label: '规上工业增加值超年度目标', number: 1.7 });
  });
});

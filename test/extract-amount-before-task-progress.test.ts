/**
 * An amount followed by 的任务 or 的目标 is the target set for the measure before ("规模以上工业企业营收为30.86亿元,提前一个月
 * 完成市下达的30亿元的任务", a county's 2021 work summary); an amount followed by a comma, then how far the task is done
 * ("工业投资完成30亿元,任务完成进度达75%"), is a result of its own measure. Written from the survivors of extract-figure's
 * mutation run (session 33: figure-kind.ts, taskAmount).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('an amount before the words of a task', () => {
  it('is the target, right before 的任务', () => {
    const text = '规模以上工业企业营收增长12%,提前一个月完成市下达的30亿元的任务。';
    expect(the(text, '30')).toMatchObject({ label: '规模以上工业企业营收目标', status: 'target' });
  });

  it('is a target named by no rate word, after a bare rate', () => {
    const text = '增速为12%,提前一个月完成市下达的30亿元的任务。';
    expect(the(text, '30')).toMatchObject({ label: '目标', status: 'target' });
  });

  it('is a result of its own measure, a comma before the task’s progress', () => {
    const text = '规上工业总产值完成120亿元,同比增长8%;工业投资完成30亿元,任务完成进度达75%。';
    expect(the(text, '30')).toMatchObject({ kind: 'level', label: '工业投资', status: 'actual' });
  });
});

/**
 * 预计 right before an average rate ("预计年均增长24.5%") estimates that average, the span not over yet, up to its ；:
 * the statements after it are results unless they say 预计 again: "2016年至2018年,分别完成国内生产总值236.3亿元、
 * 314.5亿元、365亿元,预计年均增长24.5%;分别完成工业开票销售506亿元、639.4亿元、785亿元,预计年均增长27.9%"
 * (金坛经济开发区, held-out set 55): 506亿元 (2016's) and the other past levels were read as estimates.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const read = (text: string) => extractFigures(text, { asOf: '2018年' }).map((f) => `${f.value}${f.unit} ${f.status}`);

describe('the estimate of an average rate', () => {
  it('governs its own statement, up to its ；, and a later one saying 预计 again', () => {
    const jintan = () =>
      read(
        '2016年至2018年,分别完成国内生产总值236.3亿元、314.5亿元、365亿元,预计年均增长24.5%;分别完成工业开票销售506亿元、639.4亿元、785亿元,预计年均增长27.9%。',
      );
    expect(jintan()).toEqual([
      '236.3亿元 actual',
      '314.5亿元 actual',
      '365亿元 actual',
      '24.5% estimate',
      '506亿元 actual',
      '639.4亿元 actual',
      '785亿元 actual',
      '27.9% estimate',
    ]);
  });

  it('not any other 预计, which governs the rest of its sentence', () => {
    const rest = () => read('预计全年增长24.5%;完成工业开票销售785亿元。');
    expect(rest()).toEqual(['24.5% estimate', '785亿元 estimate']);
    // Nor an average with no ； after it.
    const comma = () => read('预计年均增长24.5%,完成工业开票销售785亿元。');
    expect(comma()).toEqual(['24.5% estimate', '785亿元 estimate']);
  });
});

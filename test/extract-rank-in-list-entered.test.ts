/**
 * A place with no subject of its own after a clause saying a list or league was entered (入选“全国县域经济强县”,
 * 入选全国百强县) is the place in that list, not the rank of the figure before it.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

describe('a rank after a list entered', () => {
  it('is in that list', () => {
    // 进贤县 2018 政府工作报告 (held-out set 25): the rank came out as 农村居民人均可支配收入's.
    const text = '城镇和农村居民人均可支配收入分别达34525元、18352元,分别增长8.5%、9%。我县连续两年入选“全国县域经济强县”,列全省第8位。';
    const rank = extractFigures(text, { asOf: '2018年' }).find((f) => f.value === '8')!;
    expect(rank.label).toContain('县域经济强县');
    expect(rank.label).not.toContain('收入');
    expect(the('我县入选全国百强县,居第56位。', '56').label).toContain('百强县');
  });

  it('not without such a clause', () => {
    expect(the('全县规模以上工业增加值增长9.9%,居全省第8位。', '8').label).toContain('规模以上工业');
  });
});

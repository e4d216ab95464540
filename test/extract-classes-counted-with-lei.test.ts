/**
 * Classes counted with 类, the measure word 个 left out, as with 大类: "在重点检测的41大类中,有21类行业实现正增长"
 * (辽宁 2020 4月, held-out set 54): 21类 was not read.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const LIAONING = '在重点检测的41大类中,有21类行业实现正增长,其中,汽车制造业等主要行业4月增幅均在5%以上。';

describe('classes counted with 类', () => {
  it('is a count, as 大类 is', () => {
    const read = () => extractFigures(LIAONING, { asOf: '2020年4月' }).map((f) => `${f.value}${f.unit} ${f.kind}`);
    expect(read()).toEqual(['41大类 count', '21类 count', '5% growth']);
  });

  it('not in 类似', () => {
    const read = () => extractFigures('建成3类似项目,产值增长5%。').map((f) => `${f.value}${f.unit}`);
    expect(read()).toEqual(['5%']);
  });
});

/**
 * A count of the 州市 (as 市州, 县市 as 市县) a clause picks out before 的, "…正增长的州市有8个", also with 也 or 均 before
 * 有 ("同比下降的州市也有8个"), is labelled by them, not by the measure of the clause before nor by the last place of a
 * list before it (云南's 工信委 on 2016 1-9月 工业投资, held-out set 57).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

// 云南省工业和信息化委 2016年1-9月 工业投资通报 (the lists shortened).
const YUNNAN =
  '分州市看,全省工业投资(不含电力)同比实现正增长的州市有8个,依次为:迪庆州增长54.9%、楚雄州增长27.5%、大理州增长1.0%;同比下降的州市也有8个,依次为:丽江市下降47%、昆明市下降5.8%。';

describe('the 州市 a clause picks out, counted with 有', () => {
  it('label the count', () => {
    const counts = () => extractFigures(YUNNAN).filter((f) => f.value === '8');
    expect(counts().map((f) => [f.kind, f.label])).toEqual([
      ['count', '州市'],
      ['count', '州市'],
    ]);
    expect(the('全省工业投资同比下降的县市也有6个。', '6').label).toBe('县市');
  });

  it('the places listed after are labelled by their names, as before', () => {
    expect(the(YUNNAN, '54.9').label).toBe('迪庆州增速');
    expect(the(YUNNAN, '5.8').label).toBe('昆明市增速');
  });
});

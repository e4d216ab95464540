/**
 * 十种有色金属 (the ten non-ferrous metals) is a product as statistics list it, its output a figure, whether the page
 * writes the ten in words or in digits: "汽车、原油加工、…、乙烯、10种有色金属、化肥、耐火材料制品、饲料等主要产品产量
 * 4月实现同比、环比双增长" (辽宁 2020 4月, held-out set 54): 10种 was read as a count of metals.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const LIAONING =
  '68种主要工业产品中,有36种产品实现同比正增长,41种产品环比增长。其中,汽车、原油加工、水泥、乙烯、10种有色金属、化肥、耐火材料制品、饲料等主要产品产量4月实现同比、环比双增长。';

describe('ten non-ferrous metals named in digits', () => {
  it('is a product in a list of products, no count', () => {
    const read = () => extractFigures(LIAONING).map((f) => `${f.value}${f.unit}`);
    expect(read()).toEqual(['68种', '36种', '41种']);
  });

  it('its output is a figure of the product; other kinds counted with 种 stay counts', () => {
    const metals = () => extractFigures('10种有色金属产量1620.5万吨,增长3.8%。').map((f) => `${f.value}${f.unit} ${f.label}`);
    expect(metals()).toEqual(['1620.5万吨 10种有色金属产量', '3.8% 10种有色金属产量增速']);
    const counted = () => extractFigures('全市新增有色金属加工产品10种。').map((f) => `${f.value}${f.unit}`);
    expect(counted()).toEqual(['10种']);
  });
});

/**
 * Names listed after a count of as many of them and 是 ("最有力的5个行业是A、B、…、E"), in the clause before a bare
 * rate's 分别 list ("增速分别为…"), are its items; the count is no figure of theirs: "其中拉动全市工业增长最有力的5个行业
 * 是电气机械和器材制造业、…、化学原料和化学制品制造业,增速分别为37.52%、22.13%、37.81%、29.67%和17.41%" (南宁 2015
 * 前九月, held-out set 55): all five were labelled 行业增速.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const read = (text: string) => extractFigures(text, { asOf: '2015年1-9月' }).map((f) => `${f.value}${f.unit} ${f.label}`);

describe('names after a count of them and 是, before a list of rates', () => {
  it('are the items of the list', () => {
    const nanning = () =>
      read(
        '其中拉动全市工业增长最有力的5个行业是电气机械和器材制造业、计算机通信和其他电子设备制造业、木材加工和木竹藤棕草制品业、橡胶和塑料制品业、化学原料和化学制品制造业,增速分别为37.52%、22.13%、37.81%、29.67%和17.41%。',
      );
    expect(nanning()).toEqual([
      '5个 行业',
      '37.52% 电气机械和器材制造业增速',
      '22.13% 计算机通信和其他电子设备制造业增速',
      '37.81% 木材加工和木竹藤棕草制品业增速',
      '29.67% 橡胶和塑料制品业增速',
      '17.41% 化学原料和化学制品制造业增速',
    ]);
    const three = () => read('增长最快的三大产业为电子信息、装备制造、生物医药,增速分别为20.1%、15.2%和12.3%。');
    expect(three()).toEqual(['20.1% 电子信息增速', '15.2% 装备制造增速', '12.3% 生物医药增速']);
  });

  it('not when the count is not of as many names', () => {
    const other = () => read('其中增长较快的4个行业是电气机械和器材制造业、橡胶和塑料制品业,增速分别为37.52%和29.67%。');
    expect(other().some((x) => x.startsWith('37.52% 电气机械'))).toBe(false);
  });
});

/**
 * Firms picked out by a bound with no number of its own ("亿元以上企业") are what a count of them counts, the bound
 * kept in their name; the measure the bound is on (产值达到…) is not the subject.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';
import { extractFigures } from '../src/shared/extract';

describe('a bound with no number before the firms it picks out', () => {
  it('乌拉特后旗 2023 1-8月 (held-out set 26): 亿元以上企业, not 产值', () => {
    const t = '1-8月份,全旗52户规上企业完成工业总产值154.3亿元。分企业看,产值达到亿元以上企业共15户,占全部工业产值的93.1%。';
    expect(the(t, '15', { asOf: '2023年1-8月' }).label).toBe('亿元以上企业');
    expect(the(t, '93.1', { asOf: '2023年1-8月' }).label).toContain('亿元以上企业');
  });

  it('a bound with its number is left out as before', () => {
    expect(the('销售收入超过10亿元的企业达到120户。', '120').label).toBe('企业');
  });
});

describe('a bound before the kind of projects or firms it picks out', () => {
  it('names a class, no figure: "3000萬元以上工業項目" (泰兴 2009, held-out set 30), "500万元以上产业项目" (大庆 2016)', () => {
    const taixing = '注冊協議利用外資5億美元,實際利用外資1.3億美元,完成自營出口4.8億美元。實施3000萬元以上工業項目75個,總投資101.8億元,項目平均投資規模超過億元。';
    const found = extractFigures(taixing, { asOf: '2009年' });
    expect(found.map((f) => f.value)).toEqual(['5', '1.3', '4.8', '75', '101.8']);
    expect(the(taixing, '75', { asOf: '2009年' })).toMatchObject({ kind: 'count', label: '3000萬元以上工業項目' });
    const daqing = '今年全市共落实投资500万元以上产业项目244个,总投资1434亿元。';
    expect(extractFigures(daqing, { asOf: '2016年' }).map((f) => f.value)).toEqual(['244', '1434']);
  });

  it('leaves a bound that is the figure’s own qualifier a figure: "粮食产量稳定在180万吨以上"', () => {
    expect(the('粮食产量稳定在180万吨以上,工业项目建设加快。', '180', { asOf: '2023年' })).toMatchObject({ qualifier: '以上', unit: '万吨' });
  });
});

/**
 * Names picked out with their rates in brackets ("正增长的有大埔县(233.1%)、五华县(76.2%)", 梅州 2023 1-8月) are parts of
 * the measure whose rate came before them in the same sentence (工业投资); after a share, which is no rate, they take
 * no measure from it.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('names picked out after a rate in their sentence', () => {
  it('take the measure of that rate', () => {
    const text = '全市工业投资同比增长13.4%,正增长的有大埔县(233.1%)、五华县(76.2%)。';
    expect(the(text, '233.1').label).toBe('大埔县工业投资增速');
    expect(the(text, '76.2').label).toBe('五华县工业投资增速');
  });
});

describe('names picked out after a share in their sentence', () => {
  it('take no measure from the share', () => {
    const text = '全市工业投资占全部投资的35.2%,正增长的有大埔县(233.1%)、五华县(76.2%)。';
    expect(the(text, '233.1').label).toBe('大埔县增速');
    expect(the(text, '76.2').label).toBe('五华县增速');
  });
});

describe('names picked out with the measure of the rate before', () => {
  it('take it once when they name it themselves', () => {
    const text = '全市工业投资同比增长13.4%,正增长的有大埔县工业投资(233.1%)、五华县工业投资(76.2%)。';
    expect(the(text, '233.1').label).toBe('大埔县工业投资增速');
    expect(the(text, '76.2').label).toBe('五华县工业投资增速');
  });

  it('take a measure of two characters (投资)', () => {
    const text = '全市投资同比增长13.4%,正增长的有大埔县(233.1%)、五华县(76.2%)。';
    expect(the(text, '233.1').label).toBe('大埔县投资增速');
  });

  it('take it without the place the report named before its own (海南全省)', () => {
    const text = '海南全省工业投资同比增长13.4%,正增长的有海口市(33.1%)、三亚市(16.2%)。';
    expect(the(text, '33.1').label).toBe('海口市工业投资增速');
  });
});

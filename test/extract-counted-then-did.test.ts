/**
 * What bodies counted then do is no part of what is counted (吉林市 2025, held-out set 21): "20 户重点增量企业满产增产"
 * counts 重点增量企业, "13 户企业升规入统" 企业, "为 314 户规上企业开展数字化诊断" 规上企业; "4座煤矿陆续开工建设" (萧县 2011)
 * 煤矿. A verb opening the noun names it: 签约项目, 新开工项目.
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

describe('the noun after a count', () => {
  it('stops before what the bodies then do (吉林市 2025)', () => {
    const text =
      '突出控减挖潜,华微电子等20户重点增量企业满产增产,中核新材料等13户企业升规入统。突出数智赋能,为314户规上企业开展数字化诊断。';
    expect(labels(text, ['20', '13', '314'])).toEqual(['重点增量企业', '企业', '规上企业']);
  });

  it('drops 陆续 before the verb (萧县 2011)', () => {
    expect(labels('大屯、张庄寨、郭庄、穆集等4座煤矿陆续开工建设。', ['4'])).toEqual(['煤矿']);
  });

  it('keeps a verb that opens the noun', () => {
    expect(labels('全市新增5个签约项目,12个新开工项目落地。', ['5', '12'])).toEqual(['新增签约项目', '新开工项目']);
  });
});

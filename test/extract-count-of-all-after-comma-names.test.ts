/**
 * The count of all the items of a list and what they are, written after the last of names set apart by commas, is
 * none of that name: "“四降”:1-10月,信息传输、软件和信息技术服务业,租赁和商务服务业,居民服务、修理和其他服务业,教育四类
 * 行业增速分别为28.8%、11.1%、24.3%和21.3%,分别较前三季度回落2.5、1.8、1.8和4.0个百分点" (a district's 2016 1-10月
 * services, http://tisino.com/cn/statisticalwindow/20161202/MTQ4MDY0NJC0ODQ.html): 21.3% was 教育四类行业增速.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const FOUR =
  '“四降”:1-10月,信息传输、软件和信息技术服务业,租赁和商务服务业,居民服务、修理和其他服务业,教育四类行业增速分别为28.8%、11.1%、24.3%和21.3%,分别较前三季度回落2.5、1.8、1.8和4.0个百分点。';

const labels = (text: string) =>
  extractFigures(text, { asOf: '2016年1-10月' })
    .filter((f) => f.kind !== 'count')
    .map((f) => f.label);

describe('a count of all after names set apart by commas', () => {
  it('is no part of the last name (a district, 2016 1-10月)', () => {
    expect(labels(FOUR)).toEqual([
      '信息传输、软件和信息技术服务业增速',
      '租赁和商务服务业增速',
      '居民服务、修理和其他服务业增速',
      '教育增速',
      '信息传输、软件和信息技术服务业增速变化',
      '租赁和商务服务业增速变化',
      '居民服务、修理和其他服务业增速变化',
      '教育增速变化',
    ]);
  });

  it('written with 等 and 个 (the 3个 a count of its own)', () => {
    const text = '1-10月,交通运输、仓储和邮政业,批发和零售业,住宿和餐饮业等3个行业增速分别为5.1%、8.2%和6.3%。';
    expect(labels(text)).toEqual(['交通运输、仓储和邮政业增速', '批发和零售业增速', '住宿和餐饮业增速']);
  });
});

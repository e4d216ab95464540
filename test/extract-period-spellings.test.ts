/**
 * Periods as pages spell them: 两 for two in 前两个月 and 前两月, 头 for 前 (头两个月), a dash typed twice (1--4月, 1——4月) as a page
 * converted from an em dash writes it.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';
import { reportPeriod } from '../src/shared/extract/report-period';

describe('前两个月, 前两月', () => {
  it('are the first two months of the year', () => {
    // 宝鸡 (http://zhtxs.com/e/wap/show.php?classid=369&id=6027).
    expect(the('前两个月,全市规模以上工业企业完成总产值359.7亿元,同比增长22.5%。', '359.7').period).toBe('1-2月');
    expect(the('宝鸡前两月完成规上工业企业总产值359.7亿元。', '359.7').period).toBe('1-2月');
    // (提前两个月 is ahead of time, no period.)
    expect(the('2016年,全市提前两个月完成全年任务,规上工业增加值增长9%。', '9').period).toBe('2016年');
  });
});

describe('头两个月', () => {
  it('are the first two months, as 前两个月, and no part of the label', () => {
    // fujian-2011-02-manufacturing (held-out set 43), dated 2011-03-17.
    const fujian =
      '伴随投资的强劲增长,福建机械装备、电子信息、石油化工三大主导产业进一步发展壮大,今年头两个月实现增加值逾330亿元,比增23.1%,比规模以上工业增速高出2.5个百分点,对规模以上工业增加值的增长贡献率为41.7%。';
    const f = the(fujian, '330', { asOf: '2011年1-2月' });
    expect(f.period).toBe('1-2月');
    expect(f.label).not.toContain('头两个月');
    expect(the(fujian, '41.7', { asOf: '2011年1-2月' }).period).toBe('1-2月');
    expect(the('2011年头三个月,全市规模以上工业增加值增长12%。', '12').period).toBe('2011年1-3月');
    // (龙头 is no time: a leading firm.)
    expect(the('2016年,龙头两个月内投产,规上工业增加值增长9%。', '9').period).toBe('2016年');
  });
});

describe('a dash typed twice', () => {
  it('joins two months as one does', () => {
    // 德阳 2013 (http://tjj.deyang.gov.cn/tjgz/fbyjd/989118.htm): its title.
    expect(reportPeriod('1--4月德阳工业生产稳定增长\n发布时间:\n2013-05-21\n今年以来,德阳工业生产保持平稳增长态势。').period).toBe(
      '2013年1-4月',
    );
    expect(the('1——4月,全市规模以上工业增加值增长11.8%。', '11.8').period).toBe('1-4月');
  });
});

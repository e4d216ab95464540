/**
 * The year inside an evaluation's frame (在2021年度…综合考评中) is that evaluation's; a next frame of another evaluation
 * that names no year is of the sentence's time again (芜湖经开区 2022, held-out set 23: the 全省 ranking was read as
 * 2021年). Without a second frame, the frame's year holds on as any time of a sentence does.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const periods = (text: string, asOf = '2022年') => extractFigures(text, { asOf }).map((f) => `${f.value}${f.unit} ${f.period}`);

describe('the year of an evaluation named in its frame', () => {
  it('holds up to the next evaluation frame (芜湖经开区 2022)', () => {
    const text =
      '2022年,经开区入选国家进口贸易促进创新示范区、获中国家电智能制造基地、省级智能网联汽车特色产业园等称号,在2021年度全国217家国家级开发区综合考评中位列第13位,在全省126家省级以上开发区综合考评中位列第3位。';
    expect(periods(text)).toEqual(['217家 2021年', '13位 2021年', '126家 2022年', '3位 2022年']);
  });

  it('holds on when no other frame follows, and a next frame naming its own year keeps it', () => {
    expect(periods('在2022年全省营商环境评价中,我市排名第5位,较上年前移3位。', '2023年')).toEqual(['5位 2022年', '3位 2022年']);
    expect(periods('在2021年度全省考核中位列第2位,在2022年全省营商环境评价中排名第5位。', '2023年')).toEqual(['2位 2021年', '5位 2022年']);
  });

  it('is not a frame without 在 before the year', () => {
    expect(periods('2021年度全省考核中位列第2位,在全市营商环境评价中排名第5位。', '2022年')).toEqual(['2位 2021年', '5位 2021年']);
  });
});

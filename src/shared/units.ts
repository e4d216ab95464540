/** Units the briefing knows, grouped into families whose members convert into one another. */
import { BASE_UNITS } from './extract/units';

const FAMILIES: Record<string, Record<string, number>> = {
  yuan: { 元: 1, 万元: 1e4, 亿元: 1e8, 万亿元: 1e12 },
  usd: { 美元: 1, 万美元: 1e4, 亿美元: 1e8 },
  pieces: { 件: 1, 万件: 1e4 },
  vehicles: { 辆: 1, 万辆: 1e4 },
  tonnes: { 吨: 1, 万吨: 1e4 },
  units: { 台件: 1, 万台件: 1e4, 亿台件: 1e8 },
  area: { 平方米: 1, 万平方米: 1e4 },
  persons: { 人次: 1, 万人次: 1e4, 亿人次: 1e8 },
  people: { 人: 1, 万人: 1e4, 亿人: 1e8 },
  households: { 户: 1, 万户: 1e4 },
  firms: { 家: 1, 万家: 1e4 },
  items: { 个: 1, 万个: 1e4 },
  mu: { 亩: 1, 万亩: 1e4, 亿亩: 1e8 },
  kwh: { 千瓦时: 1, 万千瓦时: 1e4, 亿千瓦时: 1e8 },
  kw: { 千瓦: 1, 万千瓦: 1e4, 亿千瓦: 1e8 },
  teu: { 标箱: 1, 万标箱: 1e4 },
  bare: { 万: 1e4, 亿: 1e8, 万亿: 1e12 },
};

function familyOf(unit: string): [string, Record<string, number>] | undefined {
  for (const [name, members] of Object.entries(FAMILIES)) if (unit in members) return [name, members];
  return undefined;
}

export function convertible(from: string, to: string): boolean {
  if (from === to) return true;
  const a = familyOf(from);
  const b = familyOf(to);
  return !!a && !!b && a[0] === b[0];
}

/** Convert a value between two units of one family (亿元 → 万亿元). Throws on units that do not convert. */
export function convert(value: number, from: string, to: string): number {
  if (from === to) return value;
  const a = familyOf(from);
  const b = familyOf(to);
  if (!a || !b || a[0] !== b[0]) throw new Error(`cannot convert ${from || '(no unit)'} to ${to || '(no unit)'}`);
  // Round away binary noise (1380 亿元 → 0.138 万亿元, not 0.13799999999999998).
  return Number(((value * a[1][from]) / b[1][to]).toPrecision(12));
}

/** Units a figure may carry: every family member, plus the unit-less ones (fractions, indices) and counts. */
export const KNOWN_UNITS: readonly string[] = [
  ...new Set([
    '',
    ...Object.values(FAMILIES).flatMap((f) => Object.keys(f)),
    '%',
    '个百分点',
    '个点',
    '倍',
    '家',
    '个',
    '项',
    '班',
    '天',
    '条',
    '批',
    '所',
    '座',
    '名',
    '种',
    '次',
    '套',
    '户',
    '万户',
    '平方公里',
    '台',
    '万台',
    '成',
    '个月',
    '位',
    '‰',
  ]),
];

/** Every unit the extractor writes: a base unit (元, 人, 千瓦时, 个月, 成…) after an optional 万/亿/万亿. */
const EXTRACTOR_UNIT = new RegExp(`^(?:万亿|亿|万)?(?:${BASE_UNITS.filter((u) => u !== '％').join('|')})$|^(?:万亿|亿|万)$`, 'u');

export const isKnownUnit = (unit: string): boolean => KNOWN_UNITS.includes(unit) || EXTRACTOR_UNIT.test(unit);

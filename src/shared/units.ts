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

/**
 * A unit's characters written in traditional script (億, 萬, 個, 點, 噸…) and their simplified forms: a report in
 * traditional characters keeps its own units (億元, 萬人, 個百分點), which convert, compare and print as the
 * simplified ones do.
 */
const TRADITIONAL_UNIT_CHARS: Record<string, string> = {
  億: '亿',
  萬: '万',
  兩: '两',
  個: '个',
  箇: '个',
  點: '点',
  噸: '吨',
  畝: '亩',
  頃: '顷',
  輛: '辆',
  戶: '户',
  項: '项',
  種: '种',
  條: '条',
  臺: '台',
  檯: '台',
  時: '时',
  標: '标',
  // "1.361噸標準煤/萬元" (陕西 2007, held-out set 35): 標準煤, standard coal.
  準: '准',
  張: '张',
  顆: '颗',
  場: '场',
  處: '处',
  間: '间',
  單: '单',
  筆: '笔',
  冊: '册',
  棟: '栋',
  頭: '头',
  隻: '只',
  牀: '床',
  類: '类',
};
const TRADITIONAL_UNIT = new RegExp(`[${Object.keys(TRADITIONAL_UNIT_CHARS).join('')}]`, 'gu');

/** The unit in simplified characters: "億元" → "亿元", "個百分點" → "个百分点"; a simplified unit as it is. */
export function simplifiedUnit(unit: string): string {
  return unit.replace(TRADITIONAL_UNIT, (c) => TRADITIONAL_UNIT_CHARS[c]!);
}

/** A pattern source matching a unit written in either script ("亿元" → "[亿億]元"), for text searches. */
export function eitherScript(unit: string): string {
  const traditional = new Map<string, string>();
  for (const [t, s] of Object.entries(TRADITIONAL_UNIT_CHARS)) traditional.set(s, (traditional.get(s) ?? '') + t);
  return [...unit].map((c) => (traditional.has(c) ? `[${c}${traditional.get(c)}]` : c.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))).join('');
}

function familyOf(unit: string): [string, Record<string, number>] | undefined {
  const u = simplifiedUnit(unit);
  for (const [name, members] of Object.entries(FAMILIES)) if (u in members) return [name, members];
  return undefined;
}

export function convertible(from: string, to: string): boolean {
  if (from === to || simplifiedUnit(from) === simplifiedUnit(to)) return true;
  const a = familyOf(from);
  const b = familyOf(to);
  return !!a && !!b && a[0] === b[0];
}

/** Convert a value between two units of one family (亿元 → 万亿元). Throws on units that do not convert. */
export function convert(value: number, from: string, to: string): number {
  if (from === to || simplifiedUnit(from) === simplifiedUnit(to)) return value;
  const a = familyOf(from);
  const b = familyOf(to);
  if (!a || !b || a[0] !== b[0]) throw new Error(`cannot convert ${from || '(no unit)'} to ${to || '(no unit)'}`);
  // Round away binary noise (1380 亿元 → 0.138 万亿元, not 0.13799999999999998).
  return Number(((value * a[1][simplifiedUnit(from)]) / b[1][simplifiedUnit(to)]).toPrecision(12));
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

export const isKnownUnit = (unit: string): boolean => {
  const u = simplifiedUnit(unit);
  return KNOWN_UNITS.includes(u) || EXTRACTOR_UNIT.test(u);
};

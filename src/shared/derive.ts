/**
 * Figures the text implies but does not state (the 2010 count of Fortune 500 firms is 198 − 63).
 * They are never stored as figures: a chart computes them from two stored figures, marks them as
 * derived, and shows the formula, so a reader can always tell a stated number from an inferred one.
 */
import { formatNumber } from './format';
import { convert, convertible } from './units';
import { DERIVE_OPS, type DeriveOp, type Derivation, type Figure } from './types';

// The shapes live in types.ts (a chart point names its derivation), so types.ts imports nothing back.
export { DERIVE_OPS, type DeriveOp, type Derivation };

export interface Derived {
  value: number;
  unit: string;
  /** "198家 − 63家 = 135家" */
  formula: string;
}

const SYMBOL: Record<DeriveOp, string> = { sub: '−', add: '+' };

/** The unit a difference of two values is written in: 25% − 6个百分点 = 19%; 指数79 − 13个点 = 66. */
const DIFFERENCE_UNIT: Record<string, string> = { '%': '个百分点', '': '个点' };

export function derive(d: Derivation, byId: ReadonlyMap<number, Pick<Figure, 'value' | 'unit' | 'valueText'>>): Derived {
  const a = byId.get(d.a);
  const b = byId.get(d.b);
  if (!a || !b) throw new Error(`derived value refers to a missing figure (${d.a}, ${d.b})`);
  const isDifference = DIFFERENCE_UNIT[a.unit] === b.unit;
  if (!isDifference && !convertible(b.unit, a.unit))
    throw new Error(`cannot combine ${a.unit || '(no unit)'} and ${b.unit || '(no unit)'}`);
  const bv = isDifference ? b.value : convert(b.value, b.unit, a.unit);
  const value = Number((d.op === 'sub' ? a.value - bv : a.value + bv).toPrecision(12));
  return {
    value,
    unit: a.unit,
    formula: `${a.valueText}${a.unit} ${SYMBOL[d.op]} ${b.valueText}${b.unit} = ${formatNumber(value)}${a.unit}`,
  };
}

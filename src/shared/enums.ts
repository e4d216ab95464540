/**
 * The enumerations at the door: every value the store keeps as one of a list (a figure's kind, a slide's
 * layout, a chart's type) is checked here, by the API's request schemas and by every store write path,
 * against the live registries — never by a CHECK constraint, which a shipped migration would freeze.
 * An unknown value is refused with a message that names it and what is allowed.
 */
import { z } from 'zod';
import { CHART_TYPES } from './chart-kinds';
import { SLIDE_LAYOUTS } from './slide-layouts';
import { FIGURE_KINDS, FIGURE_STATUSES } from './types';

function oneOf<T extends string>(values: readonly [T, ...T[]], what: string) {
  return z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? `缺少${what}（应为 ${values.join('、')} 之一）`
        : `未知的${what}“${String(issue.input)}”：应为 ${values.join('、')} 之一`,
  });
}

export const figureKindSchema = oneOf(FIGURE_KINDS, '数据类型');
export const figureStatusSchema = oneOf(FIGURE_STATUSES, '数据状态');
export const slideLayoutSchema = oneOf(SLIDE_LAYOUTS, '幻灯片版式');
export const chartTypeSchema = oneOf(CHART_TYPES, '图表类型');

/** The message for `value` if it is not one of `schema`'s values, else null. */
export function unknownValue(schema: z.ZodType, value: unknown): string | null {
  const r = schema.safeParse(value);
  return r.success ? null : (r.error.issues[0]?.message ?? '取值无效');
}

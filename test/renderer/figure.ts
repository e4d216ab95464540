/** A stored figure for renderer tests: every field present, the given ones overriding the defaults. */
import type { Figure } from '../../src/shared/types';

export function makeFigure(id: number, p: Partial<Figure> = {}): Figure {
  return {
    id,
    reportId: 1,
    sectionId: 1,
    key: `f${id}`,
    label: '',
    valueText: String(p.value ?? 0),
    value: 0,
    unit: '',
    period: '',
    kind: 'level',
    status: 'actual',
    qualifier: null,
    scope: null,
    quote: '',
    quoteStart: 0,
    quoteEnd: 0,
    valueStart: 0,
    valueEnd: 0,
    version: 1,
    ...p,
  };
}

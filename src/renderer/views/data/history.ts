/** Audit history rows said plainly: which fields changed (old → new) and when, in local time. */
import type { FigureEdit } from '../../../shared/types';
import { t, type Lang } from '../../lib/i18n';

/** The fields an edit changed; value and unit are shown together (1380亿元 → 1390亿元). */
export function changesOf(e: FigureEdit, lang: Lang): { field: string; old: string; new: string }[] {
  const out: { field: string; old: string; new: string }[] = [];
  if (e.old.valueText !== e.new.valueText || e.old.unit !== e.new.unit)
    out.push({ field: t(lang, 'fieldValue'), old: e.old.valueText + e.old.unit, new: e.new.valueText + e.new.unit });
  if (e.old.label !== e.new.label) out.push({ field: t(lang, 'fieldLabel'), old: e.old.label, new: e.new.label });
  if (e.old.period !== e.new.period) out.push({ field: t(lang, 'fieldPeriod'), old: e.old.period, new: e.new.period });
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-05-04 14:03" in the machine's time zone. */
export function whenOf(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

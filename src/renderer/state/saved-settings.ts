/**
 * The preferences as localStorage keeps them (settings.svelte.ts holds them live). Plain code, no runes: the
 * page's boot (boot.ts, in the transport chunk) reads the theme and language a served first frame must match
 * before the app's shared chunk is evaluated.
 */
import type { Lang } from '../lib/i18n';

export type Theme = 'projector' | 'paper';

export const SETTINGS_KEY = 'briefing-desk.settings.v1';

export interface Saved {
  theme: Theme;
  lang: Lang;
  /** Speaker notes in the presenter view, in CSS pixels. */
  notesSize: number;
  /** The planned length of the talk in minutes; 0 = none (no pace shown). */
  plannedMinutes: number;
}

export const NOTES_SIZES = { min: 18, max: 64, step: 4, default: 30 } as const;
export const clampNotes = (n: unknown): number =>
  typeof n === 'number' && Number.isFinite(n) ? Math.min(NOTES_SIZES.max, Math.max(NOTES_SIZES.min, Math.round(n))) : NOTES_SIZES.default;
export const clampMinutes = (n: unknown): number =>
  typeof n === 'number' && Number.isFinite(n) ? Math.min(600, Math.max(0, Math.round(n))) : 0;

export function readSettings(): Saved {
  try {
    const raw = JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '{}') as Partial<Saved>;
    return {
      theme: raw.theme === 'paper' ? 'paper' : 'projector',
      lang: raw.lang === 'en' ? 'en' : 'zh',
      notesSize: clampNotes(raw.notesSize),
      plannedMinutes: clampMinutes(raw.plannedMinutes),
    };
  } catch {
    return { theme: 'projector', lang: 'zh', notesSize: NOTES_SIZES.default, plannedMinutes: 0 };
  }
}

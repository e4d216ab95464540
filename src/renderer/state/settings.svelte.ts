/**
 * User preferences that outlive a session: theme and UI language. Remembered in localStorage (the
 * renderer's own storage, per origin; read and clamped by saved-settings.ts), applied to <html> so CSS and charts follow.
 */
import { setUiLang, type Lang } from '../lib/i18n';
import { NOTES_SIZES, SETTINGS_KEY as KEY, clampMinutes, clampNotes, readSettings as read, type Saved, type Theme } from './saved-settings';

export type { Lang, Theme };
export { NOTES_SIZES };

class Settings {
  theme = $state<Theme>('projector');
  lang = $state<Lang>('zh');
  notesSize = $state<number>(NOTES_SIZES.default);
  plannedMinutes = $state(0);

  constructor() {
    const saved = read();
    this.theme = saved.theme;
    this.lang = saved.lang;
    this.notesSize = saved.notesSize;
    this.plannedMinutes = saved.plannedMinutes;
    this.apply();
    // Another window of the app (presenter, print preview) changed a setting: follow it.
    if (typeof window !== 'undefined')
      window.addEventListener('storage', (e) => {
        if (e.key !== KEY) return;
        const next = read();
        this.theme = next.theme;
        this.lang = next.lang;
        this.notesSize = next.notesSize;
        this.plannedMinutes = next.plannedMinutes;
        this.apply();
      });
  }

  setTheme(theme: Theme): void {
    this.theme = theme;
    this.apply();
    this.save();
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    this.apply();
    this.save();
  }

  /** A-/A+ in the presenter view: one step smaller or larger (within NOTES_SIZES). */
  stepNotes(direction: -1 | 1): void {
    this.notesSize = clampNotes(this.notesSize + direction * NOTES_SIZES.step);
    this.save();
  }

  setPlannedMinutes(minutes: number): void {
    this.plannedMinutes = clampMinutes(minutes);
    this.save();
  }

  /**
   * Put the theme on <html> (data-theme) at once, before any effect runs, so the CSS custom properties
   * have changed by the time a chart re-reads them. Works on every screen, loading included. (<html lang>
   * stays zh-CN: the report's text is Chinese in both modes; English titles carry their own lang.)
   */
  private apply(): void {
    setUiLang(this.lang);
    if (typeof document === 'undefined') return;
    document.documentElement.dataset.theme = this.theme;
  }

  private save(): void {
    try {
      const saved: Saved = { theme: this.theme, lang: this.lang, notesSize: this.notesSize, plannedMinutes: this.plannedMinutes };
      localStorage.setItem(KEY, JSON.stringify(saved));
    } catch {
      // Storage full or disabled: the choice still holds for this session.
    }
  }
}

export const settings = new Settings();

/**
 * User preferences that outlive a session: theme and UI language. Remembered in localStorage (the
 * renderer's own storage, per origin), applied to <html> so CSS and charts follow.
 */
export type Theme = 'projector' | 'paper';
export type Lang = 'zh' | 'en';

const KEY = 'briefing-desk.settings.v1';

interface Saved {
  theme: Theme;
  lang: Lang;
}

function read(): Saved {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Saved>;
    return {
      theme: raw.theme === 'paper' ? 'paper' : 'projector',
      lang: raw.lang === 'en' ? 'en' : 'zh',
    };
  } catch {
    return { theme: 'projector', lang: 'zh' };
  }
}

class Settings {
  theme = $state<Theme>('projector');
  lang = $state<Lang>('zh');

  constructor() {
    const saved = read();
    this.theme = saved.theme;
    this.lang = saved.lang;
    this.apply();
    // Another window of the app (presenter, print preview) changed a setting: follow it.
    if (typeof window !== 'undefined')
      window.addEventListener('storage', (e) => {
        if (e.key !== KEY) return;
        const next = read();
        this.theme = next.theme;
        this.lang = next.lang;
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

  /**
   * Put the theme on <html> (data-theme) at once, before any effect runs, so the CSS custom properties
   * have changed by the time a chart re-reads them. Works on every screen, loading included. (<html lang>
   * stays zh-CN: the report's text is Chinese in both modes; English titles carry their own lang.)
   */
  private apply(): void {
    if (typeof document === 'undefined') return;
    document.documentElement.dataset.theme = this.theme;
  }

  private save(): void {
    try {
      localStorage.setItem(KEY, JSON.stringify({ theme: this.theme, lang: this.lang } satisfies Saved));
    } catch {
      // Storage full or disabled: the choice still holds for this session.
    }
  }
}

export const settings = new Settings();

/**
 * Presenting in Electron: the hub's `presenting` flag arranges the windows. On start, the deck window
 * goes full screen on the audience display and a presenter window opens on the laptop's (chooseDisplays);
 * on stop, both go back exactly as they were. A projector unplugged mid-talk brings the audience window
 * back to a display that still exists. Kept small: the choice of display is pure and tested.
 */
import { BrowserWindow, screen, type Display, type Rectangle } from 'electron';
import type { PresentationState } from '../../shared/presentation';
import { chooseDisplays } from './displays';
import { createDeckWindow } from './deck';

interface Saved {
  bounds: Rectangle;
  fullScreen: boolean;
  maximized: boolean;
}

const choose = () => chooseDisplays<Display>(screen.getAllDisplays(), screen.getPrimaryDisplay().id);

export class PresentationWindows {
  private audience: BrowserWindow | null = null;
  private presenter: BrowserWindow | null = null;
  private saved: Saved | null = null;

  constructor() {
    screen.on('display-removed', () => this.onDisplayRemoved());
  }

  /** Follow the hub: start or stop when `presenting` flips. */
  sync(s: Pick<PresentationState, 'presenting'>): void {
    if (s.presenting && !this.audience) this.start();
    else if (!s.presenting && this.audience) this.stop();
  }

  private start(): void {
    const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    const choice = choose();
    if (!win || win.isDestroyed() || !choice) return;
    this.audience = win;
    this.saved = { bounds: win.getNormalBounds(), fullScreen: win.isFullScreen(), maximized: win.isMaximized() };
    this.fill(win, choice.audience);
    if (choice.presenter) {
      const p = createDeckWindow({ view: 'presenter', bounds: choice.presenter.workArea });
      p.once('ready-to-show', () => p.maximize());
      p.on('closed', () => {
        if (this.presenter === p) this.presenter = null;
      });
      this.presenter = p;
    }
  }

  private stop(): void {
    const win = this.audience;
    const saved = this.saved;
    this.audience = null;
    this.saved = null;
    if (this.presenter && !this.presenter.isDestroyed()) this.presenter.close();
    this.presenter = null;
    if (!win || win.isDestroyed() || !saved) return;
    const restore = () => {
      win.setBounds(saved.bounds);
      if (saved.maximized) win.maximize();
      if (saved.fullScreen) win.setFullScreen(true);
    };
    if (win.isFullScreen() && !saved.fullScreen) {
      // Bounds set during the full-screen transition are ignored on some systems: restore after it.
      win.once('leave-full-screen', restore);
      win.setFullScreen(false);
    } else restore();
  }

  /** Full screen on `display`: leave full screen first, or the window stays where it was. */
  private fill(win: BrowserWindow, display: Display): void {
    const go = () => {
      win.setBounds(display.bounds);
      win.setFullScreen(true);
      win.focus();
    };
    if (win.isFullScreen()) {
      win.once('leave-full-screen', go);
      win.setFullScreen(false);
    } else go();
  }

  private onDisplayRemoved(): void {
    const win = this.audience;
    if (!win || win.isDestroyed()) return;
    const choice = choose();
    if (!choice) return;
    const on = screen.getDisplayMatching(win.getBounds());
    if (on.id !== choice.audience.id) this.fill(win, choice.audience);
  }
}

/**
 * webPreferences for every BrowserWindow we create — plain data, kept apart from the Electron calls so a
 * test can hold the values (importing 'electron' in plain Node tries to download its binary).
 */
import type { WebPreferences } from 'electron';

/** webPreferences for every BrowserWindow we create. The preload is the renderer's only door to main. */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    // A middle click must not open a link in a new window (Electronegativity AUXCLICK_JS_CHECK).
    disableBlinkFeatures: 'Auxclick',
  };
}

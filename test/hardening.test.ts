/** The webPreferences every window gets (Electron cannot run here, but the values are plain data). */
import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from '../src/main/windows/web-preferences';

describe('secureWebPreferences', () => {
  it('isolates, sandboxes and strips the renderer of Node, and disables middle-click windows', () => {
    expect(secureWebPreferences('/x/preload.js')).toMatchObject({
      preload: '/x/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });
});

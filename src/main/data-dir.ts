/**
 * The user-data folder outside Electron (CLI, web bridge), matching Electron's app.getPath('userData')
 * for this app's name, so the CLI and the desktop app see the same store by default.
 */
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Electron names the folder after package.json's productName. */
export const APP_DIR_NAME = 'Briefing Desk';

export function defaultDataDir(home: string, platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_DIR_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_DIR_NAME);
}

/** This machine's user-data folder (not created here). */
export const userDataDir = (): string => defaultDataDir(homedir(), process.platform, process.env);

/** The default store path, creating its folder on first use. */
export function defaultStorePath(): string {
  const dir = defaultDataDir(homedir(), process.platform, process.env);
  mkdirSync(dir, { recursive: true });
  return join(dir, 'briefing.sqlite');
}

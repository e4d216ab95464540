/**
 * Pure URL policy for the Electron side (no electron import, so vitest covers it): which URLs count as
 * our renderer, which may be handed to the system browser. Every check parses with WHATWG `new URL`
 * and compares parsed parts — never string prefixes, which `app://briefing.evil` or
 * `app://briefing@evil.com` would pass.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** The production renderer lives at app://briefing/ (served by protocol.ts from out/renderer). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'briefing';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

const parse = (url: string): URL | undefined => (URL.canParse(url) ? new URL(url) : undefined);

const hasUserInfo = (u: URL): boolean => u.username !== '' || u.password !== '';

/**
 * The origin our windows load. Only an unpackaged app honours electron-vite's dev server URL
 * (ELECTRON_RENDERER_URL), and only when it is plain http on a loopback host: an environment variable
 * must never be able to point a privileged window at a remote site.
 */
export function rendererOrigin(devUrl: string | undefined, packaged: boolean): string {
  if (packaged || !devUrl) return APP_ORIGIN;
  const u = parse(devUrl);
  if (!u || u.protocol !== 'http:' || hasUserInfo(u) || !LOOPBACK.has(u.hostname)) return APP_ORIGIN;
  return u.origin;
}

/**
 * True when `url` belongs to our renderer: same scheme and same host (incl. port), no userinfo.
 * `app:` is not a WHATWG special scheme, so URL.origin is 'null' for it; comparing protocol + host
 * works for both app://briefing and http://localhost:PORT.
 */
export function isAllowedAppUrl(url: string, appOrigin: string): boolean {
  const u = parse(url);
  const o = parse(appOrigin);
  if (!u || !o || !o.host || hasUserInfo(u) || hasUserInfo(o)) return false;
  return u.protocol === o.protocol && u.host === o.host;
}

/** Links we may pass to shell.openExternal: http(s) with a host and no userinfo. Never file:, app:, etc. */
export function isSafeExternalUrl(url: string): boolean {
  const u = parse(url);
  if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:')) return false;
  // WHATWG URL gives every http(s) URL it parses a host ('https://' does not parse).
  return !hasUserInfo(u);
}

/** The pathname of an app://briefing/... request, or undefined for any other scheme, host or userinfo. */
export function appRequestPath(url: string): string | undefined {
  const u = parse(url);
  if (!u || u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST || hasUserInfo(u)) return undefined;
  return u.pathname || '/';
}

/** The page a window first loads: the dev server when rendererOrigin() accepted it, else app://briefing/index.html. */
export function rendererEntryUrl(devUrl: string | undefined, packaged: boolean): string {
  const origin = rendererOrigin(devUrl, packaged);
  return origin === APP_ORIGIN || !devUrl ? `${APP_ORIGIN}/index.html` : devUrl;
}

/**
 * The address a window of `view` loads. The renderer picks its view from the location: #presenter is the
 * presenter view. The presenter's also carries `?view=presenter`, which main sees (it never sees the `#`
 * part): the app page it serves then has no first frame of the audience's slide (web/first-page.ts deckAddress).
 */
export function deckWindowUrl(entry: string, view: 'deck' | 'presenter' = 'deck'): string {
  if (view !== 'presenter') return entry;
  const url = new URL(entry);
  url.searchParams.set('view', 'presenter');
  url.hash = 'presenter';
  return url.toString();
}

/**
 * True when `file` resolves to `dir` itself or something below it. The check Electron's protocol.handle
 * docs recommend (path.relative must not climb out nor be absolute, e.g. another drive on Windows),
 * tightened so a file literally named '..a' inside dir is not mistaken for a climb.
 */
export function isInsideDir(dir: string, file: string): boolean {
  const rel = relative(resolve(dir), resolve(file));
  // '' (dir itself) passes every part of the test.
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

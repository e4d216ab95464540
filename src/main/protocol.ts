/**
 * The app:// scheme: serves the built renderer (out/renderer) at app://briefing/, so the page gets a
 * real, stable origin (not file://, where every file is its own origin and module scripts misbehave).
 */
import { net, protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CSP } from '../shared/csp';
import type { Handlers } from '../shared/api';
import { firstPage } from './web/first-page';
import { resolveStatic } from './web/static';
import { APP_SCHEME, appRequestPath, isInsideDir } from './windows/security';

/**
 * Must run before app 'ready'. standard: relative URLs and a host resolve like http; secure: counts as a
 * secure context; supportFetchAPI: the renderer may fetch() its own assets (fonts, data); codeCache: V8
 * keeps the compiled renderer scripts between starts (by default only http(s) gets a code cache), so a
 * second start does not parse and compile the ~300 KB of script again.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

const text = (status: number, body: string) => new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });

/**
 * After app 'ready'. rendererDir defaults to out/renderer, beside out/main where this file is bundled.
 * `handlers`: the API once the store is open; the app page is then served with its window's first answer
 * in it (web/first-page.ts), as the web bridge serves it.
 */
export function handleAppProtocol(
  rendererDir: string = join(__dirname, '../renderer'),
  handlers: () => Handlers | undefined = () => undefined,
): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return text(405, 'method not allowed');
    const pathname = appRequestPath(request.url); // undefined unless app://briefing/... without userinfo
    if (pathname === undefined) return text(404, 'not found');
    // resolveStatic is the web bridge's mapper (same SPA fallback to index.html in both transports);
    // it already refuses escapes, and isInsideDir re-checks here so this file stands on its own.
    const file = resolveStatic(rendererDir, pathname);
    if (!file || !isInsideDir(rendererDir, file)) return text(404, 'not found');
    const api = handlers();
    const page = api && firstPage(rendererDir, file, api, pathname, new URL(request.url).search);
    if (page) {
      const html = page(await readFile(file, 'utf8'));
      return new Response(html, {
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP, 'x-content-type-options': 'nosniff' },
      });
    }
    let res: Response;
    try {
      // The pattern from Electron's protocol.handle docs: net.fetch of a file: URL, which sets the MIME type.
      res = await net.fetch(pathToFileURL(file).toString());
    } catch {
      return text(404, 'not found');
    }
    // A fetch Response's headers are immutable: copy them into a new Response with our CSP added.
    const headers = new Headers(res.headers);
    headers.set('content-security-policy', CSP);
    headers.set('x-content-type-options', 'nosniff');
    return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
  });
}

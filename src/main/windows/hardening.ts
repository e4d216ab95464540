/**
 * Security settings for every window and web contents, in one place (Electron's security checklist):
 * isolated + sandboxed renderers, navigation locked to our origin, no new windows, no webviews,
 * no permissions, and the same strict CSP the web bridge sends.
 */
import { shell, type Session, type WebContents } from 'electron';
import { CSP } from '../../shared/csp';
import { isAllowedAppUrl, isSafeExternalUrl } from './security';

export { secureWebPreferences } from './web-preferences';

/**
 * Lock one web contents to our renderer origin. Called from app 'web-contents-created', so it also
 * covers contents we did not create ourselves.
 */
export function hardenWebContents(contents: WebContents, appOrigin: string): void {
  const guard = (event: { preventDefault(): void; url: string }) => {
    if (isAllowedAppUrl(event.url, appOrigin)) return;
    event.preventDefault();
    console.warn(`[security] blocked navigation to ${event.url.slice(0, 200)}`);
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-frame-navigate', guard);

  // No window.open / target=_blank windows; a safe web link goes to the system browser instead.
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) {
      // electronegativity-reviewed: OPEN_EXTERNAL_JS_CHECK — only http(s) URLs without user-info, parsed by
      // isSafeExternalUrl (test/security.test.ts), from a link the user clicked; everything else is denied.
      shell.openExternal(url).catch((e: unknown) => console.warn('[security] openExternal failed:', e));
    } else {
      console.warn(`[security] blocked window.open of ${url.slice(0, 200)}`);
    }
    return { action: 'deny' };
  });

  // webviewTag is off already; refuse any attempt anyway (belt and braces, per Electron's checklist).
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Session-wide rules: deny every permission, and send our CSP with every response. */
export function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);

  // Covers the dev server (http); protocol.ts also sets the header on app:// responses itself, since
  // webRequest does not reliably see responses produced by protocol.handle.
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCsp(details.responseHeaders) });
  });
}

/** Replace any Content-Security-Policy header (in whatever case) with ours. */
function withCsp(headers: Record<string, string[]> | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') out[name] = value;
  }
  out['Content-Security-Policy'] = [CSP];
  return out;
}

/**
 * The Content-Security-Policy of every renderer page, sent by Electron's session and by the web bridge.
 * No remote origins at all: the app never makes a network request beyond its own origin.
 * style-src allows inline styles because Svelte and Chart.js set element styles at run time.
 */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

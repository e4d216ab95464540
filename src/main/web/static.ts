/** Serves the built renderer: no directory listings, no path escapes, SPA routes fall back to index.html. */
import { createReadStream, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/**
 * Map a URL pathname to a file inside `root`, or undefined when it would leave root or is not a file.
 * Paths without an extension are app routes (/presenter, /print/slides) and get index.html.
 */
export function resolveStatic(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const base = resolve(root);
  const rel = decoded === '/' || !extname(decoded) ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = resolve(join(base, rel));
  if (file !== base && !file.startsWith(base + sep)) return undefined;
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

export function sendFile(res: ServerResponse, file: string, headers: Record<string, string>): void {
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  res.writeHead(200, {
    ...headers,
    'content-type': type,
    'content-length': String(statSync(file).size),
    // Hashed assets never change; the page itself must not be cached with a token in it.
    'cache-control': file.endsWith('.html') ? 'no-store' : 'max-age=31536000, immutable',
  });
  createReadStream(file).pipe(res);
}

/** Serves the built renderer: no directory listings, no path escapes, SPA routes fall back to index.html. */
import { createReadStream, readFileSync, statSync } from 'node:fs';
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

/**
 * Files served so far, by path, while unchanged (same size and mtime). A page load asks for ~40 files (the
 * font slices its text needs, its scripts and styles): read whole, each costs one read instead of a stream's
 * open, reads and close; served again (the app's next window, a batch's next page), none.
 */
const served = new Map<string, { size: number; mtimeMs: number; bytes: Buffer }>();
let servedBytes = 0;
const MAX_SERVED_BYTES = 64 * 1024 * 1024;
const MAX_FILE_BYTES = 8 * 1024 * 1024;

function contents(file: string, size: number, mtimeMs: number): Buffer | null {
  const hit = served.get(file);
  if (hit && hit.size === size && hit.mtimeMs === mtimeMs) return hit.bytes;
  if (size > MAX_FILE_BYTES) return null;
  const bytes = readFileSync(file);
  // Kept only if unchanged while read (else the next request reads it again).
  if (bytes.length === size && servedBytes + size <= MAX_SERVED_BYTES) {
    servedBytes += size - (hit?.size ?? 0);
    served.set(file, { size, mtimeMs, bytes });
  }
  return bytes;
}

/**
 * `page`: a change to the file's text before it is sent (the app page with its first answer inlined,
 * shared/first-open.ts); only for HTML, which is never cached.
 */
export function sendFile(res: ServerResponse, file: string, headers: Record<string, string>, page?: (html: string) => string): void {
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const { size, mtimeMs } = statSync(file);
  const read = contents(file, size, mtimeMs);
  const bytes = read && page && file.endsWith('.html') ? Buffer.from(page(read.toString('utf8'))) : read;
  res.writeHead(200, {
    ...headers,
    'content-type': type,
    'content-length': String(bytes ? bytes.length : size),
    // Hashed assets never change; the page itself must not be cached with a token in it.
    'cache-control': file.endsWith('.html') ? 'no-store' : 'max-age=31536000, immutable',
  });
  if (bytes) res.end(bytes);
  else createReadStream(file).pipe(res);
}

/**
 * The app page as the main process serves it (web bridge and app:// alike): index.html with the answer to
 * the window's first `briefing.open` inlined (shared/first-open.ts), so the first slide needs no round trip.
 * Computed per request, from the store and hub as they are then: never a stale deck.
 */
import { join, resolve } from 'node:path';
import type { Handlers } from '../../shared/api';
import { withInlineOpen } from '../../shared/first-open';
import { firstOpenPreview, firstPictures } from '../api/handlers';
import { firstPicture } from '../charts/first-picture';
import { log } from '../log';

/** The change to make to `file` before it is sent, or undefined: not the app page, or nothing to inline. */
export function firstPage(rendererDir: string, file: string, handlers: Handlers): ((html: string) => string) | undefined {
  if (resolve(file) !== join(resolve(rendererDir), 'index.html')) return undefined;
  const preview = firstOpenPreview(handlers);
  if (!preview) return undefined;
  try {
    const inline = preview();
    // The picture of its chart made by main, when one is kept (charts/first-picture.ts).
    const pictures = firstPictures(handlers);
    const picture = pictures ? firstPicture(inline, rendererDir, pictures.dir, pictures.geometry) : undefined;
    return (html) => withInlineOpen(html, picture ? { ...inline, picture } : inline);
  } catch (e) {
    // The page asks for it itself, as it always could.
    log('first-page.error', { code: (e as { code?: string })?.code ?? 'INTERNAL' });
    return undefined;
  }
}

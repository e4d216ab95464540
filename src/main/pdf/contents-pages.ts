/**
 * The brief's contents page numbers, guessed from the last export of the same page and checked in the
 * printed file. A brief's contents can only be numbered once Chromium has paginated the document, which
 * took a whole first print of it. Exported again (a second layout, a later export after an edit that did not
 * move a section), the sections usually fall on the same pages: the page is printed once with last time's
 * numbers, and the named destinations of that very file say whether every number is right. Only when one is
 * not is the page printed again with the numbers the file showed. A wrong number is never kept.
 *
 * The guesses hold destination ids and page numbers only (no text of the report), keyed by a hash of the
 * print query and the manifest's title and page count; kept in the user's cache folder beside the export
 * profile (CLI), or in memory for the app's session.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PRINT_SET_PAGES, printDraftScript, type PrintManifest } from '../../shared/print';
import { mark } from './trace';

export type ContentsPages = Record<string, number>;

export interface PageGuesses {
  get(key: string): ContentsPages | undefined;
  set(key: string, pages: ContentsPages): void;
}

/** At most this many documents are remembered; the oldest go first. */
const MAX_KEPT = 64;

export const guessKey = (query: string, manifest: PrintManifest): string =>
  createHash('sha256')
    .update(JSON.stringify([query, manifest.title, manifest.expectedPages]))
    .digest('hex')
    .slice(0, 32);

/** True when both name the same destinations on the same pages. */
export function samePages(a: ContentsPages, b: ContentsPages): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => b[k] === a[k]);
}

const isPages = (v: unknown): v is ContentsPages =>
  !!v && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((n) => Number.isInteger(n) && (n as number) > 0);

export function memoryGuesses(): PageGuesses {
  const kept = new Map<string, ContentsPages>();
  return {
    get: (key) => kept.get(key),
    set: (key, pages) => {
      kept.delete(key);
      kept.set(key, pages);
      while (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value as string);
    },
  };
}

function readKept(path: string): Map<string, ContentsPages> {
  const kept = new Map<string, ContentsPages>();
  try {
    const stored = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    if (stored && typeof stored === 'object' && !Array.isArray(stored))
      for (const [key, pages] of Object.entries(stored)) if (isPages(pages)) kept.set(key, pages);
  } catch {
    // No guesses yet, or a file this did not write: an empty cache.
  }
  return kept;
}

/**
 * Guesses kept in `dir`/contents-pages.json, read at each use (another export may have written it). A
 * failed write is ignored: the next export prints twice, as without a guess.
 */
export function fileGuesses(dir: string): PageGuesses {
  const path = join(dir, 'contents-pages.json');
  return {
    get: (key) => readKept(path).get(key),
    set: (key, pages) => {
      const kept = readKept(path);
      kept.delete(key);
      kept.set(key, pages);
      try {
        const tmp = `${path}.${process.pid}.tmp`;
        writeFileSync(tmp, JSON.stringify(Object.fromEntries([...kept.entries()].slice(-MAX_KEPT))));
        renameSync(tmp, path);
      } catch {
        // A read-only cache folder: no guess next time.
      }
    },
  };
}

/** The print page as the exporter holds it: Chromium over CDP (export.ts) or the app's print window (electron.ts). */
export interface PrintSurface {
  /** A PDF of the page; `draft`: nothing painted, untagged, only to learn where each destination falls. */
  print(draft: boolean): Promise<Uint8Array>;
  /** Run a script in the page and await its promise. */
  run(script: string): Promise<unknown>;
}

type DestinationPages = (pdf: Uint8Array) => Promise<ContentsPages>;

const setPages = (s: PrintSurface, pages: ContentsPages) => s.run(`window[${JSON.stringify(PRINT_SET_PAGES)}](${JSON.stringify(pages)})`);

/**
 * Number the contents from a draft print: where a first print puts each section, written into space the
 * contents reserved (nothing reflows). For a print that cannot be checked afterwards (the system's dialog).
 */
export async function numberByDraft(s: PrintSurface, destinationPages: DestinationPages): Promise<ContentsPages> {
  await s.run(printDraftScript(true));
  const pages = await destinationPages(await s.print(true));
  await s.run(printDraftScript(false));
  mark('draft printed');
  await setPages(s, pages);
  return pages;
}

/**
 * The page printed to PDF, its contents (if the manifest has one) numbered right: with last export's
 * numbers if the printed file's destinations agree with every one of them, else from a draft print.
 */
export async function printNumbered(
  s: PrintSurface,
  manifest: PrintManifest,
  query: string,
  guesses: PageGuesses,
  destinationPages: DestinationPages,
): Promise<Uint8Array> {
  if (!manifest.contentsPages) return s.print(false);
  const key = guessKey(query, manifest);
  const guess = guesses.get(key);
  if (guess) {
    await setPages(s, guess);
    const pdf = await s.print(false);
    const found = await destinationPages(pdf);
    if (samePages(guess, found)) {
      mark('contents numbered from the last export');
      return pdf;
    }
    // A section moved: the numbers this file shows are the true ones (setting numbers reflows nothing).
    guesses.set(key, found);
    await setPages(s, found);
    return s.print(false);
  }
  guesses.set(key, await numberByDraft(s, destinationPages));
  return s.print(false);
}

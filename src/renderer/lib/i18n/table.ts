/**
 * The shape of the UI string tables. Each part (common, deck, data, …) is one `table({...})`: every key
 * must give both languages (a missing one does not compile), and a key's `{placeholders}` must be the
 * same in zh and en (a differing set does not compile; test/renderer/i18n.test.ts checks it again at
 * run time with a readable message).
 */
import type { Lang } from '../lang';

export type { Lang };
export const LANGS = ['zh', 'en'] as const satisfies readonly Lang[];

export type Entry = Readonly<Record<Lang, string>>;

/** The `{name}` placeholders of a string literal type: `'第 {n} 页，共 {total} 页'` → `'n' | 'total'`. */
export type Holes<S extends string> = string extends S ? string : S extends `${string}{${infer P}}${infer R}` ? P | Holes<R> : never;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

type Checked<T extends Record<string, Entry>> = {
  [K in keyof T]: Same<Holes<T[K]['zh']>, Holes<T[K]['en']>> extends true
    ? T[K]
    : { zh: T[K]['zh']; en: `the placeholders must be those of zh: ${Holes<T[K]['zh']> & string}` };
};

/** A part of the table, its strings kept as literal types so that placeholders are typed. */
export function table<const T extends Record<string, Entry>>(strings: T & Checked<T>): T {
  return strings;
}

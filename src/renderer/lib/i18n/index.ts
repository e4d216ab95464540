/**
 * Every UI string of the renderer, in Chinese (default) and English, through one `t()`. The table is
 * split by screen: common, screens, keys, presenter, data, slide-chrome, print-chrome (not named like the
 * renderer's folders, which the layer rules watch). Each part is checked by `table()`: both languages
 * for every key and the same `{placeholders}` in each, or it does not compile.
 * `t(lang, key, values)` wants a value for every placeholder of that key, and no other.
 *
 * The report's own text and its figures stay Chinese in both languages (they are content, not chrome);
 * slides show their English title (titleEn) where the report has one. No Chinese literal outside this
 * folder: eslint's `briefing/no-cjk-literal` rule (eslint.config.mjs) fails the build on one.
 */
import { inDeckScript } from '../../../shared/deck-script';
import { fillQuoted } from '../../../shared/quotes';
import { buildsInk } from './builds-ink';
import { common } from './common';
import { data } from './data';
import { editor } from './editor';
import { keys } from './keys';
import { presenter } from './presenter';
import { print } from './print-chrome';
import { slides } from './slide-chrome';
import { LANGS, type Holes, type Lang } from './table';
import { views } from './screens';

export { LANGS, type Lang };
export { chineseNumeral } from './numerals';

/** The parts, by name: a test checks that no key is in two of them. */
export const PARTS = { common, views, keys, presenter, data, slides, print, editor, buildsInk } as const;

const STRINGS = { ...common, ...views, ...keys, ...presenter, ...data, ...slides, ...print, ...editor, ...buildsInk };

export type StringKey = keyof typeof STRINGS;

/**
 * The keys whose words appear on slides and printouts: in Chinese they follow the deck's script (繁體 for a report
 * in traditional characters, shared/deck-script.ts). The print page's own error messages are the app's, not the deck's.
 */
export const ON_SLIDES: ReadonlySet<string> = new Set([
  ...Object.keys(slides),
  ...Object.keys(print).filter((k) => !k.startsWith('print')),
]);

/** The placeholders of a key, as the values `t` needs: none → no argument. */
type Values<K extends StringKey> = [Holes<(typeof STRINGS)[K]['zh']>] extends [never]
  ? []
  : [values: Record<Holes<(typeof STRINGS)[K]['zh']>, string | number>];

/** The string for `key` in `lang`, its `{name}` placeholders filled from `values`. */
export function t<K extends StringKey>(lang: Lang, key: K, ...[values]: Values<K>): string {
  const s: string = ON_SLIDES.has(key) ? inDeckScript(STRINGS[key][lang], lang) : STRINGS[key][lang];
  if (!values) return s;
  // A value set inside “…” (图表“{title}”) gets its own quotes nested: 图表“‘十二五’规划”.
  return fillQuoted(s, values as Record<string, string | number>);
}

/** @deprecated The same as `t`, kept for callers written before `t` took values. */
export const tf = t;

/** The keys without placeholders: what a key built at run time (`kind_${kind}`) may be. */
export type PlainKey = { [K in StringKey]: [Holes<(typeof STRINGS)[K]['zh']>] extends [never] ? K : never }[StringKey];

/** Whether a string built at run time is a key of the table without placeholders. */
export const isPlainKey = (k: string): k is PlainKey => Object.hasOwn(STRINGS, k) && !/\{\w+\}/.test(STRINGS[k as StringKey].zh);

/** Every key with its two strings, for tests. */
export const ALL_STRINGS: Readonly<Record<StringKey, Readonly<Record<Lang, string>>>> = STRINGS;

let current: Lang = 'zh';

/**
 * The UI language for code below the state layer (lib/api.ts's transport errors), which cannot read the
 * settings: state/settings sets it whenever the language is read or changed.
 */
export const uiLang = (): Lang => current;
export function setUiLang(lang: Lang): void {
  current = lang;
}

/** The UI languages. Here at the bottom floor, so the string table (i18n.ts) and every floor above can name it. */
export type Lang = 'zh' | 'en';

/**
 * Font names written into the office files. The slides' face is the bundled Noto Sans SC; a machine
 * without it falls back to the named East Asian face (every Windows PC with Office has 微软雅黑), and the
 * East Asian charset (GB2312) lets PowerPoint, WPS and LibreOffice pick a Chinese face if neither is there.
 * The Word brief is set in a Song/FangSong face, as 公文 are.
 */
export const SLIDE_FONT = 'Noto Sans SC';
export const SLIDE_FONT_FALLBACK = 'Microsoft YaHei';

/** Body of the Word brief: 仿宋 where installed (Windows: 仿宋; older: 仿宋_GB2312), else Song faces. */
export const BRIEF_BODY_FONT = 'FangSong';
export const BRIEF_BODY_FONT_EA = '仿宋';
/** Headings and the masthead title: 宋体 (SimSun), the face every Chinese Windows has. */
export const BRIEF_TITLE_FONT = 'SimSun';
export const BRIEF_TITLE_FONT_EA = '宋体';
/** 一、 headings in 黑体 as GB/T 9704 sets them. */
export const BRIEF_HEADING_FONT = 'SimHei';
export const BRIEF_HEADING_FONT_EA = '黑体';

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

/**
 * The 公文 brief in Word (GB/T 9704): the faces office PCs have for it, by the names Word and WPS know them,
 * each with the face to use where it is missing (written as w:altName in word/fontTable.xml, docx-gongwen.ts).
 * charset 86 is GB2312: a machine without either still picks a Chinese face, never tofu.
 */
export interface OfficeFace {
  /** The name runs and styles give (w:rFonts). */
  name: string;
  /** What Word/WPS substitutes when `name` is not installed. */
  altName: string;
  family: 'roman' | 'modern' | 'swiss' | 'script';
}
export const GONGWEN_FACES = {
  /** 方正小标宋简体: the title and the 红头. */
  title: { name: '方正小标宋简体', altName: '宋体', family: 'roman' },
  /** 仿宋_GB2312: the body. */
  body: { name: '仿宋_GB2312', altName: '仿宋', family: 'modern' },
  /** 楷体_GB2312: （一） headings and captions. */
  kai: { name: '楷体_GB2312', altName: '楷体', family: 'script' },
  /** 黑体: 一、 headings and table heads. */
  hei: { name: '黑体', altName: 'SimHei', family: 'swiss' },
  /** 宋体: the page numbers ("— n —", 4号半角宋体). */
  song: { name: '宋体', altName: 'SimSun', family: 'roman' },
} as const satisfies Record<string, OfficeFace>;

/** What each key command does, for the help overlay (?): one `key_<command>` per command of lib/keys.ts. */
import { table } from './table';

export const keys = table({
  key_next: { zh: '下一页', en: 'Next slide' },
  key_prev: { zh: '上一页', en: 'Previous slide' },
  key_first: { zh: '第一页', en: 'First slide' },
  key_last: { zh: '最后一页', en: 'Last slide' },
  key_goto: { zh: '输入页码跳转（也可直接输入数字再按 Enter）', en: 'Go to a slide (or type its number, then Enter)' },
  key_black: { zh: '黑屏 / 恢复', en: 'Black screen / back' },
  key_white: { zh: '白屏 / 恢复', en: 'White screen / back' },
  key_laser: { zh: '激光笔（跟随鼠标，投影上可见）', en: 'Laser pointer (follows the mouse, shown to the audience)' },
  key_zoom: { zh: '放大本页图表 / 还原（也可单击图表）', en: 'Zoom into the chart / back (or click the chart)' },
  key_fullscreen: { zh: '全屏 / 退出全屏', en: 'Full screen / leave' },
  key_present: { zh: '开始放映', en: 'Start presenting' },
  key_presenter: { zh: '切换演讲者视图', en: 'Switch to / from the presenter view' },
  key_overview: { zh: '总览全部幻灯片 / 返回', en: 'Overview of all slides / back' },
  key_notesLarger: { zh: '讲稿字号放大', en: 'Larger notes' },
  key_notesSmaller: { zh: '讲稿字号缩小', en: 'Smaller notes' },
  key_moveSlide: { zh: '把选中的幻灯片移动一位（一次可撤销的修改）', en: 'Move the chosen slide one place (an edit you can undo)' },
  key_help: { zh: '显示 / 关闭本帮助', en: 'Show / hide this help' },
  key_escape: {
    zh: '关闭最上层的浮层；放映中退出放映；否则在总览与放映间切换',
    en: 'Close the top layer; while presenting, stop; else between the overview and the slides',
  },
  keyName_Space: { zh: '空格 Space', en: 'Space' },
  'keyName_Shift+Space': { zh: 'Shift+空格', en: 'Shift+Space' },
});

/** Builds (分步出现) and ink (墨迹): the editor's control, the presenter's build step, the ink bar. */
import { table } from './table';

export const buildsInk = table({
  buildLabel: { zh: '分步出现', en: 'Builds' },
  buildNone: { zh: '整页出现', en: 'Whole slide at once' },
  buildItems: { zh: '逐项出现（{n} 步）', en: 'One item per click ({n} steps)' },
  buildNothing: { zh: '这一页没有可分步的内容（指标卡、图表、列表）', en: 'Nothing on this slide builds (KPI cards, chart, list)' },
  buildHint: {
    zh: '放映时每按一次“下一页”出现一项；打印与导出总是完整的一页',
    en: 'Each “next” shows one more item while presenting; prints and exports show the whole slide',
  },
  buildStep: { zh: '分步 {step} / {steps}', en: 'Build {step} / {steps}' },
  nextBuild: { zh: '下一步', en: 'Next step' },
  inkPen: { zh: '笔', en: 'Pen' },
  inkHighlighter: { zh: '荧光笔', en: 'Highlighter' },
  inkColour_red: { zh: '红', en: 'Red' },
  inkColour_yellow: { zh: '黄', en: 'Yellow' },
  inkColour_green: { zh: '绿', en: 'Green' },
  inkColour_blue: { zh: '蓝', en: 'Blue' },
  inkColour_white: { zh: '白', en: 'White' },
  inkColour_black: { zh: '黑', en: 'Black' },
  inkOn: { zh: '{tool}（Esc 停止，E 擦除本页）', en: '{tool} (Esc stops, E erases this slide)' },
  inkColours: { zh: '墨迹颜色', en: 'Ink colour' },
  inkEraseSlide: { zh: '擦除本页', en: 'Erase this slide' },
  inkClearAll: { zh: '清除全部墨迹', en: 'Clear all ink' },
  key_pen: { zh: '笔：在幻灯片上书写（观众屏幕可见）/ 停止', en: 'Pen: draw on the slide (shown to the audience) / stop' },
  key_highlighter: { zh: '荧光笔 / 停止', en: 'Highlighter / stop' },
  key_erase: { zh: '擦除本页墨迹', en: 'Erase the ink on this slide' },
  key_inkColour: { zh: '换一种墨迹颜色', en: 'Next ink colour' },
});

/**
 * `briefing/no-cjk-literal`: a Chinese character in a string, a template or a Svelte text node / attribute
 * of a renderer component is a UI string that bypassed the i18n table (src/renderer/lib/i18n/). Comments
 * (in code, markup and CSS) and regular expressions (which read the report's Chinese text, not show
 * it) are not checked. Where a
 * literal is the report's content or a rule about it, say so in an eslint-disable comment with a reason.
 */
const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;

const MESSAGE = 'Chinese text "{{text}}" in a component: put UI strings in src/renderer/lib/i18n/ and show them with t().';

/** @type {import('eslint').Rule.RuleModule} */
export const noCjkLiteral = {
  meta: {
    type: 'problem',
    docs: { description: 'UI strings go through the i18n table, not Chinese literals in components' },
    schema: [],
    messages: { cjk: MESSAGE },
  },
  create(context) {
    const check = (node, text) => {
      if (typeof text === 'string' && CJK.test(text)) context.report({ node, messageId: 'cjk', data: { text: text.trim().slice(0, 24) } });
    };
    return {
      Literal: (node) => check(node, typeof node.value === 'string' ? node.value : undefined),
      TemplateElement: (node) => check(node, node.value.cooked ?? node.value.raw),
      // A <style> element's text is CSS (its comments may well be Chinese), not UI text.
      SvelteText: (node) => node.parent?.type !== 'SvelteStyleElement' && check(node, node.value),
      SvelteLiteral: (node) => check(node, node.value),
    };
  },
};

export const briefingPlugin = { rules: { 'no-cjk-literal': noCjkLiteral } };

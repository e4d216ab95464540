/**
 * Each PowerPoint value label's own number format (export/pptx-label-formats.ts): the decimals the screen printed
 * (ChartRow.display), the unit in quotes; the chart part rewritten from the one sentinel format pptxgenjs is given.
 * test/pptx-parts.test.ts reads the result in a whole exported deck.
 */
import { describe, expect, it } from 'vitest';
import {
  displayFormat,
  labelFormat,
  labelFormatSentinel,
  perPointLabelFormats,
  printedDecimals,
} from '../src/main/export/pptx-label-formats';

describe('a label’s number format', () => {
  it('has the decimals the screen printed, a decline’s sign and the unit included', () => {
    expect(['6668亿元', '794.3亿元', '6668.0亿元', '-4.1%', '−4.10%', '0.138万亿元', '78%'].map(printedDecimals)).toEqual([
      0, 1, 1, 1, 2, 3, 0,
    ]);
    expect(labelFormat(0, '亿元')).toBe('0"亿元"');
    expect(labelFormat(2, '')).toBe('0.00');
    // A quote mark in a unit would end the format's literal: dropped.
    expect(labelFormat(1, '英寸"')).toBe('0.0"英寸"');
  });

  it('leaves a chart part without the sentinel as it is, and gives a bar series one label per point in its own format', () => {
    const plain = '<c:dLbls><c:numFmt formatCode="General" sourceLinked="0"/><c:showVal val="1"/></c:dLbls>';
    expect(perPointLabelFormats(plain)).toBe(plain);
    const sentinel = labelFormatSentinel(['6668亿元', '794.3亿元'], '亿元').replace(/"/g, '&quot;');
    const series =
      `<c:ser><c:dLbls><c:numFmt formatCode="${sentinel}" sourceLinked="0"/><c:txPr><a:bodyPr/></c:txPr>` +
      '<c:showVal val="1"/><c:showLeaderLines val="0"/></c:dLbls></c:ser>' +
      `  <c:dLbls>    <c:numFmt formatCode="${sentinel}" sourceLinked="0"/></c:dLbls>`;
    const out = perPointLabelFormats(series);
    expect(out).toContain(
      '<c:dLbl><c:idx val="0"/><c:numFmt formatCode="0&quot;亿元&quot;" sourceLinked="0"/><c:txPr><a:bodyPr/></c:txPr><c:showVal val="1"/></c:dLbl>',
    );
    expect(out).toContain('<c:dLbl><c:idx val="1"/><c:numFmt formatCode="0.0&quot;亿元&quot;" sourceLinked="0"/>');
    // The series keeps its leader-line flag (a point's label has none) and a format of its own; so does the chart.
    expect(out).toContain('<c:showLeaderLines val="0"/></c:dLbls></c:ser>');
    expect(out.match(/<c:numFmt formatCode="0&quot;亿元&quot;" sourceLinked="0"\/>/g)).toHaveLength(3);
    expect(out).not.toContain('@labels=');
  });

  // test/corpus/anhui-2025-government-work.txt's targets "增长5.5%以上", "增长7%左右": PowerPoint printed 5.5% and 7%.
  it('carries the qualifier the screen printed, in its place: words before and after the number are literals', () => {
    expect(printedDecimals('约3.5万亿元')).toBe(1);
    expect(printedDecimals('7.0%左右')).toBe(1);
    expect(displayFormat('7%左右', '%')).toBe('0"%左右"');
    expect(displayFormat('5.5%以上', '%')).toBe('0.0"%以上"');
    expect(displayFormat('300多个', '个')).toBe('0"多个"');
    expect(displayFormat('6668.0亿元', '亿元')).toBe('0.0"亿元"');
    // A prefix gets a part of its own for a negative, so the sign follows it as on screen ("约-4.1%", not "-约4.1%").
    expect(displayFormat('约3.5万亿元', '万亿元')).toBe('"约"0.0"万亿元";"约-"0.0"万亿元"');
    expect(displayFormat('超过1000亿元', '亿元')).toBe('"超过"0"亿元";"超过-"0"亿元"');
    expect(labelFormat(1, '%', '约')).toBe('"约"0.0"%";"约-"0.0"%"');
  });

  it('rewrites a chart whose labels have qualifiers, each point in its own words, the fallback without them', () => {
    const displays = ['5.5%以上', '5%左右', '7%左右', '约3.5%'];
    const sentinel = labelFormatSentinel(displays, '%');
    // The sentinel is plain ASCII: nothing pptxgenjs escapes, no separator of its own inside a label.
    expect(sentinel).toMatch(/^@labels=[\x21-\x7e]+$/u);
    expect(sentinel).not.toMatch(/["<>&]/u);
    const xml =
      `<c:ser><c:dLbls><c:numFmt formatCode="${sentinel}" sourceLinked="0"/><c:txPr><a:bodyPr/></c:txPr>` +
      '<c:showVal val="1"/><c:showLeaderLines val="0"/></c:dLbls></c:ser>';
    const out = perPointLabelFormats(xml);
    const formats = [...out.matchAll(/<c:dLbl><c:idx val="(\d+)"\/><c:numFmt formatCode="([^"]*)"/gu)].map((m) => [
      Number(m[1]),
      m[2]!.replace(/&quot;/g, '"'),
    ]);
    expect(formats).toEqual([
      [0, '0.0"%以上"'],
      [1, '0"%左右"'],
      [2, '0"%左右"'],
      [3, '"约"0.0"%";"约-"0.0"%"'],
    ]);
    expect(out).toContain('<c:numFmt formatCode="0.0&quot;%&quot;" sourceLinked="0"/><c:txPr>');
    expect(out).not.toContain('@labels=');
  });
});

/**
 * Each PowerPoint value label's own number format (export/pptx-label-formats.ts): the decimals the screen printed
 * (ChartRow.display), the unit in quotes; the chart part rewritten from the one sentinel format pptxgenjs is given.
 * test/pptx-parts.test.ts reads the result in a whole exported deck.
 */
import { describe, expect, it } from 'vitest';
import { labelFormat, labelFormatSentinel, perPointLabelFormats, printedDecimals } from '../src/main/export/pptx-label-formats';

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
});

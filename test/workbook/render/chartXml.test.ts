// The Overblik's chart specs as the .xlsx adapter writes them: each series gets its colour and line
// (LibreOffice draws unstyled line series as loose markers in one colour), the goal and the milestone
// dashed, and the value axis in percent.
import { demoTables } from '../../../src/demo/demoCaseload';
import { measure } from '../../../src/domain';
import { readCaseload } from '../../../src/workbook/read';
import { renderOverblik } from '../../../src/workbook/render/overblik';
import { chartXml } from '../../../src/xlsx/drawingXml';

const AS_OF = '2026-11-23';
const { report } = measure(readCaseload(demoTables(AS_OF)), { asOf: AS_OF });
const main = renderOverblik(report, { computedAt: 'x' }).charts![0];
const xml = chartXml('Overblik', main);
const series = xml.split('<c:ser>').slice(1);

test('writes three series, each with its own colour and a line; goal and milestone dashed without markers', () => {
  expect(series).toHaveLength(3);
  const colour = (s: string) => /<a:ln w="\d+"[^>]*><a:solidFill><a:srgbClr val="([0-9A-F]{6})"/.exec(s)?.[1];
  expect(series.map(colour)).toEqual(['2F5597', 'C00000', '548235']);
  expect(series.map((s) => s.includes('<a:prstDash val="dash"/>'))).toEqual([false, true, true]);
  expect(series.map((s) => s.includes('<c:symbol val="none"/>'))).toEqual([false, true, true]);
});

test('reads the series from the month table and shows the value axis in percent', () => {
  const first = main.data.row + 2;
  const last = main.data.row + main.data.rows!;
  expect(series[0]).toContain(`<c:val><c:numRef><c:f>'Overblik'!$B$${first}:$B$${last}</c:f>`);
  expect(series[0]).toContain(`<c:cat><c:strRef><c:f>'Overblik'!$A$${first}:$A$${last}</c:f>`);
  expect(xml).toContain('<c:numFmt formatCode="0%" sourceLinked="0"/>');
});

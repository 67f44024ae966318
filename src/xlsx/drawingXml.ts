// Native Excel charts (DrawingML) for a SheetModel's ChartSpecs: one drawing part anchoring a line or
// column chart per spec, the series read from the sheet's own cells, so CLI-written workbooks carry the
// same charts as the add-in draws.
import type { ChartSeriesStyle, ChartSpec, SheetModel } from '../workbook/port';
import { columnLetter } from './address';
import { escapeXml } from './xml';

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const EMU_PER_PX = 9525;

function abs(sheet: string, row: number, col: number, row2?: number): string {
  const name = `'${sheet.replace(/'/g, "''")}'`;
  const a = `$${columnLetter(col + 1)}$${row + 1}`;
  return row2 === undefined ? `${name}!${a}` : `${name}!${a}:$${columnLetter(col + 1)}$${row2 + 1}`;
}

const solid = (color: string) =>
  `<a:solidFill><a:srgbClr val="${color.replace('#', '').toUpperCase()}"/></a:solidFill>`;

/** A series' line or fill when the spec gives its look (LibreOffice draws unstyled lines as markers only). */
function seriesShape(type: ChartSpec['type'], style: ChartSeriesStyle | undefined): string {
  if (!style) return '';
  if (type === 'column') return `<c:spPr>${solid(style.color)}</c:spPr>`;
  const dash = style.dashed ? '<a:prstDash val="dash"/>' : '';
  return `<c:spPr><a:ln w="28575" cap="rnd">${solid(style.color)}${dash}<a:round/></a:ln></c:spPr>`;
}

/** The chart part's XML for one spec on sheet `sheet`. */
export function chartXml(sheet: string, spec: ChartSpec): string {
  const { row, col, rows = 1, cols = 1 } = spec.data;
  const first = row + 1;
  const last = row + rows - 1;
  const series: string[] = [];
  for (let j = 1; j < cols; j++) {
    const tx = `<c:tx><c:strRef><c:f>${escapeXml(abs(sheet, row, col + j))}</c:f></c:strRef></c:tx>`;
    const cat = `<c:cat><c:strRef><c:f>${escapeXml(abs(sheet, first, col, last))}</c:f></c:strRef></c:cat>`;
    const val = `<c:val><c:numRef><c:f>${escapeXml(abs(sheet, first, col + j, last))}</c:f></c:numRef></c:val>`;
    const style = spec.series?.[j - 1];
    const head = `<c:idx val="${j - 1}"/><c:order val="${j - 1}"/>${tx}${seriesShape(spec.type, style)}`;
    const marker =
      style?.markers === false
        ? '<c:marker><c:symbol val="none"/></c:marker>'
        : `<c:marker><c:symbol val="circle"/><c:size val="5"/>${style ? `<c:spPr>${solid(style.color)}<a:ln>${solid(style.color)}</a:ln></c:spPr>` : ''}</c:marker>`;
    series.push(
      spec.type === 'line'
        ? `<c:ser>${head}${marker}${cat}${val}<c:smooth val="0"/></c:ser>`
        : `<c:ser>${head}<c:invertIfNegative val="0"/>${cat}${val}</c:ser>`,
    );
  }
  const axes = '<c:axId val="50010001"/><c:axId val="50010002"/>';
  const plot =
    spec.type === 'line'
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series.join('')}<c:marker val="1"/>${axes}</c:lineChart>`
      : `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series.join('')}<c:gapWidth val="150"/>${axes}</c:barChart>`;
  const valueFormat = spec.valueFormat
    ? `<c:numFmt formatCode="${escapeXml(spec.valueFormat)}" sourceLinked="0"/>`
    : '<c:numFmt formatCode="General" sourceLinked="1"/>';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeXml(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${plot}` +
    '<c:catAx><c:axId val="50010001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="50010002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    '<c:valAx><c:axId val="50010002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>' +
    valueFormat +
    '<c:tickLblPos val="nextTo"/><c:crossAx val="50010001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>' +
    '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}

/**
 * The drawing part's XML anchoring every chart of the model. `addChart(i, xml)` stores chart i's part
 * and returns the drawing's relationship id for it.
 */
export function drawingParts(model: SheetModel, addChart: (i: number, xml: string) => string): string {
  const anchors = (model.charts ?? []).map((spec, i) => {
    const rid = addChart(i, chartXml(model.name, spec));
    const cx = (spec.widthPx ?? 480) * EMU_PER_PX;
    const cy = (spec.heightPx ?? 288) * EMU_PER_PX;
    return (
      `<xdr:oneCellAnchor><xdr:from><xdr:col>${spec.anchor.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${spec.anchor.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="${cx}" cy="${cy}"/>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(spec.title || `Diagram ${i + 1}`)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="${rid}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor>`
    );
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="${NS_A}">${anchors.join('')}</xdr:wsDr>`;
}

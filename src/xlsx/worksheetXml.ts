// Small edits to a worksheet part outside its cells: inserting an element at the place the schema
// requires (elements of a worksheet have a fixed order), appending to a counted list such as
// dataValidations, and widening the dimension.
import { decodeRange, encodeRange } from './address';

const WORKSHEET_ORDER = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

/**
 * Adds `children` to the counted list element `name` (creating it in schema order if absent).
 * `xml` may be a whole worksheet or the part after sheetData.
 */
export function addToList(xml: string, name: string, children: string[]): string {
  if (children.length === 0) return xml;
  const existing = new RegExp(`<${name}\\b([^>]*?)(/?)>`).exec(xml);
  if (existing && existing[2] !== '/') {
    const close = xml.indexOf(`</${name}>`, existing.index);
    const inner = xml.slice(existing.index + existing[0].length, close);
    const childName = /<(\w+)/.exec(children[0])![1];
    const count = (inner.match(new RegExp(`<${childName}[\\s>/]`, 'g')) ?? []).length + children.length;
    const open = /\scount="/.test(existing[0])
      ? existing[0].replace(/\scount="\d*"/, ` count="${count}"`)
      : existing[0].replace(/>$/, ` count="${count}">`);
    return xml.slice(0, existing.index) + open + inner + children.join('') + xml.slice(close);
  }
  const block = `<${name} count="${children.length}">${children.join('')}</${name}>`;
  if (existing) return xml.slice(0, existing.index) + block + xml.slice(existing.index + existing[0].length);
  return insertInOrder(xml, name, block);
}

/** Inserts `block` (element `name`) before the first element that must follow it. */
export function insertInOrder(xml: string, name: string, block: string): string {
  const later = WORKSHEET_ORDER.slice(WORKSHEET_ORDER.indexOf(name) + 1);
  let at = -1;
  for (const n of later) {
    const m = new RegExp(`<${n}[\\s/>]`).exec(xml);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) at = xml.lastIndexOf('</worksheet>');
  if (at < 0) at = xml.length;
  return xml.slice(0, at) + block + xml.slice(at);
}

/** Widens `<dimension ref>` to include rows up to `bottom` and columns up to `right`. */
export function widenDimension(xml: string, bottom: number, right: number): string {
  return xml.replace(/<dimension\s+ref="([^"]*)"\s*\/>/, (whole, ref: string) => {
    try {
      const r = decodeRange(ref);
      return `<dimension ref="${encodeRange(r.top, r.left, Math.max(r.bottom, bottom), Math.max(r.right, right))}"/>`;
    } catch {
      return whole;
    }
  });
}

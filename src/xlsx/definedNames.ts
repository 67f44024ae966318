// The defined names in workbook.xml that Fremdrift reads and writes: sheet-local print titles and the mark
// that tells Fremdrift's own sheets from a user's sheet of the same name (workbook/ownSheets.ts,
// SHEET_MARK). New elements are written with the prefix workbook.xml binds to SpreadsheetML's namespace
// (default, or `x:` as some writers use), and `<definedNames>` is created where the schema puts it.
import { SHEET_MARK } from '../workbook/ownSheets';
import { ANY_PREFIX, attrs, escapeXml, reEscape, rootElementPrefix, rootPrefixFor } from './xml';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

export interface DefinedName {
  name: string;
  localSheetId?: number;
  hidden?: boolean;
  /** The formula text, unescaped. */
  value: string;
}

/** The prefix ('' or 'x:') for SpreadsheetML elements in this workbook.xml. */
export function mainPrefix(xml: string): string {
  return rootPrefixFor(xml, NS_MAIN) ?? rootElementPrefix(xml);
}

const ELEMENT = new RegExp(`<(${ANY_PREFIX})definedName\\b[^>]*?(?:/>|>[\\s\\S]*?</\\1definedName>)`, 'g');

/** Each `<definedName>` element's text with its attributes. */
function elements(xml: string): { text: string; a: Record<string, string> }[] {
  return [...xml.matchAll(ELEMENT)].map((m) => ({ text: m[0], a: attrs(/^<[^>]*>/.exec(m[0])![0]) }));
}

/** The sheet indexes (localSheetId, workbook order) that carry Fremdrift's mark. */
export function markedSheetIndexes(xml: string): Set<number> {
  const out = new Set<number>();
  for (const { a } of elements(xml)) {
    if (a.name === SHEET_MARK && a.localSheetId !== undefined) out.add(Number(a.localSheetId));
  }
  return out;
}

/** The mark for the sheet at `index` named `sheetName`: a hidden sheet-local name for its cell A1. */
export function sheetMark(index: number, sheetName: string): DefinedName {
  return { name: SHEET_MARK, localSheetId: index, hidden: true, value: `'${sheetName.replace(/'/g, "''")}'!$A$1` };
}

/** Removes the defined names `drop` picks. */
export function removeDefinedNames(xml: string, drop: (a: Record<string, string>) => boolean): string {
  let out = xml;
  for (const e of elements(xml)) if (drop(e.a)) out = out.replace(e.text, '');
  // An empty definedNames is invalid.
  return out.replace(new RegExp(`<(${ANY_PREFIX})definedNames>\\s*</\\1definedNames>`), '');
}

/** Elements that follow definedNames in CT_Workbook, the first of which a new definedNames goes before. */
const AFTER_DEFINED_NAMES =
  'calcPr|oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst';

/** Adds defined names, inside the existing `<definedNames>` or a new one where the schema puts it. */
export function addDefinedNames(xml: string, names: readonly DefinedName[]): string {
  if (names.length === 0) return xml;
  const p = mainPrefix(xml);
  const body = names
    .map((n) => {
      const local = n.localSheetId === undefined ? '' : ` localSheetId="${n.localSheetId}"`;
      const hidden = n.hidden ? ' hidden="1"' : '';
      return `<${p}definedName name="${escapeXml(n.name)}"${local}${hidden}>${escapeXml(n.value)}</${p}definedName>`;
    })
    .join('');
  const open = new RegExp(`<(${ANY_PREFIX})definedNames\\b[^>]*?(/?)>`).exec(xml);
  if (open) {
    const [tag, prefix, selfClosing] = open;
    if (selfClosing) return xml.replace(tag, `${tag.replace(/\s*\/>$/, '>')}${body}</${prefix}definedNames>`);
    const close = new RegExp(`</${reEscape(prefix)}definedNames>`);
    return xml.replace(close, `${body}</${prefix}definedNames>`);
  }
  const later = new RegExp(`<${ANY_PREFIX}(?:${AFTER_DEFINED_NAMES})\\b|</${ANY_PREFIX}workbook>`).exec(xml);
  if (!later) return xml;
  return xml.slice(0, later.index) + `<${p}definedNames>${body}</${p}definedNames>` + xml.slice(later.index);
}

// Part names and relationships of an OPC package as pure string work (no Node `path`), so the Node
// adapter (xlsxPackage.ts) and the browser's read-only view (packageReader.ts) resolve targets and list
// sheets the same way: relative or absolute targets, as Excel, LibreOffice and openpyxl write them.
import { attrs } from './xml';

export interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** The target part's name inside the package (no leading slash), for internal targets. */
  part: string;
}

export interface SheetEntry {
  name: string;
  sheetId: number;
  rid: string;
  /** The worksheet part, e.g. `xl/worksheets/sheet1.xml`; '' for chart sheets and unresolvable entries. */
  part: string;
  /** The original `<sheet .../>` element text, kept verbatim when sheets are reordered. */
  tag: string;
}

/** Like posix.normalize for part names: `.` and empty segments dropped, `..` applied (never above an absolute root). */
function normalizePath(path: string): string {
  const absolute = path.startsWith('/');
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment !== '..') out.push(segment);
    else if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (!absolute) out.push('..');
  }
  return (absolute ? '/' : '') + out.join('/');
}

function dirnameOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return slash < 0 ? '' : part.slice(0, slash);
}

/** Joins a relationship target onto the folder of its source part; absolute targets start at the package root. */
export function resolveTarget(sourcePart: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(target);
  } catch {
    // A literal % in a part name: keep it as written.
  }
  if (t.startsWith('/')) return normalizePath(t).replace(/^\/+/, '');
  const dir = dirnameOf(sourcePart);
  return normalizePath(dir ? `${dir}/${t}` : t);
}

export function relsPathOf(part: string): string {
  const dir = dirnameOf(part);
  const base = part.slice(part.lastIndexOf('/') + 1);
  return `${dir ? `${dir}/` : ''}_rels/${base}.rels`;
}

/** The relationships in a `.rels` part's XML, their targets resolved against `part`. */
export function parseRels(xml: string | null, part: string): Rel[] {
  if (!xml) return [];
  const out: Rel[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const a = attrs(m[0]);
    const external = a.TargetMode === 'External';
    out.push({
      id: a.Id,
      type: a.Type,
      target: a.Target,
      external,
      part: external ? '' : resolveTarget(part, a.Target ?? ''),
    });
  }
  return out;
}

/** The sheets listed in workbook.xml, in workbook order, with their worksheet parts from the workbook's rels. */
export function parseSheets(workbookXml: string, workbookRels: readonly Rel[]): SheetEntry[] {
  const rels = new Map(workbookRels.map((r) => [r.id, r]));
  const out: SheetEntry[] = [];
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const a = attrs(m[0]);
    const rel = rels.get(a.id);
    const isWorksheet = rel && rel.type.endsWith('/worksheet');
    out.push({ name: a.name, sheetId: Number(a.sheetId), rid: a.id, part: isWorksheet ? rel.part : '', tag: m[0] });
  }
  return out;
}

// Makes a valid package that ExcelJS 4.4 cannot load readable for it, for reading an export's values
// only: absolute relationship targets (`/xl/worksheets/sheet1.xml`, as openpyxl writes them) become
// relative, and drawings, pictures and comments are unlinked from the worksheets (ExcelJS fails on some
// drawings with "Cannot read properties of undefined"). Browser-safe (JSZip and string edits only), so
// the task pane's import can use it too. Never used on a workbook that is saved again.
import JSZip from 'jszip';

const DROPPED_SHEET_RELS = /\/(drawing|vmlDrawing|image|comments|threadedComment|oleObject|control|ctrlProp)$/;

/** `target` (a part name without leading slash) relative to the folder `fromDir`. */
function relativeTo(fromDir: string, target: string): string {
  const from = fromDir ? fromDir.split('/') : [];
  const to = target.split('/');
  let k = 0;
  while (k < from.length && k < to.length - 1 && from[k].toLowerCase() === to[k].toLowerCase()) k++;
  return [...from.slice(k).map(() => '..'), ...to.slice(k)].join('/');
}

/** The repaired package, or null when nothing needed repair. */
export async function repairForExcelJs(data: Uint8Array | ArrayBuffer): Promise<Uint8Array | null> {
  const zip = await JSZip.loadAsync(data);
  let changed = false;
  for (const name of Object.keys(zip.files)) {
    const m = /^(?:(.*)\/)?_rels\/([^/]*)\.rels$/.exec(name);
    if (!m || zip.files[name].dir) continue;
    const dir = m[1] ?? '';
    const source = dir ? `${dir}/${m[2]}` : m[2];
    const isSheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(source);
    const xml = await zip.file(name)!.async('string');
    const dropped: string[] = [];
    let out = xml.replace(/<Relationship\b[^>]*>/g, (rel) => {
      const type = /\bType="([^"]*)"/.exec(rel)?.[1] ?? '';
      if (isSheet && DROPPED_SHEET_RELS.test(type)) {
        dropped.push(/\bId="([^"]*)"/.exec(rel)?.[1] ?? '');
        return '';
      }
      if (/\bTargetMode="External"/.test(rel)) return rel;
      return rel.replace(/(\bTarget=")\/+([^"]*)"/, (_, pre: string, abs: string) => `${pre}${relativeTo(dir, abs)}"`);
    });
    if (out !== xml) {
      zip.file(name, out);
      changed = true;
    }
    if (isSheet && dropped.length > 0 && zip.file(source)) {
      const sheet = await zip.file(source)!.async('string');
      out = sheet.replace(/<(?:\w+:)?(?:drawing|legacyDrawing|legacyDrawingHF|picture)\b[^>]*\/>/g, '');
      if (out !== sheet) zip.file(source, out);
    }
  }
  return changed ? zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }) : null;
}

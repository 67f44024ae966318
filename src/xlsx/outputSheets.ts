// Fremdrift's own output sheets in an .xlsx package: each is rendered whole to its worksheet part (an
// existing one, if it carries Fremdrift's mark, is replaced with the drawings and charts only it used),
// charts get their drawing part, and the output sheets are ordered first with their print titles and
// their marks (definedNames.ts). Nothing else in the file is touched.
import { OUTPUT_SHEETS, type OutputSheetName } from '../workbook/contract';
import { assertOwnSheet } from '../workbook/ownSheets';
import type { SheetModel } from '../workbook/port';
import {
  addDefinedNames,
  mainPrefix,
  markedSheetIndexes,
  removeDefinedNames,
  sheetMark,
  type DefinedName,
} from './definedNames';
import { modelIn1904, usesDate1904 } from './dateSystem';
import { drawingParts } from './drawingXml';
import { WorkbookFileError } from './errors';
import type { PackageSession } from './packageSession';
import { holdsFormula } from './holdsFormula';
import { renderSheetPart } from './renderSheet';
import { CT, REL, relsPathOf } from './xlsxPackage';
import { ANY_PREFIX, reEscape } from './xml';

export function writeOutputSheets(ps: PackageSession, models: readonly SheetModel[]): void {
  writeOutputSheetsEach(
    ps,
    models.map((m) => m.name),
    (write) => models.forEach(write),
  );
}

/**
 * The sheets `produce` hands to `write` one at a time, each rendered and deflated before the next comes
 * (so a caller need not hold them all: renderEach). `names` are every sheet to come, in that order; all
 * are checked before any is written, so a refusal leaves the workbook as it was.
 */
export function writeOutputSheetsEach(
  ps: PackageSession,
  names: readonly OutputSheetName[],
  produce: (write: (model: SheetModel) => void) => void,
): void {
  checkOutputSheets(ps, names);
  const printTitles: Record<string, string | undefined> = {};
  const date1904 = usesDate1904(ps.pkg.text(ps.pkg.workbookPart()) ?? '');
  let next = 0;
  try {
    produce((model) => {
      // Only a sheet checked above, in the order checked.
      if (model.name !== names[next]) throw new Error(`Uventet ark ${model.name}; ventede ${names[next] ?? 'intet'}`);
      next++;
      writeOne(ps, model, date1904, printTitles);
    });
  } finally {
    // Even when rendering failed midway, every sheet written so far is ordered and carries its mark.
    orderSheets(ps, printTitles);
    ps.tablesChanged();
  }
  if (next !== names.length) throw new Error(`Kun ${next} af ${names.length} ark blev skrevet`);
}

/** The shared rule (workbook/ownSheets.ts) for every sheet to be written, before any is changed. */
function checkOutputSheets(ps: PackageSession, names: readonly OutputSheetName[]): void {
  const sheets = ps.pkg.sheets();
  const marked = markedSheetIndexes(ps.pkg.text(ps.pkg.workbookPart()) ?? '');
  for (const name of names) {
    const index = sheets.findIndex((s) => s.name.toLowerCase() === name.toLowerCase());
    const existing = index < 0 ? undefined : sheets[index];
    assertOwnSheet(
      name,
      existing && {
        name: existing.name,
        marked: marked.has(index),
        holdsTable: ps.tables().some((t) => t.sheet.rid === existing.rid),
      },
    );
    if (existing && !existing.part) {
      throw new WorkbookFileError(
        `Arket "${name}" er et diagramark, ikke et regneark; omdøb det, så Fremdrift kan skrive sit eget ark`,
      );
    }
  }
}

/** One sheet rendered to its part (an existing one replaced whole, with the parts only it used). */
function writeOne(
  ps: PackageSession,
  model: SheetModel,
  date1904: boolean,
  printTitles: Record<string, string | undefined>,
): void {
  const existing = ps.pkg.sheets().find((s) => s.name.toLowerCase() === model.name.toLowerCase());
  let part: string;
  if (existing) {
    part = existing.part;
    // Looked at once, as bytes: the old sheet is replaced whole, so nothing of it is decoded or kept.
    if (holdsFormula(ps.pkg.bytesOnce(part))) ps.dropCalcChain();
    dropRelatedParts(ps, part);
    ps.discardEditor(part);
  } else {
    part = ps.addSheet(model.name);
  }
  let drawingRel: string | undefined;
  if ((model.charts ?? []).length > 0) drawingRel = addCharts(ps, part, model);
  const inSystem = date1904 ? modelIn1904(model) : model;
  // Deflated as it is rendered: the sheet's XML is never held whole.
  const rendered = renderSheetPart(inSystem, ps.styles(), drawingRel);
  ps.pkg.setDeflated(part, rendered.part, true);
  printTitles[existing?.name ?? model.name] = rendered.printTitles;
}

/** Removes a sheet's relationships and the parts only it referred to (its old drawings and charts). */
function dropRelatedParts(ps: PackageSession, part: string) {
  const rels = ps.pkg.rels(part);
  const relsPath = relsPathOf(part);
  ps.pkg.remove(relsPath);
  for (const rel of rels) {
    if (rel.external || !ps.pkg.has(rel.part) || referencedElsewhere(ps, rel.part)) continue;
    dropRelatedParts(ps, rel.part);
    ps.pkg.remove(rel.part);
    ps.pkg.removeOverride(rel.part);
  }
}

function referencedElsewhere(ps: PackageSession, target: string): boolean {
  for (const name of ps.pkg.names()) {
    if (!name.endsWith('.rels')) continue;
    const source = name.replace(/_rels\/([^/]*)\.rels$/, '$1').replace(/^\//, '');
    if (ps.pkg.rels(source).some((r) => !r.external && r.part.toLowerCase() === target.toLowerCase())) return true;
  }
  return false;
}

/** Adds a drawing with the model's charts to a sheet part; returns the sheet's relationship id for it. */
function addCharts(ps: PackageSession, sheetPart: string, model: SheetModel): string {
  let n = 1;
  while (ps.pkg.has(`xl/drawings/drawing${n}.xml`)) n++;
  const drawingPart = `xl/drawings/drawing${n}.xml`;
  const charts = model.charts ?? [];
  const chartParts: string[] = [];
  let c = 1;
  for (let i = 0; i < charts.length; i++) {
    while (ps.pkg.has(`xl/charts/chart${c}.xml`)) c++;
    chartParts.push(`xl/charts/chart${c}.xml`);
    c++;
  }
  const rids: string[] = [];
  const built = drawingParts(model, (i, xml) => {
    ps.pkg.setText(chartParts[i], xml);
    ps.pkg.addOverride(chartParts[i], CT.chart);
    rids.push(ps.pkg.addRel(drawingPart, REL.chart, chartParts[i]));
    return rids[i];
  });
  ps.pkg.setText(drawingPart, built);
  ps.pkg.addOverride(drawingPart, CT.drawing);
  return ps.pkg.addRel(sheetPart, REL.drawing, drawingPart);
}

/**
 * Output sheets first, in contract order; other sheets keep their relative order after them. Sheet-local
 * defined names and the active tab follow their sheets; print titles of output sheets are set.
 */
function orderSheets(ps: PackageSession, printTitles: Record<string, string | undefined>) {
  const wbPart = ps.pkg.workbookPart();
  let xml = ps.pkg.text(wbPart)!;
  const sheets = ps.pkg.sheets();
  const rank = (name: string) => {
    const i = OUTPUT_SHEETS.indexOf(name as never);
    return i >= 0 ? i : OUTPUT_SHEETS.length;
  };
  const order = sheets.map((s, i) => ({ s, i })).sort((a, b) => rank(a.s.name) - rank(b.s.name) || a.i - b.i);
  const newIndex = new Map(order.map((o, k) => [o.i, k]));
  const moved = order.some((o, k) => o.i !== k);
  if (moved) {
    const p = reEscape(mainPrefix(xml));
    xml = xml.replace(
      new RegExp(`(<${p}sheets\\b[^>]*>)[\\s\\S]*?(</${p}sheets>)`),
      (_, open: string, close: string) => open + order.map((o) => o.s.tag).join('') + close,
    );
    xml = xml.replace(
      new RegExp(`(<${ANY_PREFIX}definedName\\b[^>]*\\blocalSheetId=")(\\d+)(")`, 'g'),
      (_, a: string, i: string, b: string) => a + (newIndex.get(Number(i)) ?? i) + b,
    );
    xml = xml.replace(
      new RegExp(`(<${ANY_PREFIX}workbookView\\b[^>]*\\b(?:activeTab|firstSheet)=")(\\d+)(")`, 'g'),
      (_, a: string, i: string, b: string) => a + (newIndex.get(Number(i)) ?? i) + b,
    );
  }
  // Print titles: one sheet-local _xlnm.Print_Titles per output sheet that asks for them; and the mark on
  // every sheet written (an existing mark stays where the reordering put it).
  const finalOrder = order.map((o) => o.s.name);
  const written = new Set(Object.keys(printTitles).map((name) => finalOrder.indexOf(name)));
  xml = removeDefinedNames(xml, (a) => a.name === '_xlnm.Print_Titles' && written.has(Number(a.localSheetId ?? -1)));
  const marked = markedSheetIndexes(xml);
  const add: DefinedName[] = [];
  for (const [name, titles] of Object.entries(printTitles)) {
    const idx = finalOrder.indexOf(name);
    if (titles) add.push({ name: '_xlnm.Print_Titles', localSheetId: idx, value: titles });
    if (!marked.has(idx)) add.push(sheetMark(idx, name));
  }
  xml = addDefinedNames(xml, add);
  ps.pkg.setText(wbPart, xml);
}

// The output-sheet registry: every sheet Fremdrift writes and how it is rendered, one entry per sheet.
// Adding a sheet: its name in the contract's OUTPUT_SHEETS (the adapters' one rule for what they may write),
// its renderer in its own file, and one entry here; the type below refuses a name without a renderer.
// Callers (refresh, CLI, ribbon) only call renderAll, so they need no change.
import type { Caseload, MonthKey } from '../../domain/model';
import type { DataIssue } from '../../domain/issues';
import type { Measurement } from '../../domain/report';
import { OUTPUT_SHEETS, type OutputSheetName } from '../contract';
import type { SheetModel } from '../port';
import type { RenderContext } from './builder';
import { renderAfstemning } from './afstemning';
import { hideCprNumbers } from './cprGuard';
import { renderDatakvalitet } from './datakvalitet';
import { renderForloebsoversigt } from './forloebsoversigt';
import { renderMaanedsdialog } from './maanedsdialog';
import { renderMilepaele } from './milepaele';
import { renderOverblik } from './overblik';
import { renderVirksomheder } from './virksomheder';
import { personIndex, type PersonIndex } from './personIndex';

export { formatComputedAt, type RenderContext } from './builder';

export interface RenderOptions extends RenderContext {
  dialogMonth: MonthKey;
  dialogCaseworker?: string;
}

/** What every output sheet is rendered from. */
interface SheetInput {
  measurement: Measurement;
  caseload: Caseload;
  opts: RenderOptions;
  /** The caseload by citizen, built once for the sheets that look up one citizen's rows at a time. */
  index: PersonIndex;
}

const OUTPUT_SHEET_RENDERERS: { readonly [name in OutputSheetName]: (input: SheetInput) => SheetModel } = {
  Overblik: ({ measurement, opts }) => renderOverblik(measurement.report, opts),
  Milepæle: ({ measurement, opts }) => renderMilepaele(measurement.report, opts),
  Månedsdialog: ({ measurement, caseload, opts, index }) =>
    renderMaanedsdialog(
      measurement,
      caseload,
      opts,
      { month: opts.dialogMonth, caseworker: opts.dialogCaseworker },
      index,
    ),
  Forløbsoversigt: ({ measurement, caseload, opts, index }) =>
    renderForloebsoversigt(measurement.report, caseload, opts, index),
  Datakvalitet: ({ measurement, opts }) => renderDatakvalitet(measurement.report, opts),
  Afstemning: ({ measurement, opts }) => renderAfstemning(measurement.report, opts),
  Virksomheder: ({ measurement, opts }) => renderVirksomheder(measurement.report, opts),
};

/**
 * All output sheets, in the contract's order (OUTPUT_SHEETS). No cell that looks like a CPR number is
 * ever written (cprGuard.ts): it is replaced by a marker and listed on Datakvalitet, rendered last.
 */
export function renderAll(measurement: Measurement, caseload: Caseload, opts: RenderOptions): SheetModel[] {
  const models: SheetModel[] = [];
  renderEach(measurement, caseload, opts, (model) => models.push(model));
  return models;
}

/**
 * The sheets of renderAll, handed to `take` one at a time in the contract's order, each before the next
 * is rendered, so a caller that writes it can let its cells go (issue 26: Forløbsoversigt and Månedsdialog
 * list every citizen). Datakvalitet lists the CPR cells hidden on every other sheet, so the small sheets
 * after it in the order are rendered before it and held until it is handed over.
 */
const QUALITY_AT = OUTPUT_SHEETS.indexOf('Datakvalitet');

export function renderEach(
  measurement: Measurement,
  caseload: Caseload,
  opts: RenderOptions,
  take: (model: SheetModel) => void,
): void {
  const index = personIndex(caseload);
  const hidden: DataIssue[] = [];
  const held: SheetModel[] = [];
  for (const name of OUTPUT_SHEETS) {
    if (name === 'Datakvalitet') continue;
    const model = OUTPUT_SHEET_RENDERERS[name]({ measurement, caseload, opts, index });
    for (const issue of hideCprNumbers(model)) hidden.push(issue);
    if (OUTPUT_SHEETS.indexOf(name) < QUALITY_AT) take(model);
    else held.push(model);
  }
  const report = hidden.length > 0 ? { ...measurement.report, issues: measurement.report.issues.concat(hidden) } : null;
  const quality = OUTPUT_SHEET_RENDERERS.Datakvalitet({
    measurement: report ? { ...measurement, report } : measurement,
    caseload,
    opts,
    index,
  });
  hideCprNumbers(quality);
  take(quality);
  for (const model of held) take(model);
}

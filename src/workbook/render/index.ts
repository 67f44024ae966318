// The output-sheet registry: every sheet Fremdrift writes and how it is rendered, one entry per sheet.
// Adding a sheet: its name in the contract's OUTPUT_SHEETS (the adapters' one rule for what they may write),
// its renderer in its own file, and one entry here; the type below refuses a name without a renderer.
// Callers (refresh, CLI, ribbon) only call renderAll, so they need no change.
import type { Caseload, MonthKey } from '../../domain/model';
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
}

const OUTPUT_SHEET_RENDERERS: { readonly [name in OutputSheetName]: (input: SheetInput) => SheetModel } = {
  Overblik: ({ measurement, opts }) => renderOverblik(measurement.report, opts),
  Milepæle: ({ measurement, opts }) => renderMilepaele(measurement.report, opts),
  Månedsdialog: ({ measurement, caseload, opts }) =>
    renderMaanedsdialog(measurement, caseload, opts, { month: opts.dialogMonth, caseworker: opts.dialogCaseworker }),
  Forløbsoversigt: ({ measurement, caseload, opts }) => renderForloebsoversigt(measurement.report, caseload, opts),
  Datakvalitet: ({ measurement, opts }) => renderDatakvalitet(measurement.report, opts),
  Afstemning: ({ measurement, opts }) => renderAfstemning(measurement.report, opts),
  Virksomheder: ({ measurement, opts }) => renderVirksomheder(measurement.report, opts),
};

/**
 * All output sheets, in the contract's order (OUTPUT_SHEETS). No cell that looks like a CPR number is
 * ever written (cprGuard.ts): it is replaced by a marker and listed on Datakvalitet, rendered last.
 */
export function renderAll(measurement: Measurement, caseload: Caseload, opts: RenderOptions): SheetModel[] {
  const others = OUTPUT_SHEETS.filter((name) => name !== 'Datakvalitet');
  const models = new Map<OutputSheetName, SheetModel>(
    others.map((name) => [name, OUTPUT_SHEET_RENDERERS[name]({ measurement, caseload, opts })]),
  );
  const hidden = [...models.values()].flatMap(hideCprNumbers);
  const report = hidden.length > 0 ? { ...measurement.report, issues: measurement.report.issues.concat(hidden) } : null;
  const quality = OUTPUT_SHEET_RENDERERS.Datakvalitet({
    measurement: report ? { ...measurement, report } : measurement,
    caseload,
    opts,
  });
  hideCprNumbers(quality);
  models.set('Datakvalitet', quality);
  return OUTPUT_SHEETS.map((name) => models.get(name)!);
}

// All output sheets, in the contract's order (OUTPUT_SHEETS).
import type { Caseload, MonthKey } from '../../domain/model';
import type { Measurement } from '../../domain/report';
import type { SheetModel } from '../port';
import type { RenderContext } from './builder';
import { renderAfstemning } from './afstemning';
import { renderDatakvalitet } from './datakvalitet';
import { renderForloebsoversigt } from './forloebsoversigt';
import { renderMaanedsdialog } from './maanedsdialog';
import { renderMilepaele } from './milepaele';
import { renderOverblik } from './overblik';

export { formatComputedAt, type RenderContext } from './builder';

export interface RenderOptions extends RenderContext {
  dialogMonth: MonthKey;
  dialogCaseworker?: string;
}

export function renderAll(measurement: Measurement, caseload: Caseload, opts: RenderOptions): SheetModel[] {
  const { report } = measurement;
  return [
    renderOverblik(report, opts),
    renderMilepaele(report, opts),
    renderMaanedsdialog(measurement, caseload, opts, { month: opts.dialogMonth, caseworker: opts.dialogCaseworker }),
    renderForloebsoversigt(report, caseload, opts),
    renderDatakvalitet(report, opts),
    renderAfstemning(report, opts),
  ];
}

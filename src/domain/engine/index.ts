// The measurement engine's entry: the core (core.ts: DOMAIN.md section 4 for the whole target group and every
// slice, signals, reconciliation, drill-down) plus the extras (extras.ts: indicators, companies).
import type { Caseload } from '../model';
import type { Measurement, MeasureOptions } from '../report';
import { measureCore } from './core';
import { withExtras } from './extras';

export { reportMonths } from './citizenIndex';

export function measure(caseload: Caseload, options: MeasureOptions): Measurement {
  return withExtras(measureCore(caseload, options), caseload, options);
}

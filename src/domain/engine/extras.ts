// The parts of a measurement the task pane's first view does not show: the indicators (issue 24) and the
// company overview (issue 23). Apart from core.ts so the pane can load them in their own chunk just after
// the first view; measure() (index.ts) always adds them, so the CLI, the sheets and the JSON get them all.
import { companyOverview } from '../companies';
import { evaluateIndicators } from '../indicators';
import { issuesInReadingOrder } from '../issues';
import type { Caseload } from '../model';
import type { Measurement, MeasureOptions, Report } from '../report';
import type { CoreMeasurement } from './core';

export function withExtras(core: CoreMeasurement, caseload: Caseload, options: MeasureOptions): Measurement {
  const { measurement, valid, months } = core;
  const indicators = evaluateIndicators(caseload, { asOf: options.asOf, valid, months });
  const r = measurement.report;
  // The keys exist in the core's report already, so the report's key order (and its JSON) is unchanged.
  const report: Report = {
    ...r,
    indicators: indicators.results,
    byCompany: companyOverview(valid, options.asOf),
    issues: indicators.issues.length > 0 ? issuesInReadingOrder(r.issues.concat(indicators.issues)) : r.issues,
  };
  const { partial: _partial, ...whole } = measurement;
  return { ...whole, report };
}

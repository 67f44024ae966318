// Which way the task pane starts, decided from what Office reported (kept apart from index.tsx so it can
// be tested): inside Excel on the workbook; in a plain browser on the demo; inside an Office host
// whose office.js failed to load or whose host never started, an error screen, never the demo, so no
// one takes demo figures for their own workbook's.

export type StartMode = 'excel' | 'preview' | 'error';

export interface StartFacts {
  /** What Office.onReady reported, or null when office.js is missing or never became ready. */
  info: { host: unknown } | null;
  /** The value of Office.HostType.Excel when office.js is loaded. */
  excelHost: unknown;
  /** The pane runs in an Office frame or web view (looksHostedByOffice). */
  hosted: boolean;
}

export function startMode({ info, excelHost, hosted }: StartFacts): StartMode {
  if (info !== null && excelHost !== undefined && info.host === excelHost) return 'excel';
  // Hosted by Office but not started as an Excel add-in: office.js missing, timed out, no host, or
  // another Office application.
  if (hosted) return 'error';
  return 'preview';
}

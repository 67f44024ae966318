// Ribbon commands (manifest FunctionFile commands.html). "Opdater" recomputes every output sheet
// from the input tables of the open workbook, without opening the task pane.
import { refreshOutputs } from '../app';
import { OfficeWorkbook } from '../excel/officeWorkbook';

/** Today as an ISO date from the local calendar (no time-zone conversion). */
function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The "Opdater" button. Always completes the event, also on errors, so Office does not wait forever. */
export async function refresh(event?: Office.AddinCommands.Event): Promise<void> {
  try {
    await refreshOutputs(new OfficeWorkbook(), { asOf: todayIso() });
  } catch (error) {
    // A function command has no UI; the task pane shows data errors. Log for the developer tools.
    console.error('Fremdrift: opdatering mislykkedes', error);
  } finally {
    event?.completed();
  }
}

// XML manifests call the FunctionName on the global object; newer runtimes look it up via
// Office.actions.associate. Register both ways.
(globalThis as unknown as Record<string, unknown>).refresh = refresh;
if (typeof Office !== 'undefined') {
  Office.onReady(() => {
    if (Office.actions && typeof Office.actions.associate === 'function') Office.actions.associate('refresh', refresh);
  });
}

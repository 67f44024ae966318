// Ribbon commands (manifest FunctionFile commands.html). "Opdater" recomputes every output sheet
// from the input tables of the open workbook, without opening the task pane, and tells the user how it
// went: in the open task pane, else in a small status dialog (notice.ts). commands.html is also that
// dialog's page (statusPage.ts).
import { refreshOutputs } from '../app';
import { todayIso } from '../app/today';
import { OfficeWorkbook } from '../excel/officeWorkbook';
import { refreshNotice } from './notice';
import { renderStatusPage } from './statusPage';

/** The clock time of a finished refresh, as the user reads it (14:05). */
function clockTime(now = new Date()): string {
  return `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
}

/** The "Opdater" button. Always completes the event, also on errors, so Office does not wait forever. */
export async function refresh(event?: Office.AddinCommands.Event): Promise<void> {
  const notice = await refreshNotice();
  try {
    notice.started();
    await refreshOutputs(new OfficeWorkbook(), { asOf: todayIso(), closeMonthsOn: todayIso() });
    notice.done(clockTime());
  } catch (error) {
    console.error('Fremdrift: opdatering mislykkedes', error);
    notice.failed(error instanceof Error ? error.message : String(error));
  } finally {
    try {
      await notice.settled();
    } finally {
      event?.completed();
    }
  }
}

// XML manifests call the FunctionName on the global object; newer runtimes look it up via
// Office.actions.associate. Register both ways.
(globalThis as unknown as Record<string, unknown>).refresh = refresh;
if (typeof document !== 'undefined' && typeof window !== 'undefined')
  renderStatusPage(document, window.location.search);
if (typeof Office !== 'undefined') {
  Office.onReady(() => {
    if (Office.actions && typeof Office.actions.associate === 'function') Office.actions.associate('refresh', refresh);
  });
}

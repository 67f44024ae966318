// Where the ribbon's "Opdater" shows its progress and result, so the user never has to open the
// developer console: in the task pane when one is open (it answers over the ribbon channel), otherwise
// in a small Office dialog (Dialog API 1.1, same origin, no manifest change) showing commands.html in
// status mode. The console gets the error too, for the developer tools.
import { texts, localeFrom, type Texts } from '../text/ui';
import { openRibbonChannel, paneListening, type RibbonMessage } from '../ui-shared/ribbonChannel';
import { STATUS_PARAM, type StatusState } from './statusPage';

/** How long the command waits for an open task pane to answer. */
const PANE_ANSWER_MS = 400;
/** A finished dialog closes itself after this long if the user does not close it. */
const DIALOG_LINGER_MS = 60_000;

export interface RefreshNotice {
  started(): void;
  done(time: string): void;
  failed(error: string): void;
  /** Resolves when the user has seen the result (dialog closed) or at once for the pane. */
  settled(): Promise<void>;
}

function userTexts(): Texts {
  const lang = typeof Office !== 'undefined' ? Office.context?.displayLanguage : undefined;
  return texts(localeFrom(lang));
}

/** The notice through an open task pane. */
function paneNotice(channel: BroadcastChannel): RefreshNotice {
  const send = (m: RibbonMessage) => channel.postMessage(m);
  return {
    started: () => send({ kind: 'started' }),
    done: (time) => send({ kind: 'done', time }),
    failed: (error) => send({ kind: 'failed', error }),
    settled: async () => channel.close(),
  };
}

function statusUrl(state: StatusState, text: string, locale: string): string {
  const base = new URL('commands.html', window.location.href);
  base.search = new URLSearchParams({ [STATUS_PARAM]: state, text, lang: locale }).toString();
  return base.toString();
}

/** Opens the status dialog; resolves with it, or null when Office refuses (e.g. the user ignored the prompt). */
function openDialog(url: string): Promise<Office.Dialog | null> {
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url, { height: 30, width: 30, displayInIframe: true }, (r) =>
      resolve(r.status === Office.AsyncResultStatus.Succeeded ? r.value : null),
    );
  });
}

/** Progress is shown only when a refresh takes longer than this (no flicker on a quick one). */
const PROGRESS_AFTER_MS = 800;

/**
 * The notice through an Office dialog: "Opdaterer …" when the refresh is slow, then the result. Each
 * state is its own dialog (close, then open: Dialog API 1.1 has no way to update an open dialog's page).
 */
function dialogNotice(tx: Texts): RefreshNotice {
  let current: { dialog: Office.Dialog; closed: Promise<void> } | null = null;
  let opening: Promise<unknown> = Promise.resolve();
  let progressTimer: ReturnType<typeof setTimeout> | undefined;

  const show = (state: StatusState, text: string) => {
    opening = opening.then(async () => {
      current?.dialog.close();
      current = null;
      // Office needs a moment after close() before another dialog may open (error 12007).
      for (let attempt = 0; attempt < 5 && !current; attempt++) {
        const dialog = await openDialog(statusUrl(state, text, tx.locale));
        if (!dialog) {
          await new Promise((r) => setTimeout(r, 300));
          continue;
        }
        // The page's close button (messageParent) or the dialog's own X (DialogEventReceived).
        const closed = new Promise<void>((resolve) => {
          dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => resolve());
          dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
        });
        current = { dialog, closed };
      }
    });
  };
  const finish = (state: StatusState, text: string) => {
    clearTimeout(progressTimer);
    show(state, text);
  };
  return {
    started: () => {
      progressTimer = setTimeout(() => show('working', tx.t('ribbonRefreshing')), PROGRESS_AFTER_MS);
    },
    done: (time) => finish('done', tx.t('ribbonRefreshed', { time })),
    failed: (error) => finish('failed', tx.t('ribbonFailed', { error })),
    settled: async () => {
      await opening;
      const shown = current as { dialog: Office.Dialog; closed: Promise<void> } | null;
      if (!shown) return;
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([shown.closed, new Promise((r) => (timer = setTimeout(r, DIALOG_LINGER_MS)))]);
      clearTimeout(timer);
      shown.dialog.close();
    },
  };
}

const consoleOnly: RefreshNotice = { started() {}, done() {}, failed() {}, settled: async () => {} };

/** The best place to tell the user: the open task pane, else a dialog, else (outside Office) nowhere. */
export async function refreshNotice(): Promise<RefreshNotice> {
  const channel = openRibbonChannel();
  if (channel) {
    if (await paneListening(channel, PANE_ANSWER_MS)) return paneNotice(channel);
    channel.close();
  }
  if (typeof Office !== 'undefined' && typeof Office.context?.ui?.displayDialogAsync === 'function')
    return dialogNotice(userTexts());
  return consoleOnly;
}

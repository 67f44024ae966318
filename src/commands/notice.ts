// Where the ribbon's "Opdater" shows its progress and result, so the user never has to open the
// developer console: in the task pane when one is open (it answers over the ribbon channel), otherwise
// in a small Office dialog (Dialog API 1.1, same origin, no manifest change) showing commands.html in
// status mode. The console gets the error too, for the developer tools.
import { texts, localeFrom, type Texts } from '../taskpane/i18n';
import { openRibbonChannel, paneListening, type RibbonMessage } from './ribbonChannel';
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

/** The notice through an Office dialog: opened at the start, replaced by the result at the end. */
function dialogNotice(tx: Texts): RefreshNotice {
  let dialog: Office.Dialog | null = null;
  let opening: Promise<unknown> = Promise.resolve();
  let closed!: () => void;
  const userClosed = new Promise<void>((r) => (closed = r));
  const canUpdateInPlace = Office.context.requirements?.isSetSupported?.('DialogApi', '1.2') ?? false;

  const show = (state: StatusState, text: string) => {
    opening = opening.then(async () => {
      if (dialog && canUpdateInPlace) {
        dialog.messageChild(JSON.stringify({ state, text }));
        return;
      }
      dialog?.close();
      dialog = null;
      // Office needs a moment after close() before another dialog may open (error 12007).
      for (let attempt = 0; attempt < 5 && !dialog; attempt++) {
        dialog = await openDialog(statusUrl(state, text, tx.locale));
        if (!dialog) await new Promise((r) => setTimeout(r, 300));
      }
      dialog?.addEventHandler(Office.EventType.DialogMessageReceived, () => closed());
      dialog?.addEventHandler(Office.EventType.DialogEventReceived, () => closed());
    });
  };
  return {
    started: () => show('working', tx.t('ribbonRefreshing')),
    done: (time) => show('done', tx.t('ribbonRefreshed', { time })),
    failed: (error) => show('failed', tx.t('ribbonFailed', { error })),
    settled: async () => {
      await opening;
      if (!dialog) return;
      await Promise.race([userClosed, new Promise((r) => setTimeout(r, DIALOG_LINGER_MS))]);
      dialog.close();
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
  if (typeof Office !== 'undefined' && typeof Office.context?.ui?.displayDialogAsync === 'function') return dialogNotice(userTexts());
  return consoleOnly;
}

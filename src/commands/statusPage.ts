// commands.html doubles as the status dialog of the ribbon's "Opdater" (see notice.ts): opened with
// ?status=working|done|failed&text=..., it shows the text and a close button. With Dialog API 1.2 the
// command updates the text in place (messageChild); the close button tells the command (messageParent).
import { texts, localeFrom } from '../taskpane/i18n';

export const STATUS_PARAM = 'status';
export type StatusState = 'working' | 'done' | 'failed';

/** Fills the page from the query string; returns false when the page is not opened as a status dialog. */
export function renderStatusPage(doc: Document, search: string): boolean {
  const params = new URLSearchParams(search);
  const state = params.get(STATUS_PARAM) as StatusState | null;
  if (!state) return false;
  const tx = texts(localeFrom(params.get('lang')));
  doc.documentElement.lang = tx.locale;
  const main = doc.createElement('main');
  const message = doc.createElement('p');
  message.setAttribute('role', state === 'failed' ? 'alert' : 'status');
  message.className = 'status';
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = tx.t('close');
  const show = (s: StatusState, text: string) => {
    message.textContent = text;
    main.dataset.state = s;
    button.hidden = s === 'working';
  };
  show(state, params.get('text') ?? '');
  button.addEventListener('click', () => {
    if (typeof Office !== 'undefined' && Office.context?.ui?.messageParent) Office.context.ui.messageParent('close');
    else window.close();
  });
  main.append(message, button);
  doc.body.replaceChildren(main);
  if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
    void Office.onReady(() => {
      // Dialog API 1.2: the command sends the result to the open dialog instead of reopening it.
      Office.context?.ui?.addHandlerAsync?.(Office.EventType.DialogParentMessageReceived, (arg: { message: string }) => {
        try {
          const m = JSON.parse(arg.message) as { state: StatusState; text: string };
          show(m.state, m.text);
        } catch {
          /* not ours */
        }
      });
    });
  }
  return true;
}

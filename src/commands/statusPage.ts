// commands.html doubles as the status dialog of the ribbon's "Opdater" (see notice.ts): opened with
// ?status=working|done|failed&text=..., it shows the text and a close button that tells the command
// (messageParent) so it can close the dialog and finish.
import { texts, localeFrom } from '../text/ui';

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
  message.textContent = params.get('text') ?? '';
  main.dataset.state = state;
  button.hidden = state === 'working';
  button.addEventListener('click', () => {
    if (typeof Office !== 'undefined' && Office.context?.ui?.messageParent) Office.context.ui.messageParent('close');
    else window.close();
  });
  main.append(message, button);
  doc.body.replaceChildren(main);
  return true;
}

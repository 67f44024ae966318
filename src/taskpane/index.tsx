// Boots the task pane. Inside Excel it works on the open workbook through OfficeWorkbook; in a plain
// browser (not framed, no Office web view) it starts preview mode on an in-memory demo workbook, loaded
// as a separate chunk so Excel users never download it. Inside an Office host, a failed office.js load
// or a host that never starts is an error screen, never the demo: a user must not take demo figures
// for their own.
import React, { Suspense, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { todayIso } from '../app/today';
import type { WorkbookPort } from '../workbook/port';
import { localeFrom, type Locale } from '../text/ui/locale';
import { storageChoices } from './choices';
import { startMode } from './startMode';

/** A later task (kept here: the boot file must not pull in the App chunk's modules). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Runs the demo's steps each in its own task, so no step and the first render share one long task. */
async function inTasks<T>(steps: Generator<void, T>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await nextTask();
  }
}

const loadApp = () => import(/* webpackChunkName: "app" */ './App');
const App = React.lazy(loadApp);
const loadPreview = () =>
  Promise.all([
    import(/* webpackChunkName: "preview" */ '../workbook/memoryWorkbook'),
    import(/* webpackChunkName: "preview" */ '../demo/demoCaseload'),
  ]);

export type Mode = 'excel' | 'preview';

/** How long to wait for office.js before assuming we are not inside Office. */
const OFFICE_READY_TIMEOUT_MS = 5000;
/** Inside an Office host a slow start must not be mistaken for a plain browser. */
const OFFICE_HOST_TIMEOUT_MS = 30000;

/** Office hosts run the pane in a frame (Excel on the web) or a web view (Windows, Mac). */
function looksHostedByOffice(): boolean {
  const w = window as unknown as { chrome?: { webview?: unknown }; webkit?: { messageHandlers?: unknown } };
  let framed = false;
  try {
    framed = window.top !== window.self;
  } catch {
    framed = true; // a cross-origin parent
  }
  return framed || Boolean(w.chrome?.webview) || Boolean(w.webkit?.messageHandlers);
}

/** Resolves with Office's host info, or null when office.js is absent or never becomes ready. */
function officeReady(): Promise<{ host: Office.HostType | null } | null> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return Promise.resolve(null);
  return new Promise((resolve) => {
    const wait = looksHostedByOffice() ? OFFICE_HOST_TIMEOUT_MS : OFFICE_READY_TIMEOUT_MS;
    const timer = setTimeout(() => resolve(null), wait);
    Office.onReady()
      .then((info) => {
        clearTimeout(timer);
        resolve(info as { host: Office.HostType | null });
      })
      .catch(() => {
        clearTimeout(timer);
        resolve(null);
      });
  });
}

/** Shown instead of the demo when Fremdrift runs inside Office but Office did not start. */
function renderStartError(locale: Locale): void {
  const container = document.getElementById('root');
  if (!container) return;
  const en = locale === 'en';
  createRoot(container).render(
    <div role="alert">
      <h1>{en ? 'Fremdrift could not start' : 'Fremdrift kunne ikke starte'}</h1>
      <p>
        {en
          ? 'Excel did not load the add-in library (office.js) or did not start the add-in. Your workbook has not been read or changed.'
          : 'Excel indlæste ikke tilføjelsesprogrammets bibliotek (office.js) eller startede ikke tilføjelsesprogrammet. Din projektmappe er hverken læst eller ændret.'}
      </p>
      <p>
        {en
          ? 'Close the task pane and open it again. If it keeps failing, check the network connection and ask IT whether add-ins are allowed.'
          : 'Luk opgaveruden, og åbn den igen. Bliver det ved, så tjek netforbindelsen, og spørg IT, om tilføjelsesprogrammer er tilladt.'}
      </p>
    </div>,
  );
}

async function boot(): Promise<void> {
  // Fetched while office.js starts and the workbook is read, not after: the first view waits for it.
  const appChunk = loadApp();
  void appChunk.catch(() => undefined); // awaited below; the error screen does not need it
  // A plain browser will show preview: its code is fetched at once too (an Office host never fetches it).
  const previewChunks = looksHostedByOffice() ? null : loadPreview();
  void previewChunks?.catch(() => undefined);
  const info = await officeReady();
  const start = startMode({
    info,
    excelHost: typeof Office !== 'undefined' ? Office.HostType?.Excel : undefined,
    hosted: looksHostedByOffice(),
  });
  const inExcel = start === 'excel';
  if (start === 'error') {
    const lang = typeof navigator !== 'undefined' ? navigator.language : 'da';
    renderStartError(lang.toLowerCase().startsWith('en') ? 'en' : 'da');
    return;
  }
  let port: WorkbookPort;
  let mode: Mode;
  let locale: Locale = 'da';
  if (inExcel) {
    const { OfficeWorkbook } = await import(/* webpackChunkName: "excel" */ '../excel/officeWorkbook');
    port = new OfficeWorkbook();
    mode = 'excel';
    locale = localeFrom(Office.context.displayLanguage);
  } else {
    const [{ MemoryWorkbook }, { demoTableSteps }] = await (previewChunks ?? loadPreview());
    await nextTask(); // apart from the chunk's evaluation
    port = new MemoryWorkbook(await inTasks(demoTableSteps(todayIso())));
    await nextTask(); // the demo workbook is built in tasks of its own, apart from the first render
    mode = 'preview';
    // Danish unless Office says otherwise; ?lang=en lets a plain browser show the English texts.
    if (info !== null && typeof Office !== 'undefined' && Office.context)
      locale = localeFrom(Office.context.displayLanguage);
    const lang = new URLSearchParams(window.location.search).get('lang');
    if (lang === 'en' || lang === 'da') locale = lang;
  }
  document.documentElement.lang = locale;
  // The App chunk (requested at boot) and, for English, its dictionary, there before the first render.
  const [{ loadDictionary }] = await Promise.all([
    appChunk,
    locale === 'en' ? import(/* webpackChunkName: "text-en" */ '../text/ui/en') : null,
  ]);
  await loadDictionary(locale);
  const container = document.getElementById('root');
  // A build fault (the page lacks #root), caught by every e2e run before a user sees it: plain Error.
  if (!container) throw new Error('Fremdrift: #root mangler i taskpane.html');
  const root = createRoot(container);
  // A transition: React renders the pane in slices between which the browser takes input (issue 28).
  startTransition(() =>
    root.render(
      <Suspense fallback={<p role="status">{locale === 'en' ? 'Loading Fremdrift …' : 'Indlæser Fremdrift …'}</p>}>
        <App port={port} mode={mode} locale={locale} choices={storageChoices(() => window.localStorage)} />
      </Suspense>,
    ),
  );
}

void boot();

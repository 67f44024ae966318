// The task pane: the views of the registry (views/index.ts) for the three roles over one measured caseload.
// Only the caseworker's view loads up front; the other views, the forms, the chart and the drill-down
// dialog are separate chunks (bundle budget). Messages belong to the view that raised them: switching
// view clears them.
import React, { Suspense, lazy, useCallback, useMemo, useState } from 'react';
import { FluentProvider, ProgressBar, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { todayIso } from '../app/today';
import type { DrillQuery } from '../domain/report';
import type { WorkbookPort } from '../workbook/port';
import { ChoicesContext, type ChoiceStore } from './choices';
import { WarningBanner } from './components/Banner';
import { Loading } from './components/Loading';
import { SetupButton } from './components/SetupButton';
import { ViewNav, type ViewTab } from './components/ViewNav';
import { FremdriftContext, type Fremdrift } from './context';
import type { Locale } from '../text/ui';
import { usePageStyles } from './styles';
import { useFremdrift } from './useFremdrift';
import { useRibbonNotice } from './useRibbonNotice';
import { useTexts } from './useTexts';

export { loadDictionary } from './useTexts';
import { VIEWS, type ViewId } from './views';

const RibbonMessage = lazy(() =>
  import(/* webpackChunkName: "notices" */ './components/Notices').then((m) => ({ default: m.RibbonMessage })),
);
const LoadFailed = lazy(() =>
  import(/* webpackChunkName: "notices" */ './components/Notices').then((m) => ({ default: m.LoadFailed })),
);
const DrillDialog = lazy(() => import(/* webpackChunkName: "drill" */ './components/DrillDialog'));

export interface AppProps {
  port: WorkbookPort;
  mode: 'excel' | 'preview';
  locale: Locale;
  /** Measurement date; default today in the user's calendar. Tests pass a fixed date. */
  asOf?: string;
  /** Where the user's last role and person are remembered (default: for the session only). */
  choices?: ChoiceStore;
}

const useStyles = makeStyles({
  provider: { minHeight: '100vh' },
  main: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    maxWidth: '900px',
    boxSizing: 'border-box',
    minWidth: 0,
  },
  h1: {
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalXS} 0`,
  },
  progress: { height: '4px' },
  announcer: { minHeight: '20px', fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
});

/** The pane, once its language's dictionary is there (boot loads it first; tests may render at once). */
export default function App(props: AppProps) {
  return (
    <Suspense fallback={null}>
      <Pane {...props} />
    </Suspense>
  );
}

function Pane({ port, mode, locale, asOf: asOfProp, choices }: AppProps) {
  usePageStyles();
  const s = useStyles();
  const asOf = useMemo(() => asOfProp ?? todayIso(), [asOfProp]);
  const tx = useTexts(locale);
  const state = useFremdrift(port, asOf);
  const [view, setView] = useState<ViewId>(VIEWS[0].id);
  const [announcement, setAnnouncement] = useState<{ view: ViewId; text: string } | null>(null);
  const [drill, setDrill] = useState<{ query: DrillQuery; title: string } | null>(null);
  // An announcement belongs to the view that made it; it is shown only there.
  const announce = useCallback((text: string) => setAnnouncement({ view, text }), [view]);
  const openDrill = useCallback((query: DrillQuery, title: string) => setDrill({ query, title }), []);
  const reload = state.reload;
  const [ribbon, dismissRibbon] = useRibbonNotice(useCallback(() => void reload(), [reload]));

  const changeView = (next: ViewId) => {
    setView(next);
    setAnnouncement(null);
    setDrill(null);
    dismissRibbon();
  };

  const tabs: ViewTab<ViewId>[] = VIEWS.map((v) => ({ value: v.id, label: tx.t(v.tab) }));
  const Current = VIEWS.find((v) => v.id === view)!.Component;
  const ctx: Fremdrift | null =
    state.caseload && state.measurement
      ? {
          port,
          asOf,
          tx,
          caseload: state.caseload,
          measurement: state.measurement,
          busy: state.busy,
          write: state.write,
          reload: state.reload,
          announce,
          openDrill,
        }
      : null;
  const loadingText = <Loading label={tx.t('loading')} />;

  const page = (
    <FluentProvider theme={webLightTheme} className={s.provider}>
      <main className={s.main} lang={locale}>
        <h1 className={s.h1}>{tx.t('appTitle')}</h1>
        {mode === 'preview' && <WarningBanner>{tx.t('previewBanner')}</WarningBanner>}
        <ViewNav tabs={tabs} value={view} onChange={changeView} label={tx.t('tabsLabel')} />
        <div className={s.progress}>{state.busy && <ProgressBar aria-label={tx.t('working')} />}</div>
        {ribbon && (
          <Suspense fallback={null}>
            <RibbonMessage notice={ribbon} tx={tx} onDismiss={dismissRibbon} />
          </Suspense>
        )}
        <div role="status" aria-live="polite" data-testid="announcer" className={s.announcer}>
          {announcement?.view === view ? announcement.text : ''}
        </div>
        {state.error && (
          <Suspense
            fallback={
              <p role="alert">
                {tx.t('loadFailed')}: {state.error}
              </p>
            }
          >
            <LoadFailed error={state.error} tx={tx} />
          </Suspense>
        )}
        {state.error && <SetupButton port={port} tx={tx} run={state.write} onDone={announce} />}
        {!ctx && !state.error && loadingText}
        {ctx && (
          <FremdriftContext.Provider value={ctx}>
            <Suspense fallback={loadingText}>
              <Current />
              {drill && <DrillDialog query={drill.query} title={drill.title} onClose={() => setDrill(null)} />}
            </Suspense>
          </FremdriftContext.Provider>
        )}
      </main>
    </FluentProvider>
  );
  return choices ? <ChoicesContext.Provider value={choices}>{page}</ChoicesContext.Provider> : page;
}

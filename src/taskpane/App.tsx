// The task pane: three views for the three roles over one measured caseload.
// Only the caseworker's view loads up front; the other views, the forms, the chart and the drill-down
// dialog are separate chunks (bundle budget).
import React, { Suspense, lazy, useCallback, useMemo, useState } from 'react';
import { FluentProvider, MessageBar, MessageBarBody, ProgressBar, Spinner, Tab, TabList, webLightTheme } from '@fluentui/react-components';
import type { DrillQuery } from '../domain/report';
import type { WorkbookPort } from '../workbook/port';
import { FremdriftContext, type Fremdrift } from './context';
import { texts, type Locale } from './i18n';
import { useFremdrift } from './useFremdrift';
import CaseloadView from './views/CaseloadView';

const DialogView = lazy(() => import(/* webpackChunkName: "dialog-view" */ './views/DialogView'));
const GoalsView = lazy(() => import(/* webpackChunkName: "goals-view" */ './views/GoalsView'));
const ImportWizard = lazy(() => import(/* webpackChunkName: "import" */ '../import/ui/ImportWizard'));
const DrillDialog = lazy(() => import(/* webpackChunkName: "drill" */ './components/DrillDialog'));

export interface AppProps {
  port: WorkbookPort;
  mode: 'excel' | 'preview';
  locale: Locale;
  /** Measurement date; default today in the user's calendar. Tests pass a fixed date. */
  asOf?: string;
}

type View = 'caseload' | 'dialog' | 'goals' | 'import';

/** A few shared rules for the plain HTML tables (Fluent styles its own components). */
const TABLE_CSS = `
.fd-table { border-collapse: collapse; font-size: 13px; margin: 4px 0 12px; }
.fd-table th, .fd-table td { padding: 3px 10px 3px 0; text-align: left; vertical-align: top; border-bottom: 1px solid #e0e0e0; }
.fd-table thead th { border-bottom: 2px solid #8a8886; }
.fd-table td.num, .fd-table th.num { text-align: right; font-variant-numeric: tabular-nums; }
`;

export function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export default function App({ port, mode, locale, asOf: asOfProp }: AppProps) {
  const asOf = useMemo(() => asOfProp ?? todayIso(), [asOfProp]);
  const tx = useMemo(() => texts(locale), [locale]);
  const state = useFremdrift(port, asOf);
  const [view, setView] = useState<View>('caseload');
  const [announcement, setAnnouncement] = useState('');
  const [drill, setDrill] = useState<{ query: DrillQuery; title: string } | null>(null);
  const announce = useCallback((m: string) => setAnnouncement(m), []);
  const openDrill = useCallback((query: DrillQuery, title: string) => setDrill({ query, title }), []);

  const ctx: Fremdrift | null =
    state.caseload && state.measurement
      ? { port, asOf, tx, caseload: state.caseload, measurement: state.measurement, busy: state.busy, write: state.write, reload: state.reload, announce, openDrill }
      : null;
  const loadingText = <Spinner size="small" label={tx.t('loading')} />;

  return (
    <FluentProvider theme={webLightTheme} style={{ minHeight: '100vh' }}>
      <style>{TABLE_CSS}</style>
      <main style={{ padding: '8px 12px', maxWidth: 900 }} lang={locale}>
        <h1 style={{ fontSize: 20, margin: '4px 0' }}>{tx.t('appTitle')}</h1>
        {mode === 'preview' && (
          <MessageBar intent="warning">
            <MessageBarBody>{tx.t('previewBanner')}</MessageBarBody>
          </MessageBar>
        )}
        <TabList selectedValue={view} onTabSelect={(_, d) => setView(d.value as View)} aria-label={tx.t('tabsLabel')}>
          <Tab value="caseload">{tx.t('tabCaseload')}</Tab>
          <Tab value="dialog">{tx.t('tabDialog')}</Tab>
          <Tab value="goals">{tx.t('tabGoals')}</Tab>
          <Tab value="import">{tx.t('import')}</Tab>
        </TabList>
        <div style={{ height: 4 }}>{state.busy && <ProgressBar aria-label={tx.t('working')} />}</div>
        <div role="status" aria-live="polite" data-testid="announcer" style={{ minHeight: 20, fontWeight: 600 }}>
          {announcement}
        </div>
        {state.error && (
          <MessageBar intent="error">
            <MessageBarBody>
              {tx.t('loadFailed')}: {state.error}
            </MessageBarBody>
          </MessageBar>
        )}
        {!ctx && !state.error && loadingText}
        {ctx && (
          <FremdriftContext.Provider value={ctx}>
            <Suspense fallback={loadingText}>
              {view === 'caseload' && <CaseloadView />}
              {view === 'dialog' && <DialogView />}
              {view === 'goals' && <GoalsView />}
              {view === 'import' && (
                <ImportWizard
                  port={port}
                  locale={locale}
                  onImported={(r) => {
                    // The port does not report our own writes: re-measure so every view shows the import.
                    void state.reload();
                    announce(tx.t('imported', { table: r.table, added: r.added, updated: r.updated }));
                  }}
                />
              )}
              {drill && <DrillDialog query={drill.query} title={drill.title} onClose={() => setDrill(null)} />}
            </Suspense>
          </FremdriftContext.Provider>
        )}
      </main>
    </FluentProvider>
  );
}

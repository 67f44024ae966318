// Min sagsstamme: the chosen person's citizens (a sagsbehandler's, or a virksomhedskonsulent's by the VK
// caseload definition) with status, their month against the milestone, signals and quick entry forms
// (loaded lazily). Clicking a citizen's ID fills the forms with that citizen. The month's figures and the
// citizen list are their own components (caseload/). What sits below the signals (data quality, forms,
// citizen list) is rendered after the first view has been painted and loads as its own chunks (issue 28).
import { Suspense, lazy } from 'react';
import { monthOf } from '../../domain/dates';
import { personSignals } from '../../domain/dialogue';
import { CaseworkerPicker, RoleSwitch, useChosenPerson } from '../components/CaseworkerPicker';
import { AfterFirstView } from '../components/AfterFirstView';
import { Loading } from '../components/Loading';
import { SetupButton } from '../components/SetupButton';
import { SignalList } from '../components/SignalList';
import { ViewSection } from '../components/ViewSection';
import { useApp } from '../context';
import { useShared } from '../styles';
import { MonthKpis } from './caseload/MonthKpis';

const QuickForms = lazy(() => import(/* webpackChunkName: "forms" */ '../forms/QuickForms'));
const CitizenList = lazy(() =>
  import(/* webpackChunkName: "caseload-list" */ './caseload/CitizenList').then((m) => ({ default: m.CitizenList })),
);
const DataQuality = lazy(() =>
  import(/* webpackChunkName: "data-quality" */ '../components/DataQuality').then((m) => ({ default: m.DataQuality })),
);

export default function CaseloadView() {
  const { tx, measurement, caseload, asOf, port, write, announce } = useApp();
  const shared = useShared();
  const { report } = measurement;
  const month = monthOf(asOf);
  const chosen = useChosenPerson(report);
  const { person: caseworker, scope, slice, role } = chosen;

  const gross = new Set(measurement.drill({ scope, month, measure: 'gross' }));
  const active = new Set(measurement.drill({ scope, month, measure: 'active' }));
  const mine = caseload.citizens.filter((c) => gross.has(c.id));
  const stats = slice?.months.find((m) => m.month === month);
  const signals = personSignals(report.signals, caseworker, gross).filter((s) => s.citizenId);
  const preferred = mine.find((c) => !active.has(c.id))?.id;
  const loading = <Loading label={tx.t('loading')} size={16} />;

  return (
    <ViewSection id="caseload" title={tx.t('tabCaseload')}>
      <RoleSwitch chosen={chosen} />
      <div className={shared.fieldRow}>
        <CaseworkerPicker chosen={chosen} />
      </div>

      <h3 className={shared.h3}>
        {tx.t('yourMonth')} ({tx.month(month)})
      </h3>
      {stats && <MonthKpis stats={stats} scope={scope} />}

      <h3 className={shared.h3}>{tx.t('signals')}</h3>
      <SignalList signals={signals} />

      <AfterFirstView fallback={loading}>
        <Suspense fallback={loading}>
          <DataQuality person={caseworker} role={role} citizenIds={gross} />
          <QuickForms caseworker={caseworker} role={role} citizens={mine} preferred={preferred} />
          <CitizenList citizens={mine} active={active} />
          <p>
            <SetupButton port={port} tx={tx} run={write} onDone={announce} />
          </p>
        </Suspense>
      </AfterFirstView>
    </ViewSection>
  );
}

// Min sagsstamme: the caseworker's citizens with status, their month against the milestone, signals
// and quick entry forms (loaded lazily).
import React, { Suspense, lazy, useMemo, useState } from 'react';
import { Field, Input, Select, Spinner } from '@fluentui/react-components';
import { monthOf } from '../../domain/dates';
import type { Scope } from '../../domain/report';
import { signalText, statusWithGap } from '../../text';
import { Kpi, KpiRow } from '../components/Kpi';
import { useApp } from '../context';
import { STATUS_KEYS, citizenStatus, useCaseworker, type CitizenStatus } from '../status';

/** Signals listed up front; the rest fold out (the most urgent kinds come first from the engine). */
const SIGNALS_SHOWN = 6;

const QuickForms = lazy(() => import(/* webpackChunkName: "forms" */ '../forms/QuickForms'));

export default function CaseloadView() {
  const { tx, measurement, caseload, asOf } = useApp();
  const { report } = measurement;
  const month = monthOf(asOf);
  const names = useMemo(() => Object.keys(report.byCaseworker).sort((a, b) => a.localeCompare(b, 'da')), [report]);
  const [caseworker, setCaseworker] = useCaseworker(names);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<CitizenStatus | ''>('');

  const scope: Scope = { kind: 'caseworker', caseworker };
  const gross = new Set(measurement.drill({ scope, month, measure: 'gross' }));
  const active = new Set(measurement.drill({ scope, month, measure: 'active' }));
  const mine = caseload.citizens.filter((c) => c.caseworker === caseworker && gross.has(c.id));
  const q = query.trim().toLocaleLowerCase('da');
  const shown = mine.filter(
    (c) =>
      (!status || citizenStatus(c, active) === status) &&
      (!q || [c.id, c.name, c.jobGoal].some((x) => x && x.toLocaleLowerCase('da').includes(q))),
  );
  const stats = report.byCaseworker[caseworker]?.months.find((m) => m.month === month);
  const signals = report.signals.filter((s) => s.caseworker === caseworker && s.citizenId);
  const preferred = mine.find((c) => !active.has(c.id))?.id;

  return (
    <section aria-labelledby="view-caseload">
      <h2 id="view-caseload" style={{ fontSize: 18 }}>
        {tx.t('tabCaseload')}
      </h2>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Field label={tx.t('caseworker')}>
          <Select value={caseworker} onChange={(_, d) => setCaseworker(d.value)}>
            {names.map((n) => (
              <option key={n}>{n}</option>
            ))}
          </Select>
        </Field>
      </div>

      <h3 style={{ fontSize: 15 }}>
        {tx.t('yourMonth')} ({tx.month(month)})
      </h3>
      {stats && (
        <KpiRow>
          <Kpi label={tx.t('kpiGross')} value={tx.number(stats.gross)} drill={{ scope, month, measure: 'gross' }} />
          <Kpi label={tx.t('kpiActive')} value={tx.number(stats.active)} drill={{ scope, month, measure: 'active' }} />
          <Kpi
            label={tx.t('kpiShare')}
            value={tx.percent(stats.share)}
            note={
              stats.milestone
                ? `${tx.t('kpiMilestone')}: ${tx.number(stats.milestone.count)} (${statusWithGap(stats.milestone.status, stats.gapToGoal, tx.locale)}) · ${tx.t('gapCitizens', { n: stats.milestone.gap ?? 0 })}`
                : tx.t('noMilestone')
            }
            drill={{ scope, month, measure: 'notActive' }}
          />
        </KpiRow>
      )}

      <h3 style={{ fontSize: 15 }}>{tx.t('signals')}</h3>
      {signals.length === 0 ? (
        <p>{tx.t('noSignals')}</p>
      ) : (
        <ul data-testid="signals">
          {signals.slice(0, SIGNALS_SHOWN).map((s, i) => (
            <li key={i}>
              <strong>{s.citizenId}</strong>: {signalText(s, tx.locale)}
            </li>
          ))}
          {signals.length > SIGNALS_SHOWN && (
            <li>
              <details>
                <summary>{tx.t('moreSignals', { n: signals.length - SIGNALS_SHOWN })}</summary>
                <ul>
                  {signals.slice(SIGNALS_SHOWN).map((s, i) => (
                    <li key={i}>
                      <strong>{s.citizenId}</strong>: {signalText(s, tx.locale)}
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          )}
        </ul>
      )}

      <Suspense fallback={<Spinner size="tiny" label={tx.t('loading')} />}>
        <QuickForms caseworker={caseworker} citizens={mine} preferred={preferred} />
      </Suspense>

      <h3 style={{ fontSize: 15 }}>
        {tx.t('citizensOf')} ({shown.length}/{mine.length})
      </h3>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Field label={tx.t('search')}>
          <Input type="search" value={query} onChange={(_, d) => setQuery(d.value)} />
        </Field>
        <Field label={tx.t('statusFilter')}>
          <Select value={status} onChange={(_, d) => setStatus(d.value as CitizenStatus | '')}>
            <option value="">{tx.t('all')}</option>
            {(Object.keys(STATUS_KEYS) as CitizenStatus[]).map((s) => (
              <option key={s} value={s}>
                {tx.t(STATUS_KEYS[s])}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {shown.length === 0 ? (
        <p>{tx.t('noCitizens')}</p>
      ) : (
        <table data-testid="citizens" className="fd-table">
          <thead>
            <tr>
              <th scope="col">{tx.t('colId')}</th>
              <th scope="col">{tx.t('colName')}</th>
              <th scope="col">{tx.t('colStatus')}</th>
              <th scope="col">{tx.t('colNextStep')}</th>
              <th scope="col">{tx.t('colUpdated')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((c) => (
              <tr key={c.id}>
                <td>{c.id}</td>
                <td>{c.name}</td>
                <td>{tx.t(STATUS_KEYS[citizenStatus(c, active)])}</td>
                <td>{c.nextStep}</td>
                <td>{tx.date(c.updated)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

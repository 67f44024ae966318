// Min sagsstamme: the chosen person's citizens (a sagsbehandler's, or a virksomhedskonsulent's by the VK
// caseload definition) with status, their month against the milestone, signals and quick entry forms
// (loaded lazily). Clicking a citizen's ID fills the forms with that citizen.
import React, { Suspense, lazy, useState } from 'react';
import { Field, Input, Select, Spinner } from '@fluentui/react-components';
import { monthOf } from '../../domain/dates';
import { DIALOGUE_GROUPS, dialogueGroup, personSignals, type DialogueGroup } from '../../domain/dialogue';
import { statusWithGap } from '../../text';
import { CaseworkerPicker, RoleSwitch, useChosenPerson } from '../components/CaseworkerPicker';
import { Kpi, KpiRow } from '../components/Kpi';
import { ScrollTable } from '../components/ScrollTable';
import { SetupButton } from '../components/SetupButton';
import { SignalList } from '../components/SignalList';
import { ViewSection } from '../components/ViewSection';
import { useApp } from '../context';
import { STATUS_KEYS } from '../status';
import { useShared } from '../styles';
import { CitizenButton } from './dialog/CitizenButton';

const QuickForms = lazy(() => import(/* webpackChunkName: "forms" */ '../forms/QuickForms'));

export default function CaseloadView() {
  const { tx, measurement, caseload, asOf, port, write, announce } = useApp();
  const shared = useShared();
  const { report } = measurement;
  const month = monthOf(asOf);
  const chosen = useChosenPerson(report);
  const { person: caseworker, scope, slice, role } = chosen;
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<DialogueGroup | ''>('');

  const gross = new Set(measurement.drill({ scope, month, measure: 'gross' }));
  const active = new Set(measurement.drill({ scope, month, measure: 'active' }));
  const mine = caseload.citizens.filter((c) => gross.has(c.id));
  const q = query.trim().toLocaleLowerCase('da');
  const shown = mine.filter(
    (c) =>
      (!status || dialogueGroup(c, active) === status) &&
      (!q || [c.id, c.name, c.jobGoal].some((x) => x && x.toLocaleLowerCase('da').includes(q))),
  );
  const stats = slice?.months.find((m) => m.month === month);
  const signals = personSignals(report.signals, caseworker, gross).filter((s) => s.citizenId);
  const preferred = mine.find((c) => !active.has(c.id))?.id;
  const citizensHeading = `${tx.t('citizensOf')} (${shown.length}/${mine.length})`;

  return (
    <ViewSection id="caseload" title={tx.t('tabCaseload')}>
      <RoleSwitch chosen={chosen} />
      <div className={shared.fieldRow}>
        <CaseworkerPicker chosen={chosen} />
      </div>

      <h3 className={shared.h3}>
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
                ? `${tx.t('kpiMilestone')}: ${tx.number(stats.milestone.count)} (${statusWithGap(stats.milestone.status, stats.gapToGoal, tx.locale)}) · ${tx.plural('gapCitizens', stats.milestone.gap ?? 0)}`
                : tx.t('noMilestone')
            }
            drill={{ scope, month, measure: 'notActive' }}
          />
        </KpiRow>
      )}

      <h3 className={shared.h3}>{tx.t('signals')}</h3>
      <SignalList signals={signals} />

      <Suspense fallback={<Spinner size="tiny" label={tx.t('loading')} />}>
        <QuickForms caseworker={caseworker} role={role} citizens={mine} preferred={preferred} />
      </Suspense>

      <h3 className={shared.h3}>{citizensHeading}</h3>
      <div className={shared.fieldRow}>
        <Field label={tx.t('search')}>
          <Input className={shared.fill} type="search" value={query} onChange={(_, d) => setQuery(d.value)} />
        </Field>
        <Field label={tx.t('statusFilter')}>
          <Select
            className={shared.select}
            value={status}
            onChange={(_, d) => setStatus(d.value as DialogueGroup | '')}
          >
            <option value="">{tx.t('all')}</option>
            {DIALOGUE_GROUPS.map((s) => (
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
        <ScrollTable label={citizensHeading} testId="citizens">
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
                <th scope="row">
                  <CitizenButton id={c.id} />
                </th>
                <td>{c.name}</td>
                <td>{tx.t(STATUS_KEYS[dialogueGroup(c, active)])}</td>
                <td>{c.nextStep}</td>
                <td>{tx.date(c.updated)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <p>
        <SetupButton port={port} tx={tx} run={write} onDone={announce} />
      </p>
    </ViewSection>
  );
}

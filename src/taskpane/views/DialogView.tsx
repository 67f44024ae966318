// Månedsdialog: the team leader's monthly caseload dialogue with one caseworker.
import React, { useState } from 'react';
import { Button, Field, Select } from '@fluentui/react-components';
import { refreshOutputs } from '../../app/refresh';
import { monthOf } from '../../domain/dates';
import { READINESS } from '../../domain/model';
import type { Scope } from '../../domain/report';
import { statusWithGap } from '../../text';
import { CaseworkerPicker, useChosenCaseworker } from '../components/CaseworkerPicker';
import { Kpi, KpiRow } from '../components/Kpi';
import { ViewSection } from '../components/ViewSection';
import { useApp } from '../context';
import { STATUS_KEYS } from '../status';
import { useShared } from '../styles';

export default function DialogView() {
  const { tx, measurement, caseload, asOf, port, write, announce } = useApp();
  const shared = useShared();
  const { report } = measurement;
  const { names, caseworker, choose } = useChosenCaseworker(report);
  const months = report.months.map((m) => m.month);
  const [month, setMonth] = useState(monthOf(asOf));
  const m = months.includes(month) ? month : months[months.length - 1] ?? monthOf(asOf);
  const scope: Scope = { kind: 'caseworker', caseworker };
  const stats = report.byCaseworker[caseworker]?.months.find((x) => x.month === m);
  const gross = new Set(measurement.drill({ scope, month: m, measure: 'gross' }));
  const citizens = caseload.citizens.filter((c) => c.caseworker === caseworker && gross.has(c.id));
  const size = report.caseloads.find((c) => c.name === caseworker && c.role === 'Sagsbehandler');
  const consultants = report.caseloads.filter((c) => c.role === 'Virksomhedskonsulent' && citizens.some((x) => x.companyConsultant === c.name));

  const render = async () => {
    await write(() => refreshOutputs(port, { asOf, dialogCaseworker: caseworker, dialogMonth: m }));
    announce(tx.t('dialogRendered', { who: caseworker, month: tx.month(m) }));
  };

  return (
    <ViewSection id="dialog" title={tx.t('dialogTitle')}>
      <div className={shared.fieldRow}>
        <CaseworkerPicker names={names} value={caseworker} onChange={choose} />
        <Field label={tx.t('month')}>
          <Select className={shared.select} value={m} onChange={(_, d) => setMonth(d.value)}>
            {[...months].reverse().map((x) => (
              <option key={x} value={x}>
                {tx.month(x)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {stats && (
        <KpiRow>
          <Kpi label={tx.t('kpiGross')} value={tx.number(stats.gross)} drill={{ scope, month: m, measure: 'gross' }} />
          <Kpi label={tx.t('kpiActive')} value={tx.number(stats.active)} note={tx.percent(stats.share)} drill={{ scope, month: m, measure: 'active' }} />
          <Kpi
            label={tx.t('kpiMilestone')}
            value={stats.milestone ? tx.number(stats.milestone.count) : '–'}
            note={stats.milestone ? `${statusWithGap(stats.milestone.status, stats.gapToGoal, tx.locale)} · ${tx.plural('gapCitizens', stats.milestone.gap ?? 0)}` : tx.t('noMilestone')}
            drill={{ scope, month: m, measure: 'notActive' }}
          />
          <Kpi label={tx.t('kpiStarts')} value={tx.number(stats.starts)} drill={{ scope, month: m, measure: 'starts' }} />
          <Kpi label={tx.t('kpiEnds')} value={tx.number(stats.ends)} drill={{ scope, month: m, measure: 'ends' }} />
        </KpiRow>
      )}

      <h3 className={shared.h3}>{tx.t('caseloadSize')}</h3>
      <ul className={shared.list}>
        {size && (
          <li>
            {size.name}: {tx.plural('caseloadBand', size.citizens, { min: size.bandMin, max: size.bandMax })} –{' '}
            <strong>{tx.t(size.above ? 'outsideBand' : 'withinBand')}</strong>
          </li>
        )}
        {consultants.map((c) => (
          <li key={c.name}>
            {c.name}: {tx.plural('caseloadBand', c.citizens, { min: c.bandMin, max: c.bandMax })} – {tx.t(c.above ? 'outsideBand' : 'withinBand')}
          </li>
        ))}
      </ul>

      <Button appearance="primary" onClick={() => void render()}>
        {tx.t('renderDialog')}
      </Button>

      <h3 className={shared.h3}>{tx.t('byReadiness')}</h3>
      {[...READINESS, undefined].map((r) => {
        const group = citizens.filter((c) => c.readiness === r);
        if (group.length === 0) return null;
        const label = tx.t(STATUS_KEYS[r ?? 'unknown']);
        return (
          <div key={label}>
            <h4 className={shared.h4}>
              {label} ({group.length})
            </h4>
            <ul className={shared.list}>
              {group.map((c) => (
                <li key={c.id}>
                  <strong>{c.id}</strong>
                  {c.name ? ` ${c.name}` : ''}: {c.nextStep || '–'}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </ViewSection>
  );
}

// Månedsdialog: the team leader's monthly dialogue with one sagsbehandler or virksomhedskonsulent, in
// meeting order (issue 21): last time's agreements, status against milestone and goal (with movement and
// a small trend), signals oldest first, the caseload's data-quality issues, Klar / Tæt på with next step, VK and time since the last activity,
// the other citizens, and new agreements. Each section collapses. The month defaults to the month just
// ended until the 10th (domain/dialogue.ts dialogueMonth); a running month says how far it has run.
import React, { useState } from 'react';
import { Button } from '@fluentui/react-components';
import { dialogueMonth, hoursByCitizen, personSignals, placementsByCitizen } from '../../domain/dialogue';
import type { Citizen } from '../../domain/model';
import { formatComputedAt } from '../../workbook/render/builder';
import { renderMaanedsdialog } from '../../workbook/render/maanedsdialog';
import { CaseworkerPicker, RoleSwitch, useChosenPerson } from '../components/CaseworkerPicker';
import { DataQuality } from '../components/DataQuality';
import { RowActions } from '../components/RowActions';
import { SignalList } from '../components/SignalList';
import { ViewSection } from '../components/ViewSection';
import { useApp } from '../context';
import { useShared } from '../styles';
import { AgreementForm, Agreements } from './dialog/Agreements';
import { Disclosure } from './dialog/Disclosure';
import { Groups } from './dialog/Groups';
import { IndicatorLines } from './dialog/IndicatorLines';
import { MonthLine, MonthPicker } from './dialog/MonthPicker';
import { Movement } from './dialog/Movement';
import { Summary } from './dialog/Summary';
import { Trend } from './dialog/Trend';

export default function DialogView() {
  const { tx, measurement, caseload, asOf, port, write, announce } = useApp();
  const shared = useShared();
  const { report } = measurement;
  const chosen = useChosenPerson(report);
  const { person, role, scope, slice } = chosen;
  const months = report.months.map((m) => m.month);
  const [month, setMonth] = useState(dialogueMonth(asOf));
  // An agreement started from a citizen's line: fills Borger-ID in Nye aftaler and focuses the form.
  const [agreementFor, setAgreementFor] = useState<{ id: string; tick: number } | null>(null);
  const lineActions = (c: Citizen) => (
    <RowActions
      citizenId={c.id}
      withForms={false}
      onAgreement={(id) => setAgreementFor((r) => ({ id, tick: (r?.tick ?? 0) + 1 }))}
    />
  );
  const m = months.includes(month) ? month : (months[months.length - 1] ?? month);
  const gross = new Set(measurement.drill({ scope, month: m, measure: 'gross' }));
  const active = new Set(measurement.drill({ scope, month: m, measure: 'active' }));
  const citizens: Citizen[] = caseload.citizens.filter((c) => gross.has(c.id));
  const groupInput = {
    citizens,
    active,
    month: m,
    placements: placementsByCitizen(caseload.placements),
    hours: hoursByCitizen(caseload.hours),
  };
  const size = report.caseloads.find((c) => c.name === person && c.role === role);
  const signals = personSignals(report.signals, person, gross);

  const render = async () => {
    await write(() =>
      port.writeOutputSheets([
        renderMaanedsdialog(
          measurement,
          caseload,
          { computedAt: formatComputedAt(new Date()) },
          { month: m, caseworker: person, role },
        ),
      ]),
    );
    announce(tx.t('dialogRendered', { who: person, month: tx.month(m) }));
  };

  return (
    <ViewSection id="dialog" title={tx.t('dialogTitle')}>
      <RoleSwitch chosen={chosen} />
      <div className={shared.fieldRow}>
        <CaseworkerPicker chosen={chosen} />
        <MonthPicker months={months} month={m} onChange={setMonth} />
      </div>
      <MonthLine month={m} />

      <Disclosure title={tx.t('dialogLastAgreements')} testId="section-agreements">
        <Agreements person={person} month={m} />
      </Disclosure>

      <Disclosure title={tx.t('dialogStatus')} testId="section-status">
        <Summary slice={slice} scope={scope} month={m} />
        <Trend slice={slice} month={m} who={person} />
        <IndicatorLines results={report.indicators ?? []} person={person} team={slice?.team} month={m} />
        {size && (
          <p className={shared.plain}>
            {tx.t('caseloadSize')}: {tx.plural('caseloadBand', size.citizens, { min: size.bandMin, max: size.bandMax })}{' '}
            – <strong>{tx.t(size.above ? 'outsideBand' : 'withinBand')}</strong>
          </p>
        )}
        <h4 className={shared.h4}>{tx.t('movement')}</h4>
        <Movement scope={scope} month={m} />
      </Disclosure>

      <Disclosure title={tx.t('signals')} testId="section-signals">
        <SignalList signals={signals} />
      </Disclosure>

      {/* The same data-quality list as Min sagsstamme: the dialogue is where a wrong row gets noticed. */}
      <DataQuality person={person} role={role} citizenIds={gross} />

      <Disclosure title={tx.t('dialogReadyClose')} testId="section-ready">
        <Groups groups={['Klar', 'Tæt på']} testId="dialog-groups-ready" lineActions={lineActions} {...groupInput} />
      </Disclosure>

      <Disclosure title={tx.t('dialogOthers')} defaultOpen={false} testId="section-others">
        <Groups
          groups={['active', 'Længere fra', 'unknown']}
          testId="dialog-groups-others"
          lineActions={lineActions}
          {...groupInput}
        />
      </Disclosure>

      <Disclosure title={tx.t('dialogNewAgreements')} testId="section-new">
        <AgreementForm person={person} about={agreementFor} />
        <p>
          <Button appearance="primary" onClick={() => void render()}>
            {tx.t('renderDialog')}
          </Button>
        </p>
      </Disclosure>
    </ViewSection>
  );
}

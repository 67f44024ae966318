// Månedsdialog: the team leader's monthly dialogue with one sagsbehandler or virksomhedskonsulent, for a
// chosen month: status and gap against their milestone and the goal, next month's milestone and needed
// starts, the groups I gang / Klar / Tæt på / Længere fra, the movement since last month, the signals
// oldest first, the open agreements from earlier dialogues and a form for new ones, and a small trend.
import React, { useState } from 'react';
import { Button, Field, Select } from '@fluentui/react-components';
import { monthOf } from '../../domain/dates';
import { personSignals, placementsByCitizen } from '../../domain/dialogue';
import type { Citizen } from '../../domain/model';
import { formatComputedAt } from '../../workbook/render/builder';
import { renderMaanedsdialog } from '../../workbook/render/maanedsdialog';
import { CaseworkerPicker, RoleSwitch, useChosenPerson } from '../components/CaseworkerPicker';
import { SignalList } from '../components/SignalList';
import { ViewSection } from '../components/ViewSection';
import { useApp } from '../context';
import { useShared } from '../styles';
import { AgreementForm, Agreements } from './dialog/Agreements';
import { Groups } from './dialog/Groups';
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
  const [month, setMonth] = useState(monthOf(asOf));
  const m = months.includes(month) ? month : (months[months.length - 1] ?? monthOf(asOf));
  const gross = new Set(measurement.drill({ scope, month: m, measure: 'gross' }));
  const active = new Set(measurement.drill({ scope, month: m, measure: 'active' }));
  const citizens: Citizen[] = caseload.citizens.filter((c) => gross.has(c.id));
  const placements = placementsByCitizen(caseload.placements);
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

      <h3 className={shared.h3}>{tx.t('dialogStatus')}</h3>
      <Summary slice={slice} scope={scope} month={m} />
      <Trend slice={slice} month={m} who={person} />
      {size && (
        <p className={shared.plain}>
          {tx.t('caseloadSize')}: {tx.plural('caseloadBand', size.citizens, { min: size.bandMin, max: size.bandMax })} –{' '}
          <strong>{tx.t(size.above ? 'outsideBand' : 'withinBand')}</strong>
        </p>
      )}

      <h3 className={shared.h3}>{tx.t('agreementsTitle')}</h3>
      <Agreements person={person} month={m} />

      <h3 className={shared.h3}>{tx.t('movement')}</h3>
      <Movement scope={scope} month={m} />

      <h3 className={shared.h3}>{tx.t('signals')}</h3>
      <SignalList signals={signals} />

      <h3 className={shared.h3}>{tx.t('groupsTitle')}</h3>
      <Groups citizens={citizens} active={active} placements={placements} month={m} />

      <AgreementForm person={person} />

      <p>
        <Button appearance="primary" onClick={() => void render()}>
          {tx.t('renderDialog')}
        </Button>
      </p>
    </ViewSection>
  );
}

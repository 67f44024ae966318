// The caseworker's quick entry forms: new citizen, start/end placement, hours, readiness and next step.
import React, { useState } from 'react';
import { ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import { addCitizen, endPlacement, logHours, startPlacement, updateCitizen } from '../../app/entry';
import { monthOf } from '../../domain/dates';
import { PLACEMENT_TYPES, READINESS, TARGET_GROUPS, HOURS_SOURCES, type Citizen } from '../../domain/model';
import { BORGERE, FORLØB, TIMER, type ColumnDef, type TableDef } from '../../workbook/contract';
import { useApp } from '../context';
import type { MessageKey } from '../i18n';
import { useShared } from '../styles';
import EntryForm, { type FieldSpec } from './EntryForm';

const useStyles = makeStyles({
  choices: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

type FormId = 'formAddCitizen' | 'formStartPlacement' | 'formEndPlacement' | 'formLogHours' | 'formUpdateCitizen';
const FORMS: FormId[] = ['formStartPlacement', 'formEndPlacement', 'formLogHours', 'formUpdateCitizen', 'formAddCitizen'];

const col = (def: TableDef, header: string): ColumnDef => def.columns.find((c) => c.header === header)!;
const opts = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));

/** A contract column as a form field (the label is the Danish header users know from the sheet). */
function field(def: TableDef, header: string, extra: Partial<FieldSpec> = {}): FieldSpec {
  const c = col(def, header);
  return { name: header, label: header, col: c, required: c.required, ...(c.type === 'list' ? { options: opts(c.values ?? []) } : {}), ...extra };
}

export default function QuickForms({ caseworker, citizens, preferred }: { caseworker: string; citizens: Citizen[]; preferred?: string }) {
  const { tx, port, asOf, caseload, announce } = useApp();
  const shared = useShared();
  const s = useStyles();
  const [open, setOpen] = useState<FormId>('formStartPlacement');
  const mine = citizens.map((c) => ({ value: c.id, label: c.name ? `${c.id} – ${c.name}` : c.id }));
  const ids = new Set(citizens.map((c) => c.id));
  const team = citizens[0]?.team ?? '';
  const openPlacements = caseload.placements
    .filter((p) => ids.has(p.citizenId) && (!p.endDate || p.endDate >= asOf))
    .map((p) => ({ value: String(p.row), label: `${p.citizenId}: ${p.type}${p.company ? `, ${p.company}` : ''} (${tx.date(p.startDate)})` }));
  const idField = (def: TableDef, initial?: string): FieldSpec => ({ ...field(def, 'Borger-ID'), options: mine, initial: initial ?? mine[0]?.value });

  const forms: Record<FormId, React.ReactNode> = {
    formAddCitizen: (
      <EntryForm
        key={`add-${caseworker}`}
        title={tx.t('formAddCitizen')}
        fields={[
          field(BORGERE, 'Borger-ID'),
          field(BORGERE, 'Navn'),
          field(BORGERE, 'Målgruppe', { options: opts(TARGET_GROUPS) }),
          field(BORGERE, 'Team', { initial: team }),
          field(BORGERE, 'Sagsbehandler', { initial: caseworker }),
          field(BORGERE, 'Startdato', { initial: tx.date(asOf), placeholder: 'dd-mm-åååå' }),
          field(BORGERE, 'Parathed', { options: opts(READINESS) }),
        ]}
        submit={(v) => addCitizen(port, { ...v, Opdateret: asOf })}
        describe={(v) => `${tx.t('formAddCitizen')} ${v['Borger-ID']}`}
      />
    ),
    formStartPlacement: (
      <EntryForm
        key={`start-${caseworker}-${preferred}`}
        title={tx.t('formStartPlacement')}
        fields={[
          idField(FORLØB, preferred),
          field(FORLØB, 'Type', { options: opts(PLACEMENT_TYPES) }),
          field(FORLØB, 'Virksomhed'),
          field(FORLØB, 'Startdato', { initial: tx.date(asOf), placeholder: 'dd-mm-åååå' }),
          field(FORLØB, 'Slutdato', { placeholder: 'dd-mm-åååå' }),
          field(FORLØB, 'Timer pr. uge'),
        ]}
        submit={(v) => startPlacement(port, v)}
        describe={(v) => `${tx.t('formStartPlacement')} ${v['Borger-ID']} (${v.Type})`}
      />
    ),
    formEndPlacement:
      openPlacements.length === 0 ? (
        <p>{tx.t('noOpenPlacements')}</p>
      ) : (
        <EntryForm
          key={`end-${caseworker}-${openPlacements.length}`}
          title={tx.t('formEndPlacement')}
          fields={[
            { name: 'Række', label: tx.t('placement'), required: true, options: openPlacements },
            field(FORLØB, 'Slutdato', { required: true, initial: tx.date(asOf), placeholder: 'dd-mm-åååå' }),
          ]}
          submit={(v) => endPlacement(port, Number(v['Række']), v.Slutdato)}
          describe={(v) => `${tx.t('formEndPlacement')} (${v.Slutdato})`}
        />
      ),
    formLogHours: (
      <EntryForm
        key={`hours-${caseworker}`}
        title={tx.t('formLogHours')}
        fields={[
          idField(TIMER),
          field(TIMER, 'Måned', { initial: monthOf(asOf), placeholder: 'åååå-mm' }),
          field(TIMER, 'Ordinære timer'),
          field(TIMER, 'Kilde', { options: opts(HOURS_SOURCES) }),
        ]}
        submit={(v) => logHours(port, v)}
        describe={(v) => `${tx.t('formLogHours')} ${v['Borger-ID']} ${v['Måned']}`}
      />
    ),
    formUpdateCitizen: (
      <EntryForm
        key={`upd-${caseworker}`}
        title={tx.t('formUpdateCitizen')}
        fields={[idField(BORGERE), field(BORGERE, 'Parathed', { options: opts(READINESS) }), field(BORGERE, 'Næste skridt')]}
        submit={({ 'Borger-ID': id, ...rest }) =>
          // Only the fields the user filled in change; an untouched field keeps its value in the sheet.
          updateCitizen(port, id ?? '', { ...Object.fromEntries(Object.entries(rest).filter(([, x]) => x !== null)), Opdateret: asOf })
        }
        describe={(v) => `${tx.t('formUpdateCitizen')} ${v['Borger-ID']}`}
      />
    ),
  };

  return (
    <section aria-labelledby="quick-forms">
      <h2 id="quick-forms" className={shared.h2}>
        {tx.t('quickForms')}
      </h2>
      <div role="group" aria-label={tx.t('quickForms')} className={s.choices}>
        {FORMS.map((f) => (
          <ToggleButton key={f} size="small" checked={open === f} onClick={() => {
              // A message belongs to the form that raised it: choosing another form clears it.
              if (f !== open) announce('');
              setOpen(f);
            }}>
            {tx.t(f as MessageKey)}
          </ToggleButton>
        ))}
      </div>
      {forms[open]}
    </section>
  );
}

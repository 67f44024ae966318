// The quick entry forms of Min sagsstamme: start/end placement (ending asks why), follow-up with the
// praktik's company, hours, readiness and next step, and a new citizen with every field a caseworker
// types. Forms know the citizen: choosing one (in a form, a list or the drill-down) fills the forms with
// the citizen's current values.
import React, { useState } from 'react';
import { ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import { registerFollowUp } from '../../app/dialogue';
import { addCitizen, endPlacement, logHours, startPlacement, updateCitizen } from '../../app/entry';
import { monthOf } from '../../domain/dates';
import {
  END_REASONS,
  PLACEMENT_TYPES,
  READINESS,
  TARGET_GROUPS,
  HOURS_SOURCES,
  type Citizen,
} from '../../domain/model';
import type { CaseloadRole } from '../../domain/report';
import { BORGERE, FORLØB, TIMER, YES_NO, type ColumnDef, type TableDef } from '../../workbook/contract';
import { useApp } from '../context';
import type { MessageKey } from '../../text/ui';
import { chooseCitizen, useChosenCitizen } from '../status';
import { useShared } from '../styles';
import EntryForm, { type FieldSpec } from './EntryForm';

const useStyles = makeStyles({
  choices: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

type FormId =
  'formAddCitizen' | 'formStartPlacement' | 'formEndPlacement' | 'formFollowUp' | 'formLogHours' | 'formUpdateCitizen';
const FORMS: FormId[] = [
  'formStartPlacement',
  'formEndPlacement',
  'formFollowUp',
  'formLogHours',
  'formUpdateCitizen',
  'formAddCitizen',
];

const col = (def: TableDef, header: string): ColumnDef => def.columns.find((c) => c.header === header)!;
const opts = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));

/** A contract column as a form field (the label is the Danish header users know from the sheet). */
function field(def: TableDef, header: string, extra: Partial<FieldSpec> = {}): FieldSpec {
  const c = col(def, header);
  return {
    name: header,
    label: header,
    col: c,
    required: c.required,
    ...(c.type === 'list' ? { options: opts(c.values ?? []) } : {}),
    ...extra,
  };
}

export interface QuickFormsProps {
  /** The person whose caseload the forms work on. */
  caseworker: string;
  role?: CaseloadRole;
  citizens: Citizen[];
  /** The citizen to start with when none is chosen. */
  preferred?: string;
}

export default function QuickForms({ caseworker, role = 'Sagsbehandler', citizens, preferred }: QuickFormsProps) {
  const { tx, port, asOf, caseload, announce } = useApp();
  const shared = useShared();
  const s = useStyles();
  const [open, setOpen] = useState<FormId>('formStartPlacement');
  const chosenId = useChosenCitizen();
  const mine = citizens.map((c) => ({ value: c.id, label: c.name ? `${c.id} – ${c.name}` : c.id }));
  const ids = new Set(citizens.map((c) => c.id));
  const current = citizens.find((c) => c.id === chosenId) ?? citizens.find((c) => c.id === preferred) ?? citizens[0];
  const team = current?.team ?? '';
  const ongoing = caseload.placements.filter(
    (p) => ids.has(p.citizenId) && p.startDate <= asOf && (!p.endDate || p.endDate >= asOf),
  );
  // The chosen citizen's placements first, so the form opens on them.
  const first = (list: typeof ongoing) => [
    ...list.filter((p) => p.citizenId === current?.id),
    ...list.filter((p) => p.citizenId !== current?.id),
  ];
  const placementOption = (p: (typeof ongoing)[number]) => ({
    value: String(p.row),
    label: `${p.citizenId}: ${p.type}${p.company ? `, ${p.company}` : ''} (${tx.date(p.startDate)})`,
  });
  const openPlacements = first(ongoing).map(placementOption);
  const praktik = first(ongoing.filter((p) => p.type === 'Virksomhedspraktik'));
  const idField = (def: TableDef): FieldSpec => ({
    ...field(def, 'Borger-ID'),
    options: mine,
    initial: current?.id,
    onValue: chooseCitizen,
  });
  const k = current?.id ?? '';

  const forms: Record<FormId, React.ReactNode> = {
    formAddCitizen: (
      <EntryForm
        key={`add-${caseworker}-${role}`}
        title={tx.t('formAddCitizen')}
        fields={[
          field(BORGERE, 'Borger-ID'),
          field(BORGERE, 'Navn'),
          field(BORGERE, 'Målgruppe', { options: opts(TARGET_GROUPS) }),
          field(BORGERE, 'Team', { initial: team }),
          field(BORGERE, 'Sagsbehandler', { initial: role === 'Sagsbehandler' ? caseworker : '' }),
          field(BORGERE, 'Virksomhedskonsulent', { initial: role === 'Virksomhedskonsulent' ? caseworker : '' }),
          field(BORGERE, 'Startdato', { initial: tx.date(asOf), placeholder: 'dd-mm-åååå' }),
          field(BORGERE, 'Visiteret', { placeholder: 'dd-mm-åååå' }),
          field(BORGERE, 'Parathed', { options: opts(READINESS) }),
          field(BORGERE, 'CV', { options: opts(YES_NO) }),
          field(BORGERE, 'Jobmål'),
          field(BORGERE, 'Næste skridt'),
        ]}
        submit={(v) => addCitizen(port, { ...v, Opdateret: asOf })}
        describe={(v) => `${tx.t('formAddCitizen')} ${v['Borger-ID']}`}
      />
    ),
    formStartPlacement: (
      <EntryForm
        key={`start-${caseworker}-${k}`}
        title={tx.t('formStartPlacement')}
        fields={[
          idField(FORLØB),
          field(FORLØB, 'Type', { options: opts(PLACEMENT_TYPES) }),
          field(FORLØB, 'Virksomhed'),
          field(FORLØB, 'Startdato', { initial: tx.date(asOf), placeholder: 'dd-mm-åååå' }),
          field(FORLØB, 'Slutdato', { placeholder: 'dd-mm-åååå' }),
          field(FORLØB, 'Timer pr. uge'),
          field(FORLØB, 'Virksomhedskonsulent', {
            initial: role === 'Virksomhedskonsulent' ? caseworker : (current?.companyConsultant ?? ''),
          }),
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
          key={`end-${caseworker}-${k}-${openPlacements.length}`}
          title={tx.t('formEndPlacement')}
          fields={[
            { name: 'Række', label: tx.t('placement'), required: true, options: openPlacements },
            field(FORLØB, 'Slutdato', { required: true, initial: tx.date(asOf), placeholder: 'dd-mm-åååå' }),
            // The reason is required here (the contract keeps it optional for v1 workbooks); no default.
            field(FORLØB, 'Afslutningsårsag', {
              required: true,
              options: [{ value: '', label: '–' }, ...opts(END_REASONS)],
              initial: '',
            }),
          ]}
          submit={(v) => endPlacement(port, Number(v['Række']), v.Slutdato, v['Afslutningsårsag'])}
          describe={(v) => `${tx.t('formEndPlacement')} (${v.Slutdato}, ${v['Afslutningsårsag']})`}
        />
      ),
    formFollowUp:
      praktik.length === 0 ? (
        <p>{tx.t('noOpenPraktik')}</p>
      ) : (
        <EntryForm
          key={`follow-${caseworker}-${k}-${praktik.length}`}
          title={tx.t('formFollowUp')}
          fields={[
            { name: 'Række', label: tx.t('praktik'), required: true, options: praktik.map(placementOption) },
            field(FORLØB, 'Opfølgning', { required: true, initial: tx.date(asOf), placeholder: 'dd-mm-åååå' }),
          ]}
          submit={(v) => {
            const row = Number(v['Række']);
            const p = praktik.find((x) => x.row === row);
            return registerFollowUp(port, row, p?.citizenId ?? '', v['Opfølgning'], asOf);
          }}
          describe={(v) => `${tx.t('formFollowUp')} (${v['Opfølgning']})`}
        />
      ),
    formLogHours: (
      <EntryForm
        key={`hours-${caseworker}-${k}`}
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
        key={`upd-${caseworker}-${k}-${current?.readiness ?? ''}-${current?.nextStep ?? ''}`}
        title={tx.t('formUpdateCitizen')}
        fields={[
          idField(BORGERE),
          field(BORGERE, 'Parathed', { options: opts(READINESS), initial: current?.readiness ?? '' }),
          field(BORGERE, 'Næste skridt', { initial: current?.nextStep ?? '' }),
        ]}
        submit={({ 'Borger-ID': id, ...rest }) =>
          // Only the fields the user filled in change; an emptied field keeps its value in the sheet.
          updateCitizen(port, id ?? '', {
            ...Object.fromEntries(Object.entries(rest).filter(([, x]) => x !== null)),
            Opdateret: asOf,
          })
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
          <ToggleButton
            key={f}
            size="small"
            checked={open === f}
            onClick={() => {
              // A message belongs to the form that raised it: choosing another form clears it.
              if (f !== open) announce('');
              setOpen(f);
            }}
          >
            {tx.t(f as MessageKey)}
          </ToggleButton>
        ))}
      </div>
      {forms[open]}
    </section>
  );
}

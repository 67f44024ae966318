// The person choice shared by Min sagsstamme and Månedsdialog: a role switch (Sagsbehandler /
// Virksomhedskonsulent), the people of that role measured in the report, and the one chosen (kept for
// the session). Every figure and list of a view follows the chosen role's caseload definition.
import React, { useMemo } from 'react';
import { Field, Radio, RadioGroup, Select, makeStyles } from '@fluentui/react-components';
import { personScope } from '../../domain/dialogue';
import type { CaseloadRole, Report, Scope, SliceSeries } from '../../domain/report';
import { useApp } from '../context';
import { ROLES, personSlice, usePerson, useRole } from '../status';
import { useShared } from '../styles';

export interface ChosenPerson {
  role: CaseloadRole;
  setRole(role: CaseloadRole): void;
  names: string[];
  person: string;
  choose(name: string): void;
  scope: Scope;
  slice: (SliceSeries & { team: string }) | undefined;
}

/** The role, its people in the report sorted the Danish way, and the one chosen (kept across views). */
export function useChosenPerson(report: Report): ChosenPerson {
  const [role, setRole] = useRole();
  const names = useMemo(
    () =>
      Object.keys(role === 'Virksomhedskonsulent' ? report.byConsultant : report.byCaseworker).sort((a, b) =>
        a.localeCompare(b, 'da'),
      ),
    [report, role],
  );
  const [person, choose] = usePerson(role, names);
  return {
    role,
    setRole,
    names,
    person,
    choose,
    scope: personScope(role, person),
    slice: personSlice(report, role, person),
  };
}

const useStyles = makeStyles({
  /** "Virksomhedskonsulent" is one long word: it wraps rather than widen a narrow pane. */
  label: { overflowWrap: 'anywhere' },
  radios: { flexWrap: 'wrap' },
});

/** The role switch, on a row of its own above the pickers (the radios wrap in a narrow pane). */
export function RoleSwitch({ chosen }: { chosen: ChosenPerson }) {
  const { tx } = useApp();
  const s = useStyles();
  return (
    <Field label={tx.t('role')}>
      <RadioGroup
        layout="horizontal"
        className={s.radios}
        value={chosen.role}
        onChange={(_, d) => chosen.setRole(d.value as CaseloadRole)}
      >
        {ROLES.map((r) => (
          <Radio key={r} value={r} label={tx.t(r === 'Sagsbehandler' ? 'roleCaseworkers' : 'roleConsultants')} />
        ))}
      </RadioGroup>
    </Field>
  );
}

/** The people of the chosen role. */
export function CaseworkerPicker({ chosen }: { chosen: ChosenPerson }) {
  const { tx } = useApp();
  const shared = useShared();
  const s = useStyles();
  const label = tx.t(chosen.role === 'Sagsbehandler' ? 'roleCaseworker' : 'roleConsultant');
  return (
    <Field label={{ children: label, className: s.label }}>
      <Select className={shared.select} value={chosen.person} onChange={(_, d) => chosen.choose(d.value)}>
        {chosen.names.length === 0 && <option value="">{tx.t('nobodyInRole')}</option>}
        {chosen.names.map((n) => (
          <option key={n}>{n}</option>
        ))}
      </Select>
    </Field>
  );
}

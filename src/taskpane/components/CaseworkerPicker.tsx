// The caseworker choice shared by Min sagsstamme and Månedsdialog: the names measured in the report,
// the choice remembered for the session (useCaseworker), and the labelled select.
import React, { useMemo } from 'react';
import { Field, Select } from '@fluentui/react-components';
import type { Report } from '../../domain/report';
import { useApp } from '../context';
import { useCaseworker } from '../status';
import { useShared } from '../styles';

/** The caseworkers in the report, sorted the Danish way, and the one chosen (kept across views). */
export function useChosenCaseworker(report: Report): { names: string[]; caseworker: string; choose(name: string): void } {
  const names = useMemo(() => Object.keys(report.byCaseworker).sort((a, b) => a.localeCompare(b, 'da')), [report]);
  const [caseworker, choose] = useCaseworker(names);
  return { names, caseworker, choose };
}

export function CaseworkerPicker({ names, value, onChange }: { names: readonly string[]; value: string; onChange(name: string): void }) {
  const { tx } = useApp();
  const shared = useShared();
  return (
    <Field label={tx.t('caseworker')}>
      <Select className={shared.select} value={value} onChange={(_, d) => onChange(d.value)}>
        {names.map((n) => (
          <option key={n}>{n}</option>
        ))}
      </Select>
    </Field>
  );
}

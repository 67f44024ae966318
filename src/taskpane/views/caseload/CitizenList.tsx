// The citizens of Min sagsstamme, searchable by ID, name or job goal and filterable by dialogue status;
// clicking an ID chooses the citizen (and so fills the quick forms), and each line's actions open a quick
// form for the citizen. The search and filter are kept here.
import { useState } from 'react';
import { Field, Input, Select } from '@fluentui/react-components';
import { DIALOGUE_GROUPS, dialogueGroup, type DialogueGroup } from '../../../domain/dialogue';
import type { Citizen } from '../../../domain/model';
import { RowActions } from '../../components/RowActions';
import { ScrollTable } from '../../components/ScrollTable';
import { useApp } from '../../context';
import { STATUS_KEYS } from '../../status';
import { useShared } from '../../styles';
import { CitizenButton } from '../dialog/CitizenButton';

export interface CitizenListProps {
  /** The person's citizens (gross caseload this month). */
  citizens: Citizen[];
  /** The citizens counted active this month. */
  active: Set<string>;
}

export function CitizenList({ citizens, active }: CitizenListProps) {
  const { tx } = useApp();
  const shared = useShared();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<DialogueGroup | ''>('');
  const q = query.trim().toLocaleLowerCase('da');
  const shown = citizens.filter(
    (c) =>
      (!status || dialogueGroup(c, active) === status) &&
      (!q || [c.id, c.name, c.jobGoal].some((x) => x && x.toLocaleLowerCase('da').includes(q))),
  );
  const heading = `${tx.t('citizensOf')} (${shown.length}/${citizens.length})`;

  return (
    <>
      <h3 className={shared.h3}>{heading}</h3>
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
        <CitizenTable label={heading} shown={shown} active={active} />
      )}
    </>
  );
}

function CitizenTable({ label, shown, active }: { label: string; shown: Citizen[]; active: Set<string> }) {
  const { tx } = useApp();
  return (
    <ScrollTable label={label} testId="citizens">
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
              <RowActions citizenId={c.id} />
            </th>
            <td>{c.name}</td>
            <td>{tx.t(STATUS_KEYS[dialogueGroup(c, active)])}</td>
            <td>{c.nextStep}</td>
            <td>{tx.date(c.updated)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

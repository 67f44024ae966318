// Part of the import preview: the export's values the contract does not know ("VP", "Kontanthjælp,
// aktivitetsparat"), each with a choice of what it means. The choices re-plan the import and are stored
// in the workbook on confirm, so next month's export maps itself (issue 13: less typing).
import { useState } from 'react';
import { Button, Field, Select, Subtitle2, Text } from '@fluentui/react-components';
import type { TableDef } from '../../workbook/contract';
import type { UserValueMapping } from '../../import/mapping';
import type { UnmappedValue } from '../../import/plan';
import type { Texts } from '../../text/ui';
import { useShared } from '../styles';

export interface ValueMappingProps {
  def: TableDef;
  values: readonly UnmappedValue[];
  onApply: (mapping: UserValueMapping) => void;
  tx: Texts;
}

export function ValueMapping({ def, values, onApply, tx }: ValueMappingProps) {
  const shared = useShared();
  const [chosen, setChosen] = useState<Record<string, string>>(() =>
    Object.fromEntries(values.map((v) => [`${v.column}\u0000${v.value}`, v.suggestion ?? ''])),
  );
  if (values.length === 0) return null;
  const apply = () => {
    const mapping: UserValueMapping = {};
    for (const v of values) {
      const target = chosen[`${v.column}\u0000${v.value}`];
      if (target) (mapping[v.column] ??= {})[v.value] = target;
    }
    onApply(mapping);
  };
  return (
    <section aria-label={tx.t('importValuesTitle')}>
      <Subtitle2 as="h3">{tx.t('importValuesTitle')}</Subtitle2>
      <Text as="p">{tx.t('importValuesHelp')}</Text>
      <div className={shared.stack}>
        {values.map((v) => {
          const key = `${v.column}\u0000${v.value}`;
          const allowed = def.columns.find((c) => c.header === v.column)?.values ?? [];
          return (
            <Field key={key} label={`${v.column}: "${v.value}" (${tx.plural('importValueRows', v.rows)})`}>
              <Select
                className={shared.select}
                value={chosen[key] ?? ''}
                onChange={(_, d) => setChosen((c) => ({ ...c, [key]: d.value }))}
              >
                <option value="">{tx.t('importValueNone')}</option>
                {allowed.map((a) => (
                  <option key={a} value={a}>
                    {a}
                  </option>
                ))}
              </Select>
            </Field>
          );
        })}
        <Button onClick={apply}>{tx.t('importValuesApply')}</Button>
      </div>
    </section>
  );
}

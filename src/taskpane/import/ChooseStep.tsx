// Step 1 of the import wizard: which table the rows go to, and the export file to read them from.
import { Field, Select, Text } from '@fluentui/react-components';
import { EXPORT_FILE_ACCEPT } from '../../import/readers';
import { IMPORT_TABLES } from '../../import/tables';
import type { Texts } from '../../text/ui';
import { useShared } from '../styles';

export interface ChooseStepProps {
  tableName: string;
  onTable: (name: string) => void;
  onFile: (file: File | undefined) => void;
  tx: Texts;
}

export function ChooseStep({ tableName, onTable, onFile, tx }: ChooseStepProps) {
  const shared = useShared();
  return (
    <>
      <Text as="p">{tx.t('importIntro')}</Text>
      <Field label={tx.t('importTable')}>
        <Select className={shared.select} value={tableName} onChange={(_, d) => onTable(d.value)}>
          {IMPORT_TABLES.map((d) => (
            <option key={d.name} value={d.name}>
              {d.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={tx.t('importFile')}>
        {(fieldProps) => (
          <input
            {...fieldProps}
            type="file"
            accept={EXPORT_FILE_ACCEPT}
            onChange={(e) => onFile(e.target.files?.[0])}
          />
        )}
      </Field>
    </>
  );
}

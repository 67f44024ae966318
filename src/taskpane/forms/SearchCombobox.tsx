// A searchable combobox over choices: the list shows the choices whose value or label contains the typed
// text (so "1012" finds B10120 and "anne" finds Anne Sørensen); typing keeps focus in the field. A picklist
// (choices plus `newLabel`) also offers the typed text itself as an explicit new value.
import { Combobox, Option } from '@fluentui/react-components';
import { idKey } from '../../domain/rowRules';
import { useApp } from '../context';
import { useShared } from '../styles';
import type { FieldSpec } from './fieldSpec';

const NEW = '\u0000new';
/** Shown at most, so a long caseload does not build a huge list while typing. */
const SHOWN = 50;

export interface SearchComboboxProps {
  spec: FieldSpec;
  value: string;
  onChange(value: string): void;
}

export function SearchCombobox({ spec, value, onChange }: SearchComboboxProps) {
  const { tx } = useApp();
  const shared = useShared();
  const { choices, newLabel } = spec.combobox!;
  const q = idKey(value);
  const exact = choices.some((c) => idKey(c.value) === q);
  const shown = (exact ? choices : choices.filter((c) => idKey(`${c.value} ${c.label}`).includes(q))).slice(0, SHOWN);
  const offerNew = newLabel !== undefined && value.trim() !== '' && !exact;
  return (
    <Combobox
      freeform
      className={shared.fill}
      value={value}
      placeholder={spec.placeholder}
      // The field itself opens the list (typing, Alt+ArrowDown); the arrow is for the mouse only, so Tab
      // goes straight on to the next field instead of stopping on it.
      expandIcon={{ tabIndex: -1, 'aria-hidden': true }}
      selectedOptions={exact ? [choices.find((c) => idKey(c.value) === q)!.value] : []}
      onChange={(e) => onChange(e.target.value)}
      onOptionSelect={(_, d) => {
        if (d.optionValue === NEW) onChange(value.trim());
        else if (d.optionValue !== undefined) onChange(d.optionValue);
      }}
    >
      {shown.map((c) => (
        <Option key={c.value} value={c.value} text={c.value}>
          {c.label}
        </Option>
      ))}
      {offerNew && (
        <Option key={NEW} value={NEW} text={value.trim()}>
          {tx.t('newValue', { label: newLabel, value: value.trim() })}
        </Option>
      )}
    </Combobox>
  );
}

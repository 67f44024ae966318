// The part of the goal-rule form shown only for the custom rule: threshold, months in a row and which
// placement types count. The values live in RuleForm, which checks and saves them.
import { Checkbox, Field, Input } from '@fluentui/react-components';
import { PLACEMENT_TYPES, type PlacementType } from '../../../domain/model';
import { useApp } from '../../context';
import { useShared } from '../../styles';

export interface CustomRuleFieldsProps {
  threshold: string;
  onThreshold: (value: string) => void;
  monthsInARow: string;
  onMonthsInARow: (value: string) => void;
  counts: PlacementType[];
  onCounts: (update: (counts: PlacementType[]) => PlacementType[]) => void;
  /** The message for a field that is not a number, or undefined. */
  numberError: (value: string) => string | undefined;
  /** Måneder i træk: a number, and a whole one from 1 to 24. */
  monthsError: (value: string) => string | undefined;
}

export function CustomRuleFields(props: CustomRuleFieldsProps) {
  const { threshold, monthsInARow, counts, numberError, monthsError } = props;
  const { tx } = useApp();
  const shared = useShared();
  const state = (error: string | undefined) => (error ? 'error' : 'none');
  return (
    <>
      <Field
        label={tx.t('threshold')}
        validationMessage={numberError(threshold)}
        validationState={state(numberError(threshold))}
      >
        <Input value={threshold} onChange={(_, d) => props.onThreshold(d.value)} />
      </Field>
      <Field
        label={tx.t('monthsInARow')}
        validationMessage={monthsError(monthsInARow)}
        validationState={state(monthsError(monthsInARow))}
      >
        <Input value={monthsInARow} onChange={(_, d) => props.onMonthsInARow(d.value)} />
      </Field>
      <fieldset className={shared.fieldset}>
        <legend>{tx.t('counts')}</legend>
        {PLACEMENT_TYPES.map((t) => (
          <Checkbox
            key={t}
            label={t}
            checked={counts.includes(t)}
            onChange={(_, d) => props.onCounts((c) => (d.checked ? [...c, t] : c.filter((x) => x !== t)))}
          />
        ))}
      </fieldset>
    </>
  );
}

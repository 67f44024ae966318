// Mål og milepæle: the project leader's goal rule, base month and deadline, saved to Indstillinger.
// Checked as the user types; the save button stays disabled while a field is wrong. Months are read with the
// workbook reader's parser (as import and the entry forms read them: "juni 2026", "06-2026", "2026-06") and
// echoed as read. The state and checks are in useRuleForm; the custom rule's own fields are in CustomRuleFields.
import type { FormEvent } from 'react';
import { Button, Field, Input, Select } from '@fluentui/react-components';
import { saveSettings } from '../../../app/settings';
import { RULE_IDS, type RuleId, type Settings } from '../../../domain/model';
import type { Report } from '../../../domain/report';
import { issueText, ruleName } from '../../../text';
import { useApp } from '../../context';
import { useShared } from '../../styles';
import { CustomRuleFields } from './CustomRuleFields';
import { useRuleForm } from './useRuleForm';

const state = (error: string | undefined) => (error ? 'error' : 'none');

/** Basismåned and Deadline, each checked and echoed as read. */
function MonthFields({ form }: { form: ReturnType<typeof useRuleForm> }) {
  const { tx } = useApp();
  const { base, deadline, monthError, deadlineError, echo } = form;
  return (
    <>
      <Field
        label={tx.t('baseMonth')}
        validationMessage={monthError(base)}
        validationState={state(monthError(base))}
        hint={echo(base)}
      >
        <Input value={base} placeholder="2025-01" onChange={(_, d) => form.setBase(d.value)} />
      </Field>
      <Field
        label={tx.t('deadline')}
        validationMessage={deadlineError(base, deadline)}
        validationState={state(deadlineError(base, deadline))}
        hint={echo(deadline)}
      >
        <Input value={deadline} placeholder="2025-12" onChange={(_, d) => form.setDeadline(d.value)} />
      </Field>
    </>
  );
}

export function RuleForm({ rule, settings }: { rule: Report['rule']; settings: Settings }) {
  const { tx, port, write, announce } = useApp();
  const shared = useShared();
  const form = useRuleForm(rule, settings);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (form.errors.length > 0) return;
    const refused = await write(() => saveSettings(port, form.next()));
    // saveSettings writes nothing it would not read back without an error: say why, never "saved".
    announce(
      refused.length > 0
        ? `${tx.t('settingsNotSaved')} ${refused.map((i) => issueText(i, tx.locale)).join(' ')}`
        : tx.t('settingsSaved'),
    );
  };

  return (
    <form onSubmit={save} aria-labelledby="rule-form" className={shared.stack}>
      <h3 id="rule-form" className={shared.h3}>
        {tx.t('rule')}
      </h3>
      <Field label={tx.t('rule')}>
        <Select className={shared.select} value={form.ruleId} onChange={(_, d) => form.setRuleId(d.value as RuleId)}>
          {RULE_IDS.map((id) => (
            <option key={id} value={id}>
              {id}: {ruleName(id, tx.locale)}
            </option>
          ))}
        </Select>
      </Field>
      {form.custom && (
        <CustomRuleFields
          threshold={form.threshold}
          onThreshold={form.setThreshold}
          monthsInARow={form.k}
          onMonthsInARow={form.setK}
          counts={form.counts}
          onCounts={form.setCounts}
          numberError={form.numberError}
          monthsError={form.monthsError}
        />
      )}
      <MonthFields form={form} />
      <div>
        <Button type="submit" appearance="primary" disabled={form.errors.length > 0}>
          {tx.t('saveSettings')}
        </Button>
      </div>
    </form>
  );
}

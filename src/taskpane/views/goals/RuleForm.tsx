// Mål og milepæle: the project leader's goal rule, base month and deadline, saved to Indstillinger.
// Checked as the user types; the save button stays disabled while a field is wrong. The custom rule's
// own fields are in CustomRuleFields.
import { useState, type FormEvent } from 'react';
import { Button, Field, Input, Select } from '@fluentui/react-components';
import { saveSettings } from '../../../app/settings';
import { isMonthKey } from '../../../domain/dates';
import { RULE_IDS, type PlacementType, type RuleId, type Settings } from '../../../domain/model';
import type { Report } from '../../../domain/report';
import { ruleName } from '../../../text';
import { useApp } from '../../context';
import { useShared } from '../../styles';
import { CustomRuleFields } from './CustomRuleFields';

export function RuleForm({ rule, settings }: { rule: Report['rule']; settings: Settings }) {
  const { tx, port, write, announce } = useApp();
  const shared = useShared();
  const [ruleId, setRuleId] = useState<RuleId>(rule.id);
  const [threshold, setThreshold] = useState(String(rule.threshold));
  const [k, setK] = useState(String(rule.monthsInARow));
  const [counts, setCounts] = useState<PlacementType[]>(rule.counts);
  const [base, setBase] = useState(settings.baseMonth ?? '');
  const [deadline, setDeadline] = useState(settings.deadline ?? '');

  const custom = ruleId === 'custom';
  const monthError = (v: string) => (v.trim() && !isMonthKey(v.trim()) ? tx.t('invalidMonth') : undefined);
  const numberError = (v: string) => (custom && !/^\d+([.,]\d+)?$/.test(v.trim()) ? tx.t('invalidNumber') : undefined);
  // DOMAIN §3: Basismåned on or after Deadline leaves no milestone line, so it is refused here, at the field.
  const deadlineError = (b: string, d: string) =>
    monthError(d) ??
    (isMonthKey(b.trim()) && isMonthKey(d.trim()) && b.trim() >= d.trim()
      ? tx.t('deadlineNotAfterBase', { base: b.trim() })
      : undefined);
  const errors = [monthError(base), deadlineError(base, deadline), numberError(threshold), numberError(k)].filter(
    Boolean,
  );
  const state = (error: string | undefined) => (error ? 'error' : 'none');

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (errors.length > 0) return;
    const next: Settings = {
      ruleId,
      baseMonth: base.trim() || undefined,
      deadline: deadline.trim() || undefined,
      ...(custom ? { threshold: Number(threshold.replace(',', '.')), monthsInARow: Number(k), counts } : {}),
    };
    await write(() => saveSettings(port, next));
    announce(tx.t('settingsSaved'));
  };

  return (
    <form onSubmit={save} aria-labelledby="rule-form" className={shared.stack}>
      <h3 id="rule-form" className={shared.h3}>
        {tx.t('rule')}
      </h3>
      <Field label={tx.t('rule')}>
        <Select className={shared.select} value={ruleId} onChange={(_, d) => setRuleId(d.value as RuleId)}>
          {RULE_IDS.map((id) => (
            <option key={id} value={id}>
              {id}: {ruleName(id, tx.locale)}
            </option>
          ))}
        </Select>
      </Field>
      {custom && (
        <CustomRuleFields
          threshold={threshold}
          onThreshold={setThreshold}
          monthsInARow={k}
          onMonthsInARow={setK}
          counts={counts}
          onCounts={setCounts}
          numberError={numberError}
        />
      )}
      <Field label={tx.t('baseMonth')} validationMessage={monthError(base)} validationState={state(monthError(base))}>
        <Input value={base} placeholder="2025-01" onChange={(_, d) => setBase(d.value)} />
      </Field>
      <Field
        label={tx.t('deadline')}
        validationMessage={deadlineError(base, deadline)}
        validationState={state(deadlineError(base, deadline))}
      >
        <Input value={deadline} placeholder="2025-12" onChange={(_, d) => setDeadline(d.value)} />
      </Field>
      <div>
        <Button type="submit" appearance="primary" disabled={errors.length > 0}>
          {tx.t('saveSettings')}
        </Button>
      </div>
    </form>
  );
}

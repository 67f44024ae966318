// Mål og milepæle: the project leader's goal rule, base month and deadline, saved to Indstillinger.
// Checked as the user types; the save button stays disabled while a field is wrong.
import React, { useState } from 'react';
import { Button, Checkbox, Field, Input, Select } from '@fluentui/react-components';
import { saveSettings } from '../../../app/settings';
import { isMonthKey } from '../../../domain/dates';
import { PLACEMENT_TYPES, RULE_IDS, type PlacementType, type RuleId, type Settings } from '../../../domain/model';
import type { Report } from '../../../domain/report';
import { ruleName } from '../../../text';
import { useApp } from '../../context';
import { useShared } from '../../styles';

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
  const errors = [monthError(base), monthError(deadline), numberError(threshold), numberError(k)].filter(Boolean);
  const state = (error: string | undefined) => (error ? 'error' : 'none');

  const save = async (e: React.FormEvent) => {
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
        <>
          <Field
            label={tx.t('threshold')}
            validationMessage={numberError(threshold)}
            validationState={state(numberError(threshold))}
          >
            <Input value={threshold} onChange={(_, d) => setThreshold(d.value)} />
          </Field>
          <Field
            label={tx.t('monthsInARow')}
            validationMessage={numberError(k)}
            validationState={state(numberError(k))}
          >
            <Input value={k} onChange={(_, d) => setK(d.value)} />
          </Field>
          <fieldset className={shared.fieldset}>
            <legend>{tx.t('counts')}</legend>
            {PLACEMENT_TYPES.map((t) => (
              <Checkbox
                key={t}
                label={t}
                checked={counts.includes(t)}
                onChange={(_, d) => setCounts((c) => (d.checked ? [...c, t] : c.filter((x) => x !== t)))}
              />
            ))}
          </fieldset>
        </>
      )}
      <Field label={tx.t('baseMonth')} validationMessage={monthError(base)} validationState={state(monthError(base))}>
        <Input value={base} placeholder="2025-01" onChange={(_, d) => setBase(d.value)} />
      </Field>
      <Field
        label={tx.t('deadline')}
        validationMessage={monthError(deadline)}
        validationState={state(monthError(deadline))}
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

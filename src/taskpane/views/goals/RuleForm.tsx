// Mål og milepæle: the project leader's goal rule, base month and deadline, saved to Indstillinger.
// Checked as the user types; the save button stays disabled while a field is wrong. Months are read with the
// workbook reader's parser (as import and the entry forms read them: "juni 2026", "06-2026", "2026-06") and
// echoed as read. The custom rule's own fields are in CustomRuleFields.
import { useState, type FormEvent } from 'react';
import { Button, Field, Input, Select } from '@fluentui/react-components';
import { saveSettings } from '../../../app/settings';
import { RULE_IDS, type PlacementType, type RuleId, type Settings } from '../../../domain/model';
import type { Report } from '../../../domain/report';
import { issueText, ruleName } from '../../../text';
import { parseMonth } from '../../../workbook/cells';
import { useApp } from '../../context';
import { useShared } from '../../styles';
import { CustomRuleFields } from './CustomRuleFields';

/** The month a typed text means (ÅÅÅÅ-MM), or null when it is not one; undefined when empty. */
function readMonth(text: string): string | null | undefined {
  if (!text.trim()) return undefined;
  const r = parseMonth(text);
  return r.ok && typeof r.value === 'string' ? r.value : null;
}

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
  const monthError = (v: string) => (readMonth(v) === null ? tx.t('invalidMonth') : undefined);
  const numberError = (v: string) => (custom && !/^\d+([.,]\d+)?$/.test(v.trim()) ? tx.t('invalidNumber') : undefined);
  // Måneder i træk: a whole number of months from 1 to 24 (as the settings reader bounds it).
  const monthsError = (v: string) =>
    numberError(v) ??
    (custom && !(Number(v) >= 1 && Number(v) <= 24 && Number.isInteger(Number(v)))
      ? tx.t('invalidMonthsInARow')
      : undefined);
  // DOMAIN §3: Basismåned on or after Deadline leaves no milestone line, so it is refused here, at the field.
  const deadlineError = (b: string, d: string) => {
    const [bm, dm] = [readMonth(b), readMonth(d)];
    return monthError(d) ?? (bm && dm && bm >= dm ? tx.t('deadlineNotAfterBase', { base: bm }) : undefined);
  };
  const echo = (v: string) => {
    const m = readMonth(v);
    return m ? tx.t('readAs', { value: tx.month(m) }) : undefined;
  };
  const errors = [monthError(base), deadlineError(base, deadline), numberError(threshold), monthsError(k)].filter(
    Boolean,
  );
  const state = (error: string | undefined) => (error ? 'error' : 'none');

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (errors.length > 0) return;
    const next: Settings = {
      ruleId,
      baseMonth: readMonth(base) ?? undefined,
      deadline: readMonth(deadline) ?? undefined,
      ...(custom ? { threshold: Number(threshold.replace(',', '.')), monthsInARow: Number(k), counts } : {}),
    };
    const refused = await write(() => saveSettings(port, next));
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
          monthsError={monthsError}
        />
      )}
      <Field
        label={tx.t('baseMonth')}
        validationMessage={monthError(base)}
        validationState={state(monthError(base))}
        hint={echo(base)}
      >
        <Input value={base} placeholder="2025-01" onChange={(_, d) => setBase(d.value)} />
      </Field>
      <Field
        label={tx.t('deadline')}
        validationMessage={deadlineError(base, deadline)}
        validationState={state(deadlineError(base, deadline))}
        hint={echo(deadline)}
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

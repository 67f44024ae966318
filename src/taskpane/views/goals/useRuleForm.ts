// The state and field checks behind RuleForm, kept apart from its markup so each stays small: the rule's
// fields, the base month and deadline as typed, and the Danish/English message for each field that is wrong.
import { useState } from 'react';
import type { PlacementType, RuleId, Settings } from '../../../domain/model';
import type { Report } from '../../../domain/report';
import { parseMonth } from '../../../workbook/cells';
import { useApp } from '../../context';

/** The month a typed text means (ÅÅÅÅ-MM), or null when it is not one; undefined when empty. */
function readMonth(text: string): string | null | undefined {
  if (!text.trim()) return undefined;
  const r = parseMonth(text);
  return r.ok && typeof r.value === 'string' ? r.value : null;
}

export function useRuleForm(rule: Report['rule'], settings: Settings) {
  const { tx } = useApp();
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
  /** The settings the form would save (the custom rule's own fields only for `custom`). */
  const next = (): Settings => ({
    ruleId,
    baseMonth: readMonth(base) ?? undefined,
    deadline: readMonth(deadline) ?? undefined,
    ...(custom ? { threshold: Number(threshold.replace(',', '.')), monthsInARow: Number(k), counts } : {}),
  });

  return {
    ruleId,
    setRuleId,
    threshold,
    setThreshold,
    k,
    setK,
    counts,
    setCounts,
    base,
    setBase,
    deadline,
    setDeadline,
    custom,
    monthError,
    numberError,
    monthsError,
    deadlineError,
    echo,
    errors,
    next,
  };
}

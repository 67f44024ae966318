// Mål og milepæle: the project leader's goal rule, milestones, chart, tranche status and teams.
import React, { Suspense, lazy, useState } from 'react';
import { Button, Checkbox, Field, Input, Select, Spinner } from '@fluentui/react-components';
import { saveSettings } from '../../app/settings';
import { isMonthKey, monthOf } from '../../domain/dates';
import { PLACEMENT_TYPES, RULE_IDS, type PlacementType, type RuleId, type Settings } from '../../domain/model';
import { headline, ruleName, statusText, statusWithGap } from '../../text';
import { Kpi, KpiRow } from '../components/Kpi';
import { useApp } from '../context';

const ShareChart = lazy(() => import(/* webpackChunkName: "chart" */ '../components/ShareChart'));

export default function GoalsView() {
  const { tx, measurement, caseload, asOf, port, write, announce } = useApp();
  const { report } = measurement;
  const s = caseload.settings;
  const [ruleId, setRuleId] = useState<RuleId>(report.rule.id);
  const [threshold, setThreshold] = useState(String(report.rule.threshold));
  const [k, setK] = useState(String(report.rule.monthsInARow));
  const [counts, setCounts] = useState<PlacementType[]>(report.rule.counts);
  const [base, setBase] = useState(s.baseMonth ?? '');
  const [deadline, setDeadline] = useState(s.deadline ?? '');

  const custom = ruleId === 'custom';
  const monthError = (v: string) => (v.trim() && !isMonthKey(v.trim()) ? tx.t('invalidMonth') : undefined);
  const numberError = (v: string) => (custom && !/^\d+([.,]\d+)?$/.test(v.trim()) ? tx.t('invalidNumber') : undefined);
  const errors = [monthError(base), monthError(deadline), numberError(threshold), numberError(k)].filter(Boolean);

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    if (errors.length > 0) return;
    const settings: Settings = {
      ruleId,
      baseMonth: base.trim() || undefined,
      deadline: deadline.trim() || undefined,
      ...(custom ? { threshold: Number(threshold.replace(',', '.')), monthsInARow: Number(k), counts } : {}),
    };
    await write(() => saveSettings(port, settings));
    announce(tx.t('settingsSaved'));
  };

  const month = monthOf(asOf);
  const current = report.months.find((m) => m.month === month);
  const goal = report.rule.threshold / 100;
  const planBy = new Map(report.plan.map((p) => [p.month, p]));
  const points = report.months.map((m) => ({ month: m.month, share: m.share, milestone: m.milestone?.share ?? null }));
  for (const p of report.plan) if (p.month > month) points.push({ month: p.month, share: null, milestone: p.milestoneShare });
  const teams = Object.keys(report.byTeam).sort((a, b) => a.localeCompare(b, 'da'));

  return (
    <section aria-labelledby="view-goals">
      <h2 id="view-goals" style={{ fontSize: 18 }}>
        {tx.t('goalsTitle')}
      </h2>
      <p style={{ margin: '2px 0' }}>{ruleName(report.rule.id, tx.locale)}</p>
      <dl data-testid="headline">
        {headline(report, tx.locale).map((h) => (
          <div key={h.label}>
            <dt style={{ display: 'inline', fontWeight: 600 }}>{h.label}: </dt>
            <dd style={{ display: 'inline', margin: 0 }}>{h.value}</dd>
          </div>
        ))}
      </dl>

      <h3 style={{ fontSize: 15 }}>{tx.t('trancheStatus')}</h3>
      <KpiRow>
        <Kpi
          label={tx.t('currentShare', { month: tx.month(month) })}
          value={tx.percent(current?.share ?? null)}
          note={`${tx.t('colGoal')}: ${tx.percent(goal)}`}
          drill={{ scope: { kind: 'all' }, month, measure: report.rule.basis === 'visited' ? 'visited' : 'active' }}
        />
        <Kpi label={tx.t('streak')} value={tx.number(report.goal.currentStreak)} note={`${tx.t('monthsInARow')}: ${report.rule.monthsInARow}`} />
        <Kpi label={tx.t('metIn')} value={report.goal.metInMonth ? tx.month(report.goal.metInMonth) : tx.t('notMet')} />
      </KpiRow>

      <Suspense fallback={<Spinner size="tiny" label={tx.t('loading')} />}>
        <ShareChart points={points} goal={goal} tx={tx} />
      </Suspense>

      <form onSubmit={save} aria-labelledby="rule-form" style={{ display: 'grid', gap: 6, maxWidth: 420 }}>
        <h3 id="rule-form" style={{ fontSize: 15 }}>
          {tx.t('rule')}
        </h3>
        <Field label={tx.t('rule')}>
          <Select value={ruleId} onChange={(_, d) => setRuleId(d.value as RuleId)}>
            {RULE_IDS.map((id) => (
              <option key={id} value={id}>
                {id}: {ruleName(id, tx.locale)}
              </option>
            ))}
          </Select>
        </Field>
        {custom && (
          <>
            <Field label={tx.t('threshold')} validationMessage={numberError(threshold)} validationState={numberError(threshold) ? 'error' : 'none'}>
              <Input value={threshold} onChange={(_, d) => setThreshold(d.value)} />
            </Field>
            <Field label={tx.t('monthsInARow')} validationMessage={numberError(k)} validationState={numberError(k) ? 'error' : 'none'}>
              <Input value={k} onChange={(_, d) => setK(d.value)} />
            </Field>
            <fieldset>
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
        <Field label={tx.t('baseMonth')} validationMessage={monthError(base)} validationState={monthError(base) ? 'error' : 'none'}>
          <Input value={base} placeholder="2025-01" onChange={(_, d) => setBase(d.value)} />
        </Field>
        <Field label={tx.t('deadline')} validationMessage={monthError(deadline)} validationState={monthError(deadline) ? 'error' : 'none'}>
          <Input value={deadline} placeholder="2025-12" onChange={(_, d) => setDeadline(d.value)} />
        </Field>
        <div>
          <Button type="submit" appearance="primary" disabled={errors.length > 0}>
            {tx.t('saveSettings')}
          </Button>
        </div>
      </form>

      <h3 style={{ fontSize: 15 }}>{tx.t('milestoneTable')}</h3>
      {report.plan.length === 0 ? (
        <p>{tx.t('noMilestone')}</p>
      ) : (
        <table data-testid="plan" className="fd-table">
          <thead>
            <tr>
              <th scope="col">{tx.t('colMonth')}</th>
              <th scope="col">{tx.t('colMilestone')}</th>
              <th scope="col">{tx.t('colActual')}</th>
              <th scope="col">{tx.t('colStatusShort')}</th>
              <th scope="col">{tx.t('kpiGap')}</th>
              <th scope="col">{tx.t('colNeeded')}</th>
            </tr>
          </thead>
          <tbody>
            {[...planBy.values()].map((p) => (
              <tr key={p.month}>
                <th scope="row" style={{ fontWeight: 400 }}>
                  {tx.month(p.month)}
                </th>
                <td>
                  {tx.number(p.milestoneCount)} ({tx.percent(p.milestoneShare)})
                </td>
                <td>{p.actual === null ? '' : tx.number(p.actual)}</td>
                <td>{statusText(p.status, tx.locale)}</td>
                <td>{p.gap === null ? '' : tx.number(p.gap)}</td>
                <td>{p.neededStarts === null ? '' : tx.number(p.neededStarts)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3 style={{ fontSize: 15 }}>{tx.t('teams')}</h3>
      <table data-testid="teams" className="fd-table">
        <thead>
          <tr>
            <th scope="col">{tx.t('colTeam')}</th>
            <th scope="col">{tx.t('kpiGross')}</th>
            <th scope="col">{tx.t('kpiActive')}</th>
            <th scope="col">{tx.t('colShare')}</th>
            <th scope="col">{tx.t('colMilestone')}</th>
            <th scope="col">{tx.t('colStatusShort')}</th>
          </tr>
        </thead>
        <tbody>
          {teams.map((t) => {
            const m = report.byTeam[t].months.find((x) => x.month === month);
            return (
              <tr key={t}>
                <th scope="row">
                  {t}
                </th>
                <td>{m ? tx.number(m.gross) : ''}</td>
                <td>{m ? tx.number(m.active) : ''}</td>
                <td>{tx.percent(m?.share ?? null)}</td>
                <td>{m?.milestone ? tx.number(m.milestone.count) : ''}</td>
                <td>{m?.milestone ? statusWithGap(m.milestone.status, m.gapToGoal, tx.locale) : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

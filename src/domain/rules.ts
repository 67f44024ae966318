// Goal rules: the national programmes' presets (ids fixed by DOMAIN.md section 2, the data in rulePresets.ts)
// and a local custom rule, resolved against Settings. Each rule's name is rendered from its id by
// src/text/rules.ts.
import type { PlacementType, RuleId, Settings } from './model';
import { PLACEMENT_TYPES, RULE_IDS } from './model';
import type { RuleSummary } from './report';
import { GOAL_RULE_PRESETS } from './rulePresets';

type Preset = Omit<RuleSummary, 'targetGroups' | 'countsOrdinaryHours'>;

// The compiler checks every preset here: its counted types must be placement types, its basis a basis.
const PRESETS: Record<RuleId, Omit<Preset, 'id' | 'counts'> & { counts: readonly PlacementType[] }> = GOAL_RULE_PRESETS;

/** Each goal rule's preset by id (DOMAIN.md section 2), with its id. */
export const RULE_PRESETS = Object.fromEntries(
  RULE_IDS.map((id) => [id, { id, ...PRESETS[id], counts: [...PRESETS[id].counts] }]),
) as Record<RuleId, Preset>;

/**
 * What the goal counts as "in activity": visited citizens for a rule on the visited basis (fsm-rate2),
 * else active ones. The one place that choice is made (drill-downs, reconciliation, month close).
 */
export function countedMeasure(rule: Pick<RuleSummary, 'basis'>): 'active' | 'visited' {
  return rule.basis === 'visited' ? 'visited' : 'active';
}

export function isRuleId(text: string): text is RuleId {
  return (RULE_IDS as readonly string[]).includes(text);
}

/** The rule in force: the preset named by `ruleId` (or Settings, default fsm-rate3) with Settings applied. */
export function resolveRule(settings: Settings, ruleId?: RuleId): RuleSummary {
  const id = ruleId ?? settings.ruleId ?? 'fsm-rate3';
  const preset = RULE_PRESETS[id];
  const custom = id === 'custom';
  const threshold = custom && settings.threshold !== undefined ? settings.threshold : preset.threshold;
  const monthsInARow =
    custom && settings.monthsInARow !== undefined
      ? Math.max(1, Math.floor(settings.monthsInARow))
      : preset.monthsInARow;
  const chosen = custom && settings.counts && settings.counts.length > 0 ? settings.counts : preset.counts;
  // Keep the contract's order so reports read the same whoever typed the list.
  const counts = PLACEMENT_TYPES.filter((t) => chosen.includes(t));
  return {
    id,
    threshold,
    monthsInARow,
    counts,
    countsOrdinaryHours: counts.includes('Ordinære timer'),
    basis: preset.basis,
    targetGroups: settings.targetGroups && settings.targetGroups.length > 0 ? [...settings.targetGroups] : null,
  };
}

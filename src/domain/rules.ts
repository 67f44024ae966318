// Goal rules: the national programmes' presets (ids fixed by DOMAIN.md section 2) and a local custom rule.
// Data only: each rule's name is rendered from its id by src/text/rules.ts.
import type { PlacementType, RuleId, Settings } from './model';
import { PLACEMENT_TYPES, RULE_IDS } from './model';
import type { RuleSummary } from './report';

type Preset = Omit<RuleSummary, 'targetGroups' | 'countsOrdinaryHours'>;

const COMPANY_DIRECTED: PlacementType[] = ['Virksomhedspraktik', 'Løntilskud', 'Ordinære timer', 'Job'];

export const RULE_PRESETS: Record<RuleId, Preset> = {
  'fsm-rate3': {
    id: 'fsm-rate3',
    threshold: 40,
    monthsInARow: 3,
    counts: COMPANY_DIRECTED,
    basis: 'active',
  },
  'fsm-rate2': {
    id: 'fsm-rate2',
    threshold: 100,
    monthsInARow: 1,
    counts: [],
    basis: 'visited',
  },
  'fsm2-20': {
    id: 'fsm2-20',
    threshold: 20,
    monthsInARow: 1,
    // Løntilskud is supported work, not paid hours: it does not count here.
    counts: ['Ordinære timer', 'Job', 'Uddannelse'],
    basis: 'active',
  },
  'afklaring-80': {
    id: 'afklaring-80',
    threshold: 80,
    monthsInARow: 1,
    counts: ['Virksomhedspraktik', 'Løntilskud', 'Ordinære timer', 'Job', 'Uddannelse', 'Anden ydelse'],
    basis: 'active',
  },
  custom: {
    id: 'custom',
    threshold: 40,
    monthsInARow: 3,
    counts: COMPANY_DIRECTED,
    basis: 'active',
  },
};

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

// The goal rules' presets, keyed by the rule's id (DOMAIN.md section 2): the one list a new goal rule is
// added to (with its name in src/text/rules.ts). model.ts derives RULE_IDS and RuleId from these keys, so
// this file imports nothing; rules.ts checks each preset against the domain's types (placement types).

const COMPANY_DIRECTED = ['Virksomhedspraktik', 'Løntilskud', 'Ordinære timer', 'Job'] as const;

export const GOAL_RULE_PRESETS = {
  'fsm-rate3': { threshold: 40, monthsInARow: 3, counts: COMPANY_DIRECTED, basis: 'active' },
  'fsm-rate2': { threshold: 100, monthsInARow: 1, counts: [], basis: 'visited' },
  'fsm2-20': {
    threshold: 20,
    monthsInARow: 1,
    // Løntilskud is supported work, not paid hours: it does not count here.
    counts: ['Ordinære timer', 'Job', 'Uddannelse'],
    basis: 'active',
  },
  'afklaring-80': {
    threshold: 80,
    monthsInARow: 1,
    counts: ['Virksomhedspraktik', 'Løntilskud', 'Ordinære timer', 'Job', 'Uddannelse', 'Anden ydelse'],
    basis: 'active',
  },
  // The local rule: its threshold, months and counted types come from Indstillinger, these are the defaults.
  custom: { threshold: 40, monthsInARow: 3, counts: COMPANY_DIRECTED, basis: 'active' },
} as const;

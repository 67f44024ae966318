// Public API of the domain layer.
export * from './model';
export * from './report';
export * from './dates';
export { RULE_PRESETS, resolveRule, isRuleId } from './rules';
export { measure, reportMonths } from './engine';
export { validateCaseload } from './validate';
export { largestRemainder, milestoneStatus, ceilCount, gapToGoal, passesRule } from './milestones';
export { DEFAULT_CASEWORKER_BAND, DEFAULT_CONSULTANT_BAND, caseloadSizes } from './caseloads';
export { dialogueSignals, sortSignals } from './signals';
export { reconcile } from './reconciliation';

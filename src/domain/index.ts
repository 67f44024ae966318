// Public API of the domain layer.
export * from './model';
export * from './report';
export * from './dates';
export { RULE_PRESETS, resolveRule, isRuleId } from './rules';
export { measure, reportMonths } from './engine';
export { validateCaseload } from './validate';
export { largestRemainder, milestoneStatus, ceilCount } from './milestones';
export { CASEWORKER_BAND, CONSULTANT_BAND, caseloadSizes, dialogueSignals } from './signals';

// Public API of the domain layer.
export * from './model';
export * from './report';
export * from './dates';
export { RULE_PRESETS, resolveRule, isRuleId } from './rules';
export { measure, reportMonths } from './engine';
export { largestRemainder } from './milestones';
export { sortSignals } from './signals';

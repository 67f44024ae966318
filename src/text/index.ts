// The text layer: every sentence and formatted figure users read, in Danish (default) or English,
// rendered from the domain's codes and numbers.
export type { Locale } from './locale';
export { LOCALES } from './locale';
export * from './format';
export * from './status';
export * from './rules';
export * from './signals';
export * from './headline';
export * from './issues';
export * from './fields';

// The text layer: every sentence and formatted figure users read, in Danish (default) or English,
// rendered from the domain's codes and numbers. (Data issues: src/text/issues.ts.)
export type { Locale } from './locale';
export { LOCALES } from './locale';
export * from './format';
export * from './status';
export * from './rules';
export * from './signals';
export * from './headline';

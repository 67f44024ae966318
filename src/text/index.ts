// The text layer: every sentence and formatted figure users read, in Danish (default) or English,
// rendered from codes and numbers (domain issues, import results, field errors). Language rule, decided
// once (README "Sprog"): the task pane renders every code in the user's language, data messages
// included; the CLI, the JSON (a Danish `message` beside each code, a binding contract) and the output
// sheets are Danish. The CLI's texts (cli.ts, summary.ts) are not re-exported here: they need Node.
export * from './format';
export * from './status';
export * from './rules';
export * from './signals';
export * from './headline';
export * from './issues';
export * from './fields';
export * from './imports';
export * from './setup';
export * from './indicators';

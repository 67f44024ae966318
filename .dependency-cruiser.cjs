// The layer rules of src/, checked on every `npm run lint` (scripts/lint.js cruises src/ only). Why: the domain
// must stay pure TypeScript, Office.js must stay behind the workbook port, and imports must not go in circles.
// Office.js used as globals (Office, Excel) is invisible to imports; eslint.config.mjs guards those names.
const OFFICE_ALLOWED = '^src/(excel|commands)/|^src/taskpane/index\\.tsx$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment:
        'src/domain imports only src/domain: no Node builtins, no npm packages, no other layer. ' +
        '(src/domain importerer kun fra src/domain.)',
      from: { path: '^src/domain/' },
      to: { pathNot: '^src/domain/' },
    },
    {
      name: 'office-js-only-in-adapter',
      severity: 'error',
      comment:
        'Only src/excel, src/commands and the task-pane boot (src/taskpane/index.tsx) may import Office.js. ' +
        '(Kun Office-adapteren, båndkommandoerne og opstarten må bruge Office.js.)',
      from: { path: '^src/', pathNot: OFFICE_ALLOWED },
      to: { path: '(^|/)office-js(/|$)' },
    },
    {
      name: 'taskpane-not-to-excel',
      severity: 'error',
      comment:
        'The task pane talks to the workbook through the port; only its boot file picks the Office adapter. ' +
        '(Opgaveruden bruger porten; kun index.tsx vælger Office-adapteren.)',
      from: { path: '^src/taskpane/', pathNot: '^src/taskpane/index\\.tsx$' },
      to: { path: '^src/excel/' },
    },
    {
      name: 'workbook-stays-low',
      severity: 'error',
      comment:
        'src/workbook is the contract and the port; it must not depend on the layers built on it. ' +
        '(src/workbook må ikke afhænge af lagene ovenover.)',
      from: { path: '^src/workbook/' },
      to: { path: '^src/(app|cli|taskpane|xlsx|excel)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles. (Ingen cirkulære importer.)',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.(html|css|png|svg)$' },
    // Type-only imports count too: a domain file must not even borrow a type from elsewhere.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.d.ts', '.json'],
    },
    progress: { type: 'none' },
  },
};

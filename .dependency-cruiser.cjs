// The layer rules of src/, checked on every `npm run lint` (scripts/lint.js cruises src/ only). Why: the domain
// must stay pure TypeScript, Office.js must stay behind the workbook port, and imports must not go in circles.
// Office.js used as globals (Office, Excel) is invisible to imports; eslint.config.mjs guards those names.
// Headless code (CLI, engine, adapters) runs without a browser, so it must not pull in React or the UI;
// browser code is bundled by webpack, which has no Node core modules, so it must not reach them.
const { builtinModules } = require('module');

const OFFICE_ALLOWED = '^src/(excel|commands)/|^src/taskpane/index\\.tsx$';
/** Code that runs headless (CLI, engine, adapters, texts): no React, no Fluent, no UI code. */
const HEADLESS = '^src/(domain|workbook|app|import|cli|xlsx|text|security|demo|export)/';
/** React, React DOM (and their types) and Fluent UI, as resolved in node_modules or as a bare name. */
const REACT_OR_FLUENT = '(^|node_modules/)((@types/)?(react|react-dom)(/|$)|@fluentui/)';
/** The code webpack bundles for the browser: the task pane, the ribbon commands, what they share, Office adapter. */
const BROWSER = '^src/(taskpane|commands|ui-shared|excel)/';
/** Every Node core module, with or without the node: prefix (fs, path, zlib, os, child_process, ...). */
const NODE_CORE = `^(node:)?(${builtinModules.filter((m) => !m.startsWith('_')).join('|')})(/|$)`;
/**
 * The Node-only file and zip code: the .xlsx container writer (zip.ts, xlsxPackage.ts: zlib, path), the
 * file adapter (xlsxWorkbook.ts: fs), its safe save and lock (safeSave.ts, saveLock.ts, saveFaults.ts: fs,
 * os), the file-kind check (fileKind.ts: the Buffer global, which no import rule can see), and the CLI.
 * The browser reads .xlsx exports through the browser-safe parts of src/xlsx only. src/export/node is the
 * Node half of Fremdrift-udtræk (fs, crypto, the Node build of the Parquet writer).
 */
const NODE_ONLY =
  '^src/xlsx/(zip|xlsxPackage|xlsxWorkbook|safeSave|saveLock|saveFaults|fileKind)\\.ts$|^src/cli/|^src/export/node/';

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
      name: 'headless-no-react',
      severity: 'error',
      comment:
        'Headless code (domain, workbook, app, import, cli, xlsx, text, security, demo) never imports React, ' +
        'Fluent UI or the UI code. (Kode uden brugerflade importerer ikke React, Fluent eller UI-koden.)',
      from: { path: HEADLESS },
      to: { path: [REACT_OR_FLUENT, '^src/(taskpane|commands|ui-shared)/'] },
    },
    {
      name: 'taskpane-and-commands-apart',
      severity: 'error',
      comment:
        'The task pane and the ribbon commands share only src/ui-shared: neither imports the other. ' +
        '(Opgaveruden og båndkommandoerne deler kun src/ui-shared.)',
      from: { path: '^src/(taskpane|commands)/' },
      to: { path: '^src/(taskpane|commands)/', pathNot: '^src/$1/' },
    },
    {
      name: 'browser-no-node-core',
      severity: 'error',
      comment:
        'Browser code (task pane, commands, ui-shared, Office adapter) never reaches a Node core module, ' +
        'directly or through what it imports. (Browserkode når aldrig Nodes kernemoduler.)',
      from: { path: BROWSER },
      to: { path: NODE_CORE, reachable: true },
    },
    {
      name: 'browser-no-node-only-code',
      severity: 'error',
      comment:
        'Browser code never reaches the Node-only zip and file code (src/xlsx zip, xlsxPackage, xlsxWorkbook, ' +
        'safeSave) or the CLI. (Browserkode når aldrig den Node-bundne zip- og filkode eller CLI’en.)',
      from: { path: BROWSER },
      to: { path: NODE_ONLY, reachable: true },
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

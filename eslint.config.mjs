// ESLint for the whole repository (flat config). Why: keep the code honest between reviews — TypeScript's
// recommended rules (syntax only, no type-checked rules, so a run stays fast on a small machine), Microsoft's
// Office add-in rules for the Excel.run code, React's hooks rules for the task pane, and one layer rule that
// imports cannot express: only the Office adapter, the ribbon commands and the task-pane boot may touch the
// Office.js globals. Import boundaries live in .dependency-cruiser.cjs; formatting belongs to Prettier.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The plugin's "recommended" preset also loads its own copy of @typescript-eslint and runs Prettier inside
// ESLint; we take only its office-addins/* rules, at the levels Microsoft recommends.
const officeAddinsRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.entries(config.rules ?? {}))
    .filter(([name]) => name.startsWith('office-addins/')),
);

// Office.js arrives as globals (tsconfig "types": ["office-js"]), so no import rule can see it: values are caught
// by no-restricted-globals, type positions (Excel.Range, typeof Office) by the syntax selector.
const officeNamespaces = ['Office', 'Excel', 'OfficeExtension', 'OfficeRuntime'];
const officeMessage =
  'Office.js hører kun hjemme i src/excel, src/commands og src/taskpane/index.tsx; brug WorkbookPort. ' +
  '(Office.js belongs only in src/excel, src/commands and src/taskpane/index.tsx; use the WorkbookPort.)';
const officeGlobals = officeNamespaces.map((name) => ({ name, message: officeMessage }));
const officeName = `[name=/^(${officeNamespaces.join('|')})$/]`;
const officeTypes = {
  selector: `TSQualifiedName > Identifier.left${officeName}, TSTypeQuery > Identifier.exprName${officeName}`,
  message: officeMessage,
};

const uiFiles = ['src/taskpane/**/*.{ts,tsx}', 'src/ui-shared/**/*.{ts,tsx}'];
const stylesMessage =
  'Brug makeStyles med Fluent-tokens i stedet for inline style eller indsat CSS. ' +
  '(Use makeStyles with Fluent tokens instead of inline style objects or injected CSS.)';
const noInlineStyles = [
  { selector: "JSXAttribute[name.name='style']", message: stylesMessage },
  { selector: "JSXOpeningElement[name.name='style']", message: stylesMessage },
];

export default defineConfig(
  { ignores: ['dist/', 'dist-cli/', 'node_modules/', 'test-results/', 'reports/', 'coverage/', 'tmp/'] },

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-eval': 'error',
      'prefer-const': 'error',
    },
  },

  {
    // Only the source: the tests' fakes and ExcelJS cells look like Office.js proxies to these rules.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      ...officeAddinsRules,
      // Output goes through the injected Io (CLI) or the UI; console.error stays for the last-resort Office paths.
      'no-console': ['error', { allow: ['error'] }],
    },
  },

  // Small files and functions in src (issue 19): a newcomer reads a file in one sitting and a function on one
  // screen. Warnings, so a long function is visible in every lint run without blocking an urgent fix.
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'max-lines': ['warn', { max: 400, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['warn', { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }],
    },
  },

  {
    files: uiFiles,
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs['recommended-latest'].rules,
      'react-hooks/exhaustive-deps': 'error',
      // Loading data when the port changes (useFremdrift) is the documented use of an effect.
      'react-hooks/set-state-in-effect': 'off',
    },
  },

  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/excel/**', 'src/commands/**', 'src/taskpane/index.tsx'],
    rules: {
      'no-restricted-globals': ['error', ...officeGlobals],
      'no-restricted-syntax': ['error', officeTypes],
    },
  },

  // One styling approach in the UI: Fluent makeStyles with design tokens. (A later block's no-restricted-syntax
  // replaces an earlier one's, so the task-pane files repeat the Office selector.)
  {
    files: [...uiFiles],
    ignores: ['src/taskpane/index.tsx'],
    rules: { 'no-restricted-syntax': ['error', officeTypes, ...noInlineStyles] },
  },
  {
    files: ['src/taskpane/index.tsx'],
    rules: { 'no-restricted-syntax': ['error', ...noInlineStyles] },
  },

  {
    // Plain CommonJS: the bin launchers, build and test configuration, small scripts.
    files: ['**/*.{js,cjs}'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);

// The one error family (src/workbook/errors.ts): every code has an exit code in the CLI's one table
// (src/cli/io.ts) and a Danish and an English sentence (src/text/errors.ts); every error class is a
// FremdriftError whose code the table maps, so the CLI's catch blocks need no instanceof list.
import { EXIT, EXIT_BY_CODE, exitCodeFor, UsageError } from '../../src/cli/io';
import { StalePlanError } from '../../src/import/apply';
import { errorText, fremdriftError } from '../../src/text/errors';
import { ERROR_CODES, FremdriftError, type ErrorCode, type ErrorParams } from '../../src/workbook/errors';
import { ContractError } from '../../src/workbook/headers';
import { assertOwnSheet, OwnSheetError } from '../../src/workbook/ownSheets';
import { SaveError } from '../../src/xlsx/safeSave';
import { SheetEditError } from '../../src/xlsx/sheetEditor';
import { WorkbookFileError } from '../../src/xlsx/xlsxWorkbook';
import { ZipFormatError } from '../../src/xlsx/zipDirectory';
import { runCli } from './helpers';

/** Parameters for each code; the type makes a new code fail to compile until it has a sample. */
const SAMPLE: { [C in ErrorCode]: ErrorParams[C] } = {
  usage: { message: 'Ukendt tilvalg --x.' },
  contract: { message: 'Projektmappen mangler tabellen "Borgere".' },
  'ownSheet.notOwn': { sheet: 'Borgere', ownSheets: ['Overblik', 'Datakvalitet'] },
  'ownSheet.holdsTable': { sheet: 'Overblik' },
  'ownSheet.unmarked': { sheet: 'overblik' },
  'import.stalePlan': { table: 'Borgere', row: 4 },
  'file.unusable': { message: 'Filen "x.xlsx" findes ikke.' },
  'file.save': { message: 'Projektmappen er låst.' },
  'file.readOnly': { file: 'team.xlsx' },
  'file.changedMeanwhile': { file: 'team.xlsx' },
  'file.danglingLink': { file: 'team.xlsx', target: 'gammel/team.xlsx' },
  'file.isDirectory': { file: 'mappe' },
  'file.noAccess': { file: 'team.xlsx' },
  'file.nameTooLong': { file: 'team.xlsx' },
  'file.corrupt': { file: 'team.xlsx', detail: 'zip-posten xl/workbook.xml har forkert kontrolsum' },
  'file.openDocument': { file: 'team.ods' },
  'file.legacyBinary': { file: 'team.xls' },
  'file.encrypted': { file: 'team.xlsx' },
  'file.zip': { message: 'beskadiget zip-indholdsfortegnelse' },
  'file.binaryWorkbook': {},
  'file.noWorkbookPart': {},
  'file.prefixedStyles': {},
  'sheet.noSheetData': {},
  'sheet.edit': { message: 'cellen kan ikke skrives' },
  'address.invalid': { address: 'ZZ' },
  'table.missing': { table: 'Timer' },
  'table.missingUseSetup': { table: 'Timer' },
  'table.noColumn': { table: 'Timer', column: 'Uge' },
  'table.noRow': { table: 'Timer', row: 9 },
  'table.rowMoved': { table: 'Borgere', row: 3, was: 'B-1', now: null },
  'table.contentBelow': { table: 'Borgere', row: 12 },
  'table.contentRight': { table: 'Borgere' },
};

/** Codes whose sentence is still written at the throw site (a `message` parameter, the same in both languages). */
const CARRIES_MESSAGE = new Set<ErrorCode>([
  'usage',
  'contract',
  'file.unusable',
  'file.save',
  'file.zip',
  'sheet.edit',
]);

test('the exit-code table and the samples cover exactly the listed codes', () => {
  expect(Object.keys(EXIT_BY_CODE).sort()).toEqual([...ERROR_CODES].sort());
  expect(Object.keys(SAMPLE).sort()).toEqual([...ERROR_CODES].sort());
});

test.each([...ERROR_CODES])('%s has an exit code and a Danish and an English sentence', (code) => {
  expect([EXIT.usage, EXIT.file]).toContain(EXIT_BY_CODE[code]);
  const params = SAMPLE[code];
  const da = errorText(code, params, 'da');
  const en = errorText(code, params, 'en');
  expect(da.trim().length).toBeGreaterThan(5);
  expect(en.trim().length).toBeGreaterThan(5);
  if (!CARRIES_MESSAGE.has(code)) expect(en).not.toBe(da);
  // The error's message is the Danish sentence.
  expect(fremdriftError(code, params).message).toBe(da);
});

test('only usage errors exit 1; every other code is a file that cannot be used (2)', () => {
  const usage = ERROR_CODES.filter((c) => EXIT_BY_CODE[c] === EXIT.usage);
  expect(usage).toEqual(['usage']);
});

test('every error class is a FremdriftError, and the table gives its exit code', () => {
  const cases: [Error, number][] = [
    [new UsageError('x'), EXIT.usage],
    [new ContractError('x'), EXIT.file],
    [new WorkbookFileError('x'), EXIT.file],
    [new SaveError('x'), EXIT.file],
    [new ZipFormatError('x'), EXIT.file],
    [new SheetEditError('x'), EXIT.file],
    [new StalePlanError('Borgere', 2), EXIT.file],
    [new OwnSheetError('ownSheet.holdsTable', { sheet: 'Overblik' }), EXIT.file],
  ];
  for (const [error, exit] of cases) {
    expect(error).toBeInstanceOf(FremdriftError);
    expect(exitCodeFor(error)).toBe(exit);
  }
  // Anything else thrown is a fault in Fremdrift.
  expect(exitCodeFor(new Error('boom'))).toBe(EXIT.unexpected);
  expect(exitCodeFor('not even an error')).toBe(EXIT.unexpected);
});

test('the own-sheet rule renders its sentence from the code, in Danish and English', () => {
  let caught: unknown;
  try {
    assertOwnSheet('Borgere');
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(OwnSheetError);
  const error = caught as OwnSheetError;
  expect(error.code).toBe('ownSheet.notOwn');
  expect(error.message).toContain('"Borgere" er ikke et af dem');
  expect(errorText(error.code, error.params, 'en')).toContain('"Borgere" is not one of them');
});

test('the CLI prints a typed error without a stack trace and exits by the table', async () => {
  const r = await runCli(['report', '/nonexistent/mappe.xlsx', '--quiet']);
  expect(r.code).toBe(EXIT.file);
  expect(r.stderr).toMatch(/^Fejl: Filen ".*mappe\.xlsx" findes ikke\./);
  expect(r.stderr).not.toMatch(/Uventet fejl|\n\s+at /);
});

// The import pipeline's codes and the entry forms' field errors in words: every Danish text has an English
// one, the Danish wording is the contract's (the CLI and `import --json` print it), and English reads English.
import type { PlanProblem, RejectedRow, RowKey } from '../../src/import/plan';
import { fieldErrorText } from '../../src/text/fields';
import {
  IMPORT_TEXT_KEYS,
  missingAdviceText,
  planProblemsText,
  readerProblemText,
  rejectedRowText,
  rowKeyText,
  unknownTableText,
} from '../../src/text/imports';

const forløbKey: RowKey = { table: 'Forløb', parts: ['B1', 'Job', '2025-03-01'] };
const rejected: RejectedRow = {
  row: 4,
  column: 'Borger-ID',
  problems: [
    { column: '', code: 'emptyRow', params: {} },
    { column: 'Type', code: 'keyMissing', params: {} },
    { column: 'Borger-ID', code: 'duplicateInExport', params: { key: forløbKey, earlierRow: 2 } },
    {
      column: 'Borger-ID',
      code: 'citizenFirst',
      params: { finding: { code: 'unknownCitizen', params: { id: 'B9' } } },
    },
    { column: 'Timer pr. uge', code: 'belowMin', params: { value: -3, min: 0 } },
    { column: '', code: 'sourceIssue', params: { issue: { code: 'unclosedQuote', params: {} } } },
  ],
};

describe('import texts', () => {
  it('every Danish dictionary of the import texts has the same keys in English', () => {
    expect(IMPORT_TEXT_KEYS.en.map((keys) => [...keys].sort())).toEqual(
      IMPORT_TEXT_KEYS.da.map((keys) => [...keys].sort()),
    );
    expect(IMPORT_TEXT_KEYS.da.flat().length).toBeGreaterThan(8);
    // The readers' codes (src/import/readerProblems.ts) are in the comparison too.
    expect(IMPORT_TEXT_KEYS.en.flat()).toEqual(
      expect.arrayContaining(['emptyFile', 'binaryData', 'noSuchSheet', 'unclosedQuote', 'tooManyValues']),
    );
  });

  it('a rejected row reads as before in Danish (the CLI and --json print it)', () => {
    expect(rejectedRowText('Forløb', rejected)).toBe(
      'Række 4 i eksporten til Forløb — rækken er tom; Type: mangler; rækken kan ikke genkendes uden; ' +
        'Borger-ID: Borger-ID "B1", Job, start 01-03-2025 står allerede i eksportens række 2; kun den første importeres; ' +
        'Borger-ID: Borger-ID "B9" findes ikke i Borgere; importér eller opret borgeren først; ' +
        'Timer pr. uge: -3 er mindre end 0; Et anførselstegn (") lukkes aldrig; filen kan være afkortet eller forkert eksporteret',
    );
  });

  it('the same row reads in English, the reader issue too', () => {
    expect(rejectedRowText('Forløb', rejected, 'en')).toBe(
      'Row 4 of the export to Forløb — the row is empty; Type: is missing; the row cannot be recognised without it; ' +
        'Borger-ID: Borger-ID "B1", Job, start 01-03-2025 is already in row 2 of the export; only the first is imported; ' +
        'Borger-ID: Borger-ID "B9" is not in Borgere; import or add the citizen first; ' +
        'Timer pr. uge: -3 is less than 0; A quotation mark (") is never closed; the file may be cut off or wrongly exported',
    );
  });

  it('the readers refusing a file, in the words the CLI has always printed and in English', () => {
    expect(readerProblemText({ code: 'binaryData', params: { byte: 7 } })).toBe(
      'Filen indeholder binære data (et NUL-tegn ved byte 7) og er ikke en tekstfil (CSV). ' +
        'Den kan være beskadiget eller gemt i et andet format.',
    );
    expect(readerProblemText({ code: 'binaryData', params: { byte: 7 } }, 'en')).toBe(
      'The file holds binary data (a NUL character at byte 7) and is not a text file (CSV). ' +
        'It may be damaged or saved in another format.',
    );
    expect(readerProblemText({ code: 'noSuchSheet', params: { sheet: 'X', sheets: [] } })).toBe(
      'Excel-filen har intet ark ved navn "X" (ark: ingen).',
    );
    expect(readerProblemText({ code: 'tooManyValues', params: { values: 8, columns: 7 } }, 'en')).toBe(
      'The row has values in 8 columns, but the header has only 7; check the delimiter and quotation marks',
    );
    expect(readerProblemText({ code: 'oldXls', params: {} }, 'en')).not.toMatch(/[æøå]|Filen/);
  });

  it('keys, mapping problems, advice and unknown tables in both languages', () => {
    expect(rowKeyText({ table: 'STAR_tal', parts: ['2025-01'] })).toBe('måned 2025-01');
    expect(rowKeyText({ table: 'STAR_tal', parts: ['2025-01'] }, 'en')).toBe('month 2025-01');
    expect(rowKeyText({ table: 'Timer', parts: ['B1', '2025-06'] })).toBe('Borger-ID "B1", 2025-06');
    const problems: PlanProblem[] = [
      { code: 'unknownTarget', params: { source: 'X', target: 'Sko', table: 'Borgere' } },
      { code: 'notImportable', params: { table: 'Aftaler', importable: ['Borgere', 'Forløb'] } },
    ];
    expect(planProblemsText(problems)).toBe(
      'Kortet knytter "X" til "Sko", men Borgere har ingen kolonne "Sko". ' +
        'Der kan kun importeres til Borgere, Forløb, ikke Aftaler.',
    );
    expect(planProblemsText(problems, 'en')).toBe(
      'The mapping links "X" to "Sko", but Borgere has no column "Sko". ' +
        'Only Borgere, Forløb can be imported into, not Aftaler.',
    );
    expect(missingAdviceText('endIfOver')).toBe('sæt Slutdato, hvis forløbet er slut');
    expect(missingAdviceText('endIfOver', 'en')).toBe('set the end date if the placement has ended');
    expect(missingAdviceText('none', 'en')).toBe('');
    expect(unknownTableText('Sko', ['Borgere', 'Timer'])).toBe(
      'Ukendt tabel "Sko"; der kan importeres til Borgere, Timer.',
    );
    expect(unknownTableText('Sko', ['Borgere'], 'en')).toBe('Unknown table "Sko"; you can import into Borgere.');
  });
});

describe('field errors of typed entry', () => {
  it('lead with the field when about one cell, in the chosen language', () => {
    const required = { field: 'Team', code: 'required', params: {}, aboutCell: true } as const;
    expect(fieldErrorText(required)).toBe('Team: mangler (skal udfyldes)');
    expect(fieldErrorText(required, 'en')).toBe('Team: is missing (required)');
    const unknown = { field: 'Borger-ID', code: 'unknownCitizen', params: { id: 'Q' }, aboutCell: false } as const;
    expect(fieldErrorText(unknown, 'en')).toBe('Borger-ID "Q" is not in Borgere');
  });
});

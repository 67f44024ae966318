// Texts of the import wizard: Danish first, English second. Messages about data (rejections, mapping
// errors) come from the import modules and are Danish in both languages, like the workbook itself.
export type ImportLocale = 'da' | 'en';

const da = {
  title: 'Importér fra fagsystem',
  intro: 'Vælg en eksport (CSV eller Excel) fra sagssystemet. Du ser altid en forhåndsvisning, før noget skrives.',
  table: 'Importér til tabellen',
  file: 'Eksportfil (.csv eller .xlsx)',
  reading: 'Læser filen …',
  mappingTitle: 'Kolonner',
  mappingHelp: 'Kolonner med samme navn som i Fremdrift er valgt på forhånd. Vælg resten; valget gemmes i projektmappen til næste måned.',
  sourceColumn: 'Kolonne i eksporten',
  targetColumn: 'Kolonne i Fremdrift',
  notImported: '(importeres ikke)',
  required: 'skal udfyldes',
  showPreview: 'Vis forhåndsvisning',
  back: 'Tilbage',
  previewTitle: 'Forhåndsvisning',
  rows: 'rækker i eksporten',
  added: 'Nye',
  updated: 'Ændrede',
  unchanged: 'Uændrede',
  rejected: 'Afviste',
  notInExport: 'Ikke i eksporten',
  notInExportHelp: 'Disse rækker står i projektmappen, men ikke i eksporten. Intet slettes; luk dem selv, hvis forløbet er slut.',
  ignoredColumns: 'Kolonner, der ikke importeres',
  tableRow: 'række',
  andMore: (n: number) => `… og ${n} flere`,
  confirm: (n: number) => `Importér ${n} rækker`,
  nothingToWrite: 'Der er intet at skrive: alle rækker er uændrede eller afviste.',
  writing: 'Skriver til projektmappen …',
  progress: (done: number, total: number) => `${done} af ${total} rækker skrevet`,
  done: (added: number, updated: number) => `Færdig: ${added} nye og ${updated} ændrede rækker er skrevet.`,
  another: 'Importér en fil mere',
  failed: 'Importen stoppede',
  columnsCount: (n: number) => `${n} kolonner`,
};

export type ImportStrings = typeof da;

const en: ImportStrings = {
  title: 'Import from case system',
  intro: 'Choose an export (CSV or Excel) from the case system. You always see a preview before anything is written.',
  table: 'Import into table',
  file: 'Export file (.csv or .xlsx)',
  reading: 'Reading the file …',
  mappingTitle: 'Columns',
  mappingHelp: 'Columns named as in Fremdrift are preselected. Choose the rest; the choice is stored in the workbook for next month.',
  sourceColumn: 'Column in the export',
  targetColumn: 'Column in Fremdrift',
  notImported: '(not imported)',
  required: 'required',
  showPreview: 'Show preview',
  back: 'Back',
  previewTitle: 'Preview',
  rows: 'rows in the export',
  added: 'New',
  updated: 'Changed',
  unchanged: 'Unchanged',
  rejected: 'Rejected',
  notInExport: 'Not in the export',
  notInExportHelp: 'These rows are in the workbook but not in the export. Nothing is deleted; close them yourself if they have ended.',
  ignoredColumns: 'Columns not imported',
  tableRow: 'row',
  andMore: (n: number) => `… and ${n} more`,
  confirm: (n: number) => `Import ${n} rows`,
  nothingToWrite: 'Nothing to write: every row is unchanged or rejected.',
  writing: 'Writing to the workbook …',
  progress: (done: number, total: number) => `${done} of ${total} rows written`,
  done: (added: number, updated: number) => `Done: ${added} new and ${updated} changed rows written.`,
  another: 'Import another file',
  failed: 'The import stopped',
  columnsCount: (n: number) => `${n} columns`,
};

export function importStrings(locale: ImportLocale | string): ImportStrings {
  return locale === 'en' ? en : da;
}

// The columns of STAR_tal, STAR's monthly monitoring figures typed or imported for reconciliation, as plain
// data apart from contract.ts to keep that file one read (as historyTable.ts). It imports nothing from
// contract.ts (that would be a cycle); contract.ts types it as TypedTable<StarFigures>, which checks every column.
export const STAR_TAL_TABLE = {
  name: 'STAR_tal',
  sheet: 'STAR-tal',
  since: 2,
  description: 'Tallene fra STARs månedlige overvågningsrapport.',
  columns: [
    { header: 'Måned', field: 'month', type: 'month', required: true, description: 'ÅÅÅÅ-MM eller en dato i måneden.' },
    {
      header: 'Brutto',
      field: 'gross',
      type: 'number',
      required: true,
      min: 0,
      integer: true,
      description: 'STARs bruttomålgruppe.',
    },
    {
      header: 'I indsats',
      field: 'active',
      type: 'number',
      required: true,
      min: 0,
      integer: true,
      description: 'STARs antal i virksomhedsrettet indsats.',
    },
    { header: 'Note', field: 'note', type: 'text', required: false, description: 'Fri tekst.' },
  ],
} as const;

// The optional Forløb columns of the company side (issue 23): what a placement aims at and whether the
// agreement with the company is written down (004 §1.4.1: only 72 % had goals, 65 % a written agreement).
// Plain data apart from contract.ts to keep that file one read; like historyTable.ts it imports nothing
// from contract.ts (a cycle): FORLØB, a TypedTable<Placement>, appends them and so checks every field.
export const PLACEMENT_AGREEMENT_COLUMNS = [
  {
    header: 'Mål for forløbet',
    field: 'goalText',
    type: 'text',
    required: false,
    since: 2,
    description: 'Hvad forløbet skal føre til (fx løntimer i virksomheden).',
  },
  {
    header: 'Skriftlig aftale',
    field: 'writtenAgreement',
    type: 'yesno',
    required: false,
    // The contract's YES_NO, written out (contract.ts imports this file).
    values: ['Ja', 'Nej'],
    since: 2,
    description: 'Er der en skriftlig aftale med virksomheden? Ja eller Nej.',
  },
] as const;

// The columns of Historik, Fremdrift's own record of each closed month (written at month close, never by
// users), as plain data: apart from contract.ts to keep that file one read. It imports nothing from
// contract.ts (that would be a cycle); contract.ts types it as TypedTable<HistoryRow>, which checks every
// column's field and type, and HISTORIK is imported from there.
import { CLOSE_KINDS, HISTORY_LEVELS } from '../domain/model';

export const HISTORIK_TABLE = {
  name: 'Historik',
  sheet: 'Historik',
  since: 2,
  ownedByFremdrift: true,
  description: 'Månedens tal ved månedsafslutning; skrives kun af Fremdrift og ændres aldrig.',
  columns: [
    { header: 'Måned', field: 'month', type: 'month', required: true, description: 'Den lukkede måned (ÅÅÅÅ-MM).' },
    {
      header: 'Niveau',
      field: 'level',
      type: 'list',
      required: true,
      values: HISTORY_LEVELS,
      description: 'Alle, Team eller Sagsbehandler.',
    },
    {
      header: 'Navn',
      field: 'name',
      type: 'text',
      required: false,
      description: 'Team eller sagsbehandler; tom for Alle.',
    },
    {
      header: 'Brutto',
      field: 'gross',
      type: 'number',
      required: true,
      min: 0,
      integer: true,
      description: 'Bruttomålgruppen ved lukning.',
    },
    {
      header: 'I indsats',
      field: 'active',
      type: 'number',
      required: true,
      min: 0,
      integer: true,
      description: 'I indsats ved lukning (visiterede for fsm-rate2).',
    },
    {
      header: 'Milepæl',
      field: 'milestone',
      type: 'number',
      required: false,
      min: 0,
      integer: true,
      description: 'Milepælens antal ved lukning.',
    },
    { header: 'Målregel', field: 'ruleId', type: 'text', required: true, description: 'Målreglen ved lukning.' },
    { header: 'Lukket', field: 'closedOn', type: 'date', required: true, description: 'Dato for lukningen.' },
    {
      header: 'Lukning',
      field: 'closeKind',
      type: 'list',
      required: false,
      values: CLOSE_KINDS,
      description:
        'Månedsafslutning, eller Ibrugtagning: lukket ved ibrugtagning, samlet med senere måneder (ikke en lukning dengang); tom = Månedsafslutning.',
    },
  ],
} as const;

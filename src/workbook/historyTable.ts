// The columns of Historik (and of Historik_borgere's older forms), Fremdrift's own record of each closed month (written at month close, never by
// users), as plain data: apart from contract.ts to keep that file one read. It imports nothing from
// contract.ts (that would be a cycle); contract.ts types it as TypedTable<HistoryRow>, which checks every
// column's field and type, and HISTORIK is imported from there.
import { CLOSE_KINDS, HISTORY_LEVELS, READINESS } from '../domain/model';

/** contract.ts's YES_NO, restated (importing it from there would be a cycle). */
const YES_NO_VALUES = ['Ja', 'Nej'] as const;

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

/**
 * Historik_borgere's older forms, read (and converted by `fremdrift upgrade`) but no longer written: the v2
 * form (a row per citizen in the gross group per closed month, no `I målgruppe`) and the compact change rows.
 */
export const HISTORIK_BORGERE_V2_TABLE = {
  name: 'Historik_borgere',
  sheet: 'Historik-borgere',
  since: 2,
  ownedByFremdrift: true,
  description: 'Historik_borgere i den ældre form: én række pr. borger (og måned eller ændring).',
  columns: [
    { header: 'Måned', field: 'month', type: 'month', required: true, description: 'Den lukkede måned (ÅÅÅÅ-MM).' },
    { header: 'Borger-ID', field: 'citizenId', type: 'id', required: true, description: 'Borgeren.' },
    {
      header: 'I indsats',
      field: 'active',
      type: 'yesno',
      required: true,
      values: YES_NO_VALUES,
      description: 'Talt med i indsats ved lukning (Ja/Nej).',
    },
    {
      header: 'I målgruppe',
      field: 'inGroup',
      type: 'yesno',
      required: false,
      values: YES_NO_VALUES,
      description:
        'I bruttomålgruppen ved lukning (Ja/Nej); rækken er en ændring siden forrige lukning. Tom = hele måneden står række for række (v2).',
    },
    {
      header: 'Parathed',
      field: 'readiness',
      type: 'list',
      required: false,
      values: READINESS,
      description: 'Parathed ved lukning.',
    },
  ],
} as const;

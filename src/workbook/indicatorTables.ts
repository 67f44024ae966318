// The columns of Indikatorer and Indikatormål (issue 24) as plain data, apart from contract.ts to keep that
// file one read. Like historyTable.ts it imports nothing from contract.ts (that would be a cycle); contract.ts
// types them as TypedTable<IndicatorFigure> and TypedTable<IndicatorTargetRow>, which checks every column.
import { INDICATOR_DIRECTIONS } from '../domain/model';

/**
 * Indicator figures (issue 24) from registers and surveys (Jobindsats, the case system, a survey platform),
 * typed or imported: one row per month, indicator, Målgruppe and (optionally) team. Tæller <= Nævner.
 */
export const INDIKATORER_TABLE = {
  name: 'Indikatorer',
  sheet: 'Indikatorer',
  since: 2,
  description: 'Tal for indikatorer fra registre og målinger: én række pr. måned, indikator, målgruppe og team.',
  columns: [
    { header: 'Måned', field: 'month', type: 'month', required: true, description: 'ÅÅÅÅ-MM, 2025M04 eller en dato.' },
    { header: 'Indikator', field: 'indicator', type: 'text', required: true, description: 'Indikatorens navn.' },
    {
      header: 'Målgruppe',
      field: 'population',
      type: 'text',
      required: false,
      description: 'Målgruppen tallet gælder, fx jobparate kontanthjælpsmodtagere; tom = alle.',
    },
    { header: 'Team', field: 'team', type: 'text', required: false, description: 'Teamet; tom = hele jobcentret.' },
    {
      header: 'Tæller',
      field: 'numerator',
      type: 'number',
      required: true,
      min: 0,
      integer: true,
      description: 'Antal borgere, der opfylder indikatoren (højst Nævner).',
    },
    {
      header: 'Nævner',
      field: 'denominator',
      type: 'number',
      required: true,
      min: 0,
      integer: true,
      description: 'Antal borgere, indikatoren er målt på.',
    },
    {
      header: 'Kilde',
      field: 'source',
      type: 'text',
      required: false,
      description: 'Fx Jobindsats, fagsystem, måling.',
    },
    {
      header: 'Tæller ved import',
      field: 'importedNumerator',
      type: 'number',
      required: false,
      min: 0,
      integer: true,
      description: 'Tælleren, som den blev importeret første gang; skrives af importen og ændres ikke siden.',
    },
    {
      header: 'Nævner ved import',
      field: 'importedDenominator',
      type: 'number',
      required: false,
      min: 0,
      integer: true,
      description: 'Nævneren, som den blev importeret første gang; skrives af importen og ændres ikke siden.',
    },
    {
      header: 'Importeret',
      field: 'importedOn',
      type: 'date',
      required: false,
      description: 'Datoen for den første import af rækken.',
    },
  ],
} as const;

/** Each indicator's own target (issue 24); without a row an indicator takes its preset's target. */
export const INDIKATORMÅL_TABLE = {
  name: 'Indikatormål',
  sheet: 'Indikatormål',
  since: 2,
  description: 'Mål for hver indikator; uden en række gælder forudindstillingen.',
  columns: [
    { header: 'Indikator', field: 'indicator', type: 'text', required: true, description: 'Som i Indikatorer.' },
    {
      header: 'Målgruppe',
      field: 'population',
      type: 'text',
      required: false,
      description: 'Som i Indikatorer; tom = rækkerne uden målgruppe.',
    },
    {
      header: 'Mål (%)',
      field: 'target',
      type: 'number',
      required: true,
      min: 0,
      max: 100,
      description: 'Målet i procent, 0 til 100.',
    },
    {
      header: 'Retning',
      field: 'direction',
      type: 'list',
      required: false,
      values: INDICATOR_DIRECTIONS,
      description: 'Mindst (andelen skal nå målet) eller Højst (må ikke overstige det); tom = forudindstillingen.',
    },
    {
      header: 'Måneder i træk',
      field: 'monthsInARow',
      type: 'number',
      required: false,
      min: 1,
      max: 24,
      integer: true,
      description: 'Antal måneder i træk, målet skal nås; tom = 1.',
    },
    { header: 'Basismåned', field: 'baseMonth', type: 'month', required: false, description: 'Milepælenes start.' },
    {
      header: 'Deadline',
      field: 'deadline',
      type: 'month',
      required: false,
      description: 'Måneden, målet skal være nået.',
    },
    {
      header: 'Småtal under',
      field: 'smallNumberBelow',
      type: 'number',
      required: false,
      min: 1,
      integer: true,
      description: 'Under dette antal i nævneren får måneden en advarsel om små tal; tom = 20.',
    },
  ],
} as const;

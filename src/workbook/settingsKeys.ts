// The keys of the Indstillinger table: each Settings field's key and description, and the key prefixes the
// import stores its mappings under. Apart from contract.ts so the table definitions stay one file's read; the
// Målregel text lists the rule ids from the domain, so a new goal rule needs no edit here.
import { RULE_IDS, type Settings } from '../domain/model';

/** Keys of `Indstillinger` and the Settings field each fills. */
export const SETTINGS_KEYS = [
  {
    key: 'Målregel',
    field: 'ruleId',
    description: `Målregel: ${RULE_IDS.slice(0, -1).join(', ')} eller ${RULE_IDS[RULE_IDS.length - 1]}.`,
  },
  { key: 'Tærskel', field: 'threshold', description: 'Tærskel i procent (for custom).' },
  { key: 'Måneder i træk', field: 'monthsInARow', description: 'Antal måneder i træk (for custom).' },
  { key: 'Tæller med', field: 'counts', description: 'Kommasepareret liste af forløbstyper (for custom).' },
  { key: 'Målgrupper', field: 'targetGroups', description: 'Kommasepareret liste af målgrupper; tom = alle.' },
  { key: 'Periode fra', field: 'periodFrom', description: 'Første måned i rapporten.' },
  { key: 'Periode til', field: 'periodTo', description: 'Sidste måned i rapporten.' },
  { key: 'Basismåned', field: 'baseMonth', description: 'Måneden, milepælene regnes fra.' },
  {
    key: 'Deadline',
    field: 'deadline',
    description: 'Måneden, målet skal være nået (den sidste af de måneder i træk).',
  },
  { key: 'Tranchebeløb', field: 'trancheAmount', description: 'Kroner af tilskuddet, der afhænger af målet.' },
  {
    key: 'Gennemgang (dage)',
    field: 'reviewDays',
    description: 'Dage før en borger tæller som ikke gennemgået (standard 30).',
  },
  {
    key: 'Opfølgning (dage)',
    field: 'followUpDays',
    description: 'Dage mellem opfølgninger på en praktik (standard 31).',
  },
  {
    key: 'Praktik uden løntimer (uger)',
    field: 'praktikWithoutHoursWeeks',
    description: 'Uger i praktik uden løntimer før et signal (standard 13).',
  },
  {
    key: 'Sagstal sagsbehandler',
    field: 'caseworkerBand',
    description: 'Anbefalet sagstal for en sagsbehandler, fx 40-50 (standard).',
  },
  {
    key: 'Sagstal virksomhedskonsulent',
    field: 'consultantBand',
    description: 'Anbefalet sagstal for en virksomhedskonsulent, fx 30-35 (standard).',
  },
  {
    key: 'Klar uden start (dage)',
    field: 'readyWithoutStartDays',
    description: 'Dage som Klar uden et startet forløb før et signal (standard 30).',
  },
] as const satisfies readonly { key: string; field: keyof Settings; description: string }[];

/** Indstillinger keys that store an import's column mapping (`Importkort:<tabel>:<kildekolonne>`). */
export const IMPORT_MAPPING_KEY_PREFIX = 'Importkort:';
/** Indstillinger keys that store an import's value mapping (`Værdikort:<tabel>:<kolonne>:<kildeværdi>`). */
export const VALUE_MAPPING_KEY_PREFIX = 'Værdikort:';
/** Keys the settings reader leaves to the import. */
export const IMPORT_KEY_PREFIXES = [IMPORT_MAPPING_KEY_PREFIX, VALUE_MAPPING_KEY_PREFIX] as const;

/**
 * Keys of `Indstillinger` that identify the workbook in Fremdrift-udtræk (issue 25): `Kommunekode` (the
 * municipality's three-digit code, typed by the user), `Projektmappe-ID` (generated once by Opret sagsstamme
 * or `fremdrift upgrade`, never changed) and `Pseudonymnøgle` (the key of the citizen-level export's
 * pseudonyms). The export reads them; the settings reader leaves them alone.
 */
export const EXPORT_IDENTITY_KEYS = {
  municipalityCode: 'Kommunekode',
  workbookId: 'Projektmappe-ID',
  pseudonymKey: 'Pseudonymnøgle',
} as const;

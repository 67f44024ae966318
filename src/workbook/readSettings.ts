// Reads table `Indstillinger` (DOMAIN.md section 3): key/value rows shared by everyone who opens the
// workbook. Bad values are reported with a code and left out, so the preset's default applies; a key
// given twice is a warning naming both rows (the last one is used); contradictory periods are errors
// that say what was ignored, never a silently empty report.
import type { DataIssue, IssueCode, IssueConsequence, IssueParams } from '../domain/issues';
import { PLACEMENT_TYPES, RULE_IDS, TARGET_GROUPS, type CaseloadBand, type Settings } from '../domain/model';
import { looksLikeCpr } from '../security/cpr';
import { isEmptyCell, normalizeKey, parseMonth, parseNumber } from './cells';
import { INDSTILLINGER } from './contract';
import { EXPORT_IDENTITY_KEYS, IMPORT_KEY_PREFIXES, SETTINGS_KEYS } from './settingsKeys';
import { headerIndex } from './headers';
import type { CellValue, RawTable } from './port';

type Field = (typeof SETTINGS_KEYS)[number]['field'];
type Problem = { [C in IssueCode]: { code: C; params: IssueParams[C]; severity?: 'warning' } }[IssueCode];
type Parsed = { value: unknown; warning?: Problem } | Problem;

const text = (raw: CellValue) => String(raw).trim();

function splitList(raw: CellValue): string[] {
  return text(raw)
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function parseList(raw: CellValue, allowed: readonly string[]): Parsed {
  const values: string[] = [];
  const unknown: string[] = [];
  for (const item of splitList(raw)) {
    const match = allowed.find((a) => normalizeKey(a) === normalizeKey(item));
    if (!match) unknown.push(item);
    else if (!values.includes(match)) values.push(match);
  }
  return unknown.length > 0 ? { code: 'unknownListItems', params: { items: unknown, allowed } } : { value: values };
}

/**
 * A percent: 40, "40", "40 %", "40,5" all mean 40(.5) %. A value strictly between 0 and 1 ("0,4", 0.4, or a
 * cell formatted as 40 %, which holds 0.4) is read as that fraction of 100 % with a warning saying so.
 * Text and number cells give the same result.
 */
export function parseThreshold(raw: CellValue): Parsed {
  const n = parseNumber(typeof raw === 'string' ? raw.replace('%', '') : raw);
  if (n === null || n <= 0 || n > 100) return { code: 'badThreshold', params: { value: text(raw) } };
  if (n < 1) {
    const percent = Math.round(n * 100 * 1e9) / 1e9;
    return {
      value: percent,
      warning: { code: 'thresholdAsFraction', params: { value: text(raw), percent }, severity: 'warning' },
    };
  }
  return { value: n };
}

/** The most months in a row a rule may ask for: two years (a larger k gives months no report can reach). */
export const MAX_MONTHS_IN_A_ROW = 24;

function parseWholeNumber(raw: CellValue, code: 'badMonthsInARow' | 'badDays', max = Infinity): Parsed {
  const n = parseNumber(raw);
  return n === null || !Number.isInteger(n) || n < 1 || n > max ? { code, params: { value: text(raw) } } : { value: n };
}

/** Kroner: "1.500.000", "1.500.000 kr.", "1500000,50" or a number cell. */
export function parseAmount(raw: CellValue): Parsed {
  let t =
    typeof raw === 'number'
      ? raw
      : text(raw)
          .replace(/\s*(kr\.?|dkk)\s*$/i, '')
          .trim();
  if (typeof t === 'string' && /^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) t = t.replace(/\./g, '');
  const n = parseNumber(t);
  return n === null || n < 0 ? { code: 'badAmount', params: { value: text(raw) } } : { value: n };
}

/** A caseload band "40-50" (also "40 – 50"); a single number is the band's maximum and minimum. */
export function parseBand(raw: CellValue): Parsed {
  const m = /^(\d+)\s*(?:[-–]\s*(\d+))?$/.exec(text(raw));
  if (!m) return { code: 'badBand', params: { value: text(raw) } };
  const band: CaseloadBand = { min: Number(m[1]), max: Number(m[2] ?? m[1]) };
  return band.min > band.max ? { code: 'badBand', params: { value: text(raw) } } : { value: band };
}

function parseSetting(field: Field, raw: CellValue): Parsed {
  switch (field) {
    case 'ruleId': {
      const id = RULE_IDS.find((r) => r === normalizeKey(text(raw)));
      return id ? { value: id } : { code: 'unknownRule', params: { value: text(raw), allowed: RULE_IDS } };
    }
    case 'threshold':
      return parseThreshold(raw);
    case 'monthsInARow':
      return parseWholeNumber(raw, 'badMonthsInARow', MAX_MONTHS_IN_A_ROW);
    case 'counts':
      return parseList(raw, PLACEMENT_TYPES);
    case 'targetGroups':
      return parseList(raw, TARGET_GROUPS);
    case 'trancheAmount':
      return parseAmount(raw);
    case 'reviewDays':
    case 'followUpDays':
    case 'praktikWithoutHoursWeeks':
    case 'readyWithoutStartDays':
      return parseWholeNumber(raw, 'badDays');
    case 'caseworkerBand':
    case 'consultantBand':
      return parseBand(raw);
    case 'periodFrom':
    case 'periodTo':
    case 'baseMonth':
    case 'deadline': {
      const month = parseMonth(raw);
      return month.ok ? { value: month.value } : ({ code: month.code, params: month.params } as Problem);
    }
  }
}

type Report = (row: number, column: string, p: Problem, consequence: IssueConsequence) => void;

/** Two settings that contradict each other are both dropped, with an error on the later key's row. */
function dropContradictions(s: Settings, rowOf: Map<Field, number>, report: Report): void {
  const contradiction = (first: Field, second: Field, problem: Problem, consequence: IssueConsequence) => {
    report(rowOf.get(second)!, 'Værdi', problem, consequence);
    delete (s as Record<string, unknown>)[first];
    delete (s as Record<string, unknown>)[second];
  };
  if (s.periodFrom && s.periodTo && s.periodFrom > s.periodTo) {
    contradiction(
      'periodFrom',
      'periodTo',
      { code: 'periodReversed', params: { from: s.periodFrom, to: s.periodTo } },
      'periodDefaultUsed',
    );
  }
  if (s.baseMonth && s.deadline && s.baseMonth >= s.deadline) {
    contradiction(
      'baseMonth',
      'deadline',
      { code: 'baseNotBeforeDeadline', params: { base: s.baseMonth, deadline: s.deadline } },
      'noMilestones',
    );
  }
}

/** Settings from the optional table `Indstillinger`; bad values are reported and left out. */
export function readSettings(table: RawTable | null, issues: DataIssue[]): Settings {
  const settings: Record<string, unknown> = {};
  if (!table) return settings as Settings;
  const index = headerIndex(INDSTILLINGER, table);
  const keyAt = index.get('Nøgle')!;
  const valueAt = index.get('Værdi');
  const rowOf = new Map<Field, number>();
  const report: Report = (row, column, p, consequence) =>
    void issues.push({
      severity: p.severity ?? 'error',
      table: 'Indstillinger',
      row,
      column,
      code: p.code,
      params: p.params,
      consequence,
    } as DataIssue);

  table.rows.forEach((cells, i) => {
    const row = i + 1;
    const rawKey = cells[keyAt];
    const raw = valueAt === undefined ? null : (cells[valueAt] ?? null);
    // A CPR number is never read, and never echoed into an issue (the key and value are not quoted).
    if (looksLikeCpr(rawKey) || looksLikeCpr(raw)) {
      report(row, looksLikeCpr(rawKey) ? 'Nøgle' : 'Værdi', { code: 'cpr', params: {} }, 'rowSkipped');
      return;
    }
    if (isEmptyCell(rawKey)) {
      if (!isEmptyCell(raw))
        report(row, 'Nøgle', { code: 'valueWithoutKey', params: {}, severity: 'warning' }, 'rowSkipped');
      return;
    }
    if (IMPORT_KEY_PREFIXES.some((p) => text(rawKey).startsWith(p))) return; // the import's stored mappings
    if (Object.values(EXPORT_IDENTITY_KEYS).some((k) => normalizeKey(k) === normalizeKey(text(rawKey)))) return; // the export's
    const def = SETTINGS_KEYS.find((k) => normalizeKey(k.key) === normalizeKey(text(rawKey)));
    if (!def) {
      const known = SETTINGS_KEYS.map((k) => k.key);
      report(
        row,
        'Nøgle',
        { code: 'unknownSettingKey', params: { key: text(rawKey), known }, severity: 'warning' },
        'rowSkipped',
      );
      return;
    }
    const first = rowOf.get(def.field);
    if (first !== undefined) {
      report(
        row,
        'Nøgle',
        { code: 'duplicateSettingKey', params: { key: def.key, firstRow: first }, severity: 'warning' },
        'lastUsed',
      );
      delete settings[def.field];
    }
    rowOf.set(def.field, row);
    if (isEmptyCell(raw)) return; // empty value: the preset's default applies
    const parsed = parseSetting(def.field, raw);
    if ('code' in parsed) {
      report(row, 'Værdi', parsed, 'defaultUsed');
      return;
    }
    if (parsed.warning) report(row, 'Værdi', parsed.warning, 'none');
    settings[def.field] = parsed.value;
  });

  const s = settings as Settings;
  dropContradictions(s, rowOf, report);
  return s;
}

// Maps raw input tables to the domain Caseload. Headers are matched by name (case and spacing do not
// matter, any order, extra columns ignored here and preserved in the workbook). Problems in single
// cells become DataIssues naming table, row and column; only a missing table or required header
// stops the read (ContractError).
import { formatDanishDate } from '../domain/dates';
import {
  RULE_IDS,
  PLACEMENT_TYPES,
  TARGET_GROUPS,
  type Caseload,
  type Citizen,
  type DataIssue,
  type HoursEntry,
  type Placement,
  type RuleId,
  type Settings,
} from '../domain/model';
import { isEmptyCell, normalizeKey, parseCell, parseMonth, parseNumber } from './cells';
import { BORGERE, FORLØB, IMPORT_MAPPING_KEY_PREFIX, INDSTILLINGER, SETTINGS_KEYS, TIMER, type TableDef } from './contract';
import type { CellValue, RawTable } from './port';

/** The workbook does not follow the contract (missing table or header): nothing can be measured. */
export class ContractError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContractError';
  }
}

export const REQUIRED_TABLES: readonly TableDef[] = [BORGERE, FORLØB, TIMER];

/** Column index by header name for a table; throws ContractError for a missing required header. */
export function headerIndex(def: TableDef, table: RawTable): Map<string, number> {
  const found = new Map<string, number>();
  table.headers.forEach((h, i) => {
    const key = normalizeKey(String(h ?? ''));
    if (key && !found.has(key)) found.set(key, i);
  });
  const index = new Map<string, number>();
  const missing: string[] = [];
  for (const col of def.columns) {
    const i = found.get(normalizeKey(col.header));
    if (i !== undefined) index.set(col.header, i);
    else if (col.required) missing.push(col.header);
  }
  if (missing.length > 0) {
    const names = missing.map((m) => `"${m}"`).join(', ');
    throw new ContractError(
      `Tabellen "${def.name}" mangler ${missing.length === 1 ? 'kolonnen' : 'kolonnerne'} ${names}. ` +
        `Overskrifterne skal være: ${def.columns.map((c) => c.header).join(', ')}.`,
    );
  }
  return index;
}

function requireTable(tables: Record<string, RawTable | null>, def: TableDef): RawTable {
  const table = tables[def.name];
  if (!table) {
    throw new ContractError(
      `Projektmappen mangler tabellen "${def.name}" (en Excel-tabel med navnet ${def.name}). ` +
        `Brug "Opsæt projektmappe" i Fremdrift eller opret tabellen med overskrifterne: ` +
        def.columns.map((c) => c.header).join(', ') + '.',
    );
  }
  return table;
}

/** One parsed row: fields by domain name, or null when a required cell failed. */
function parseRows(def: TableDef, table: RawTable, issues: DataIssue[]): { row: number; fields: Record<string, unknown> }[] {
  const index = headerIndex(def, table);
  const out: { row: number; fields: Record<string, unknown> }[] = [];
  table.rows.forEach((cells, i) => {
    const row = i + 1;
    // An entirely empty row holds no data, so skipping it loses nothing (Excel tables often end with one).
    if (cells.every((c) => isEmptyCell(c))) return;
    const fields: Record<string, unknown> = {};
    let usable = true;
    for (const col of def.columns) {
      const at = index.get(col.header);
      const raw: CellValue = at === undefined ? null : (cells[at] ?? null);
      const parsed = parseCell(col, raw);
      if (!parsed.ok) {
        issues.push({
          severity: col.required ? 'error' : 'warning',
          table: def.name,
          row,
          column: col.header,
          message: col.required ? `${parsed.message}; rækken er ikke talt med` : `${parsed.message}; værdien er ignoreret`,
        });
        if (col.required) usable = false;
        continue;
      }
      if (parsed.value === undefined && col.required) {
        issues.push({ severity: 'error', table: def.name, row, column: col.header, message: `${col.header} mangler; rækken er ikke talt med` });
        usable = false;
        continue;
      }
      if (parsed.value !== undefined) fields[col.field] = parsed.value;
    }
    if (usable) out.push({ row, fields });
  });
  return out;
}

function endBeforeStart(fields: Record<string, unknown>): string | null {
  const start = fields.startDate as string | undefined;
  const end = fields.endDate as string | undefined;
  if (start && end && end < start) {
    return `Slutdato ${formatDanishDate(end)} ligger før Startdato ${formatDanishDate(start)}`;
  }
  return null;
}

function readCitizens(table: RawTable, issues: DataIssue[]): Citizen[] {
  const seen = new Map<string, number>();
  const citizens: Citizen[] = [];
  for (const { row, fields } of parseRows(BORGERE, table, issues)) {
    const id = fields.id as string;
    const first = seen.get(normalizeKey(id));
    if (first !== undefined) {
      issues.push({ severity: 'error', table: 'Borgere', row, column: 'Borger-ID', message: `Borger-ID "${id}" findes allerede i række ${first}; rækken er ikke talt med` });
      continue;
    }
    const bad = endBeforeStart(fields);
    if (bad) {
      issues.push({ severity: 'error', table: 'Borgere', row, column: 'Slutdato', message: `${bad}; rækken er ikke talt med` });
      continue;
    }
    seen.set(normalizeKey(id), row);
    citizens.push({ row, ...(fields as Omit<Citizen, 'row'>) });
  }
  return citizens;
}

function knownCitizen(ids: Set<string>, table: string, row: number, id: string, issues: DataIssue[]): boolean {
  if (ids.has(id)) return true;
  issues.push({ severity: 'error', table, row, column: 'Borger-ID', message: `Borger-ID "${id}" findes ikke i Borgere; rækken er ikke talt med` });
  return false;
}

function readPlacements(table: RawTable, ids: Set<string>, issues: DataIssue[]): Placement[] {
  const out: Placement[] = [];
  for (const { row, fields } of parseRows(FORLØB, table, issues)) {
    if (!knownCitizen(ids, 'Forløb', row, fields.citizenId as string, issues)) continue;
    const bad = endBeforeStart(fields);
    if (bad) {
      issues.push({ severity: 'error', table: 'Forløb', row, column: 'Slutdato', message: `${bad}; rækken er ikke talt med` });
      continue;
    }
    out.push({ row, ...(fields as Omit<Placement, 'row'>) });
  }
  return out;
}

function readHours(table: RawTable, ids: Set<string>, issues: DataIssue[]): HoursEntry[] {
  const out: HoursEntry[] = [];
  const seen = new Map<string, number>();
  for (const { row, fields } of parseRows(TIMER, table, issues)) {
    if (!knownCitizen(ids, 'Timer', row, fields.citizenId as string, issues)) continue;
    const key = `${fields.citizenId}|${fields.month}`;
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push({ severity: 'warning', table: 'Timer', row, column: 'Måned', message: `Borger-ID "${fields.citizenId}" har allerede timer for ${fields.month} i række ${first}; begge rækker tælles med` });
    } else seen.set(key, row);
    out.push({ row, ...(fields as Omit<HoursEntry, 'row'>) });
  }
  return out;
}

function splitList(raw: CellValue): string[] {
  return String(raw)
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Matches each listed item against allowed values; unknown items become a message. */
function parseListSetting<T extends string>(raw: CellValue, allowed: readonly T[]): { values: T[]; unknown: string[] } {
  const values: T[] = [];
  const unknown: string[] = [];
  for (const item of splitList(raw)) {
    const match = allowed.find((a) => normalizeKey(a) === normalizeKey(item));
    if (match) {
      if (!values.includes(match)) values.push(match);
    } else unknown.push(item);
  }
  return { values, unknown };
}

/** Parses one settings value; returns a Danish message when it is not usable. */
function applySetting(settings: Settings, field: string, raw: CellValue): string | null {
  switch (field) {
    case 'ruleId': {
      const id = RULE_IDS.find((r) => r === normalizeKey(String(raw)));
      if (!id) return `"${raw}" er ikke en kendt målregel; vælg en af: ${RULE_IDS.join(', ')}`;
      settings.ruleId = id as RuleId;
      return null;
    }
    case 'threshold': {
      const text = typeof raw === 'string' ? raw.replace('%', '') : raw;
      let n = parseNumber(text);
      // A cell formatted as a percentage holds 0.4 for 40 %.
      if (n !== null && typeof raw === 'number' && n > 0 && n < 1) n = n * 100;
      if (n === null || n < 0 || n > 100) return `"${raw}" er ikke en tærskel i procent (0-100)`;
      settings.threshold = n;
      return null;
    }
    case 'monthsInARow': {
      const n = parseNumber(raw);
      if (n === null || !Number.isInteger(n) || n < 1) return `"${raw}" skal være et helt antal måneder (1 eller flere)`;
      settings.monthsInARow = n;
      return null;
    }
    case 'counts':
    case 'targetGroups': {
      const allowed = field === 'counts' ? PLACEMENT_TYPES : TARGET_GROUPS;
      const { values, unknown } = parseListSetting<string>(raw, allowed);
      if (unknown.length > 0) return `Ukendt: ${unknown.join(', ')}; tilladt er: ${allowed.join(', ')}`;
      (settings as Record<string, unknown>)[field] = values;
      return null;
    }
    default: {
      const month = parseMonth(raw);
      if (!month.ok) return month.message;
      (settings as Record<string, unknown>)[field] = month.value;
      return null;
    }
  }
}

/** Settings from the optional table `Indstillinger`; bad values are reported and left out. */
export function readSettings(table: RawTable | null, issues: DataIssue[]): Settings {
  const settings: Settings = {};
  if (!table) return settings;
  const index = headerIndex(INDSTILLINGER, table);
  const keyAt = index.get('Nøgle')!;
  const valueAt = index.get('Værdi');
  table.rows.forEach((cells, i) => {
    const row = i + 1;
    const rawKey = cells[keyAt];
    const raw = valueAt === undefined ? null : (cells[valueAt] ?? null);
    if (isEmptyCell(rawKey)) {
      if (!isEmptyCell(raw)) issues.push({ severity: 'warning', table: 'Indstillinger', row, column: 'Nøgle', message: 'Værdi uden nøgle; rækken er ignoreret' });
      return;
    }
    if (String(rawKey).trim().startsWith(IMPORT_MAPPING_KEY_PREFIX)) return; // the import's stored column mapping
    const def = SETTINGS_KEYS.find((k) => normalizeKey(k.key) === normalizeKey(String(rawKey)));
    if (!def) {
      issues.push({ severity: 'warning', table: 'Indstillinger', row, column: 'Nøgle', message: `Ukendt nøgle "${rawKey}"; kendte nøgler: ${SETTINGS_KEYS.map((k) => k.key).join(', ')}` });
      return;
    }
    if (isEmptyCell(raw)) return; // empty value: the preset's default applies
    const problem = applySetting(settings, def.field, raw);
    if (problem) issues.push({ severity: 'error', table: 'Indstillinger', row, column: 'Værdi', message: `${def.key}: ${problem}; standardværdien bruges` });
  });
  return settings;
}

/** Reads the caseload from raw tables. Throws ContractError for a missing required table or header. */
export function readCaseload(tables: Record<string, RawTable | null>): Caseload {
  const issues: DataIssue[] = [];
  const borgere = requireTable(tables, BORGERE);
  const forløb = requireTable(tables, FORLØB);
  const timer = requireTable(tables, TIMER);
  // Check every header before reading cells, so a contract problem is reported first.
  headerIndex(BORGERE, borgere);
  headerIndex(FORLØB, forløb);
  headerIndex(TIMER, timer);
  const settings = readSettings(tables[INDSTILLINGER.name] ?? null, issues);
  const citizens = readCitizens(borgere, issues);
  const ids = new Set(citizens.map((c) => c.id));
  const placements = readPlacements(forløb, ids, issues);
  const hours = readHours(timer, ids, issues);
  // Report in reading order: table by table, row by row (stable, so a row's issues keep column order).
  const order = ['Borgere', 'Forløb', 'Timer', 'Indstillinger'];
  issues.sort((a, b) => order.indexOf(a.table) - order.indexOf(b.table) || a.row - b.row);
  return { citizens, placements, hours, settings, issues };
}

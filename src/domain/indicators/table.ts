// Indicators from table Indikatorer (issue 24): figures typed or imported from registers and surveys.
// Rows are checked (Tæller <= Nævner, a month the report can show, one row per month, indicator,
// Målgruppe and team), grouped per indicator and Målgruppe, and evaluated for Alle and each team.
import { monthIndex, monthOf, monthRange } from '../dates';
import type { DataIssue } from '../issues';
import type { IndicatorTargetRow, MonthKey, Settings } from '../model';
import { idKey } from '../rowRules';
import { baseShareOf, evaluateLevel, type MonthCount } from './evaluate';
import { indicatorKey, resolveGoal, slug } from './goals';
import { JS2_PRESETS } from './presets';
import type { IndicatorFigure, IndicatorResult } from './types';

const TABLE = 'Indikatorer';

/** The rows that can be used; the others get an issue naming table, row and column. */
export function usableFigures(
  figures: readonly IndicatorFigure[],
  settings: Settings,
  asOf: string,
  issues: DataIssue[],
): IndicatorFigure[] {
  const lastMonth = settings.periodTo && settings.periodTo < monthOf(asOf) ? settings.periodTo : monthOf(asOf);
  const byKey = new Map<string, number>();
  const kept = new Map<string, IndicatorFigure>();
  for (const f of figures) {
    const where = { table: TABLE, row: f.row };
    if (f.numerator > f.denominator) {
      issues.push({
        severity: 'error',
        ...where,
        column: 'Tæller',
        code: 'numeratorAboveDenominator',
        params: { numerator: f.numerator, denominator: f.denominator },
        consequence: 'rowSkipped',
      });
      continue;
    }
    if (f.month > lastMonth || (settings.periodFrom !== undefined && f.month < settings.periodFrom)) {
      issues.push({
        severity: 'warning',
        ...where,
        column: 'Måned',
        code: 'monthOutsideReport',
        params: { month: f.month },
        consequence: 'notCounted',
      });
      continue;
    }
    const key = `${f.month}\u0000${indicatorKey(f.indicator, f.population)}\u0000${idKey(f.team ?? '')}`;
    const firstRow = byKey.get(key);
    if (firstRow !== undefined)
      issues.push({
        severity: 'warning',
        ...where,
        column: 'Måned',
        code: 'duplicateIndicatorRow',
        params: { firstRow },
        consequence: 'lastUsed',
      });
    else byKey.set(key, f.row);
    kept.set(key, f);
  }
  return [...kept.values()];
}

interface Group {
  indicator: string;
  population: string;
  firstRow: number;
  rows: IndicatorFigure[];
}

function groupsOf(figures: readonly IndicatorFigure[]): Group[] {
  const groups = new Map<string, Group>();
  for (const f of figures) {
    const key = indicatorKey(f.indicator, f.population);
    let g = groups.get(key);
    if (!g) {
      g = { indicator: f.indicator, population: f.population, firstRow: f.row, rows: [] };
      groups.set(key, g);
    }
    if (f.row < g.firstRow) g.firstRow = f.row;
    g.rows.push(f);
  }
  return [...groups.values()].sort((a, b) => a.firstRow - b.firstRow);
}

/** Counts per month for rows of one team ('' = rows without a team), zero where a month has no row. */
function countsFor(rows: readonly IndicatorFigure[], months: readonly MonthKey[]): MonthCount[] {
  const at = new Map<MonthKey, IndicatorFigure>(rows.map((r) => [r.month, r]));
  return months.map((month) => {
    const r = at.get(month);
    const imported = r ? importedOf(r) : undefined;
    return { month, numerator: r?.numerator ?? 0, denominator: r?.denominator ?? 0, ...(imported ? { imported } : {}) };
  });
}

/** The row's figure as first imported, when the import wrote it. */
function importedOf(r: IndicatorFigure): MonthCount['imported'] {
  if (r.importedNumerator === undefined || r.importedDenominator === undefined) return undefined;
  return { numerator: r.importedNumerator, denominator: r.importedDenominator, importedOn: r.importedOn ?? null };
}

/** Alle: the row without a team; a month with only team rows takes their sum. */
function wholeCounts(group: Group, months: readonly MonthKey[]): MonthCount[] {
  const own = countsFor(
    group.rows.filter((r) => !r.team),
    months,
  );
  const hasOwn = new Set(group.rows.filter((r) => !r.team).map((r) => r.month));
  return own.map((c) => {
    if (hasOwn.has(c.month)) return c;
    let numerator = 0;
    let denominator = 0;
    // The sum as imported, when every team row of the month carries it (the earliest import date).
    let imported: MonthCount['imported'] = { numerator: 0, denominator: 0, importedOn: null };
    for (const r of group.rows)
      if (r.team && r.month === c.month) {
        numerator += r.numerator;
        denominator += r.denominator;
        const own = importedOf(r);
        if (!own || !imported) imported = undefined;
        else {
          imported.numerator += own.numerator;
          imported.denominator += own.denominator;
          if (own.importedOn && (!imported.importedOn || own.importedOn < imported.importedOn))
            imported.importedOn = own.importedOn;
        }
      }
    return { month: c.month, numerator, denominator, ...(imported && denominator > 0 ? { imported } : {}) };
  });
}

const danish = new Intl.Collator('da');

/** Evaluates every indicator in Indikatorer, for Alle and each team named in its rows. */
export function tableIndicators(
  figures: readonly IndicatorFigure[],
  targets: Map<string, IndicatorTargetRow>,
  issues: DataIssue[],
): IndicatorResult[] {
  const results: IndicatorResult[] = [];
  for (const group of groupsOf(figures)) {
    const key = indicatorKey(group.indicator, group.population);
    const preset = JS2_PRESETS.find((p) => indicatorKey(p.indicator, p.population) === key);
    const id = group.population ? `${slug(group.indicator)}-${slug(group.population)}` : slug(group.indicator);
    const named = { id, indicator: group.indicator, population: group.population, source: 'table' as const };
    const goal = resolveGoal(named, targets.get(key), preset);
    if (!goal) {
      issues.push({
        severity: 'warning',
        table: TABLE,
        row: group.firstRow,
        column: 'Indikator',
        code: 'indicatorWithoutTarget',
        params: { indicator: group.indicator, population: group.population },
        consequence: 'notCounted',
      });
      continue;
    }
    let first = group.rows[0].month;
    let last = first;
    for (const r of group.rows) {
      if (monthIndex(r.month) < monthIndex(first)) first = r.month;
      if (monthIndex(r.month) > monthIndex(last)) last = r.month;
    }
    const months = monthRange(first, last);
    const whole = wholeCounts(group, months);
    const base = baseShareOf(goal, whole);
    results.push(evaluateLevel(goal, 'Alle', '', whole, base));
    const teams = new Map<string, { name: string; rows: IndicatorFigure[] }>();
    for (const r of group.rows) {
      if (!r.team) continue;
      const t = teams.get(idKey(r.team)) ?? { name: r.team, rows: [] };
      t.rows.push(r);
      teams.set(idKey(r.team), t);
    }
    const sorted = [...teams.values()].sort((a, b) => danish.compare(a.name, b.name));
    for (const t of sorted) results.push(evaluateLevel(goal, 'Team', t.name, countsFor(t.rows, months), base));
  }
  return results;
}

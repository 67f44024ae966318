// An indicator's goal (issue 24): its own Indikatormål row when there is one, else its preset (the JS II
// criteria, the computed indicators' defaults). Indikator and Målgruppe are matched as Borger-IDs are
// (case and spacing do not matter). Bad target rows are reported and left out, never guessed at.
import type { DataIssue } from '../issues';
import type { IndicatorTargetRow, MonthKey } from '../model';
import { idKey } from '../rowRules';
import { DEFAULT_SMALL_NUMBER_BELOW, type IndicatorPreset } from './presets';
import type { IndicatorGoal, IndicatorSource } from './types';

const TABLE = 'Indikatormål';

/** The key an indicator and its Målgruppe are matched by. */
export function indicatorKey(indicator: string, population: string): string {
  return `${idKey(indicator)}\u0000${idKey(population)}`;
}

/** A stable id from the words: lower case, æ/ø/å spelled out, anything else a hyphen. */
export function slug(text: string): string {
  return idKey(text)
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Indikatormål rows by indicator key. A key given twice: a warning on the later row (the last is used).
 * A target strictly between 0 and 1 is read as a fraction (0,4 = 40 %) with a warning, as Tærskel is.
 * Basismåned on or after Deadline: an error, and both are ignored (no milestones).
 */
export function targetsByKey(
  rows: readonly IndicatorTargetRow[],
  issues: DataIssue[],
): Map<string, IndicatorTargetRow> {
  const byKey = new Map<string, IndicatorTargetRow>();
  for (const raw of rows) {
    const row = { ...raw };
    const key = indicatorKey(row.indicator, row.population ?? '');
    const first = byKey.get(key);
    if (first)
      issues.push({
        severity: 'warning',
        table: TABLE,
        row: row.row,
        column: 'Indikator',
        code: 'duplicateIndicatorRow',
        params: { firstRow: first.row },
        consequence: 'lastUsed',
      });
    if (row.target > 0 && row.target < 1) {
      const percent = Math.round(row.target * 100 * 1e9) / 1e9;
      issues.push({
        severity: 'warning',
        table: TABLE,
        row: row.row,
        column: 'Mål (%)',
        code: 'thresholdAsFraction',
        params: { value: String(row.target).replace('.', ','), percent },
        consequence: 'none',
      });
      row.target = percent;
    }
    if (row.baseMonth && row.deadline && row.baseMonth >= row.deadline) {
      issues.push({
        severity: 'error',
        table: TABLE,
        row: row.row,
        column: 'Deadline',
        code: 'baseNotBeforeDeadline',
        params: { base: row.baseMonth, deadline: row.deadline },
        consequence: 'noMilestones',
      });
      delete row.baseMonth;
      delete row.deadline;
    }
    byKey.set(key, row);
  }
  return byKey;
}

/** The goal from an Indikatormål row over a preset (either may be missing); null when neither is there. */
export function resolveGoal(
  named: { id: string; indicator: string; population: string; source: IndicatorSource },
  own: IndicatorTargetRow | undefined,
  preset: IndicatorPreset | undefined,
): IndicatorGoal | null {
  if (!own && !preset) return null;
  const deadline: MonthKey | null = own?.deadline ?? null;
  return {
    id: preset?.id ?? named.id,
    indicator: named.indicator,
    population: named.population,
    source: named.source,
    direction: own?.direction ? (own.direction === 'Højst' ? 'atMost' : 'atLeast') : (preset?.direction ?? 'atLeast'),
    target: own ? own.target : preset!.target,
    monthsInARow: own?.monthsInARow ?? preset?.monthsInARow ?? 1,
    deadline,
    baseMonth: own?.baseMonth ?? null,
    smallNumberBelow: own?.smallNumberBelow ?? DEFAULT_SMALL_NUMBER_BELOW,
  };
}

// Every indicator of a workbook (issue 24), the one call renderers and the JSON report use: the figures
// of table Indikatorer (goals from Indikatormål or the JS II presets) and the indicators computed from the
// caseload (CV share, short placements, conversion), each for Alle, its teams and, when computed, its
// caseworkers. Issues name table, row and column; no result carries a Borger-ID.
import type { DataIssue } from '../issues';
import type { Caseload, MonthKey } from '../model';
import { resolveRule } from '../rules';
import { reportMonths } from '../engine/citizenIndex';
import { validateCaseload, type ValidatedCaseload } from '../validate';
import { COMPUTED, hasEndedPlacements, type ComputedInput } from './computed';
import { indicatorKey, resolveGoal, targetsByKey } from './goals';
import { COMPUTED_PRESETS, JS2_PRESETS } from './presets';
import { tableIndicators, usableFigures } from './table';
import type { IndicatorResult } from './types';

export interface IndicatorOptions {
  asOf: string;
  /** The caseload already validated (measure() has it); validated here when absent. */
  valid?: ValidatedCaseload;
  /** The report's months; computed from the caseload when absent. */
  months?: readonly MonthKey[];
}

export interface IndicatorEvaluation {
  results: IndicatorResult[];
  /** Issues in Indikatorer and Indikatormål (the other tables' issues are the main report's). */
  issues: DataIssue[];
}

/** The indicators a target may name: Indikatorer's (with Målgruppe) and the computed ones. */
function knownNames(figures: readonly { indicator: string; population: string }[]): string[] {
  const names = new Set<string>();
  for (const f of figures) names.add(f.population ? `${f.indicator} (${f.population})` : f.indicator);
  for (const p of JS2_PRESETS) names.add(`${p.indicator} (${p.population})`);
  for (const p of COMPUTED_PRESETS) names.add(p.indicator);
  return [...names];
}

/** All indicators: table ones first (in the order of their first row), then the computed ones. */
export function evaluateIndicators(caseload: Caseload, options: IndicatorOptions): IndicatorEvaluation {
  const issues: DataIssue[] = [];
  const targets = targetsByKey(caseload.indicatorTargets ?? [], issues);
  const figures = usableFigures(caseload.indicatorFigures ?? [], caseload.settings, options.asOf, issues);
  const results = tableIndicators(figures, targets, issues);

  const valid = options.valid ?? validateCaseload(caseload, options.asOf);
  const months = options.months ?? reportMonths(valid.citizens, caseload.settings, options.asOf);
  const input: ComputedInput = {
    valid,
    months,
    asOf: options.asOf,
    targetGroups: resolveRule(caseload.settings).targetGroups,
  };
  const known = new Set(figures.map((f) => indicatorKey(f.indicator, f.population)));
  for (const p of COMPUTED_PRESETS) known.add(indicatorKey(p.indicator, '')).add(indicatorKey(p.id, ''));
  // A JS II criterion may get its target before its first figures are imported.
  for (const p of JS2_PRESETS) known.add(indicatorKey(p.indicator, p.population));
  for (const row of targets.values())
    if (!known.has(indicatorKey(row.indicator, row.population ?? '')))
      issues.push({
        severity: 'warning',
        table: 'Indikatormål',
        row: row.row,
        column: 'Indikator',
        code: 'unknownIndicator',
        params: { indicator: row.indicator, population: row.population ?? '', known: knownNames(figures) },
        consequence: 'notCounted',
      });
  const hasCv = valid.citizens.some((c) => c.cv !== undefined);
  const hasEnded = hasEndedPlacements(input);
  for (const preset of COMPUTED_PRESETS) {
    const own = targets.get(indicatorKey(preset.indicator, '')) ?? targets.get(indicatorKey(preset.id, ''));
    // Shown when the workbook has data for it, or when Indikatormål sets a target for it.
    const hasData = preset.id === 'cv-andel' ? hasCv : hasEnded;
    if (!own && !hasData) continue;
    const goal = resolveGoal({ ...preset, source: 'computed' }, own, preset)!;
    for (const r of COMPUTED[preset.id](input, goal)) results.push(r);
  }
  return { results, issues };
}

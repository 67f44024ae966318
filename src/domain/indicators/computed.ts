// Indicators Fremdrift computes from the caseload itself (issue 24): the CV share (004 §4.3: "hvor mange
// borgere har et CV") and two guardrails against quantity over quality (003 §2, §3.6): virksomhedsforløb
// ended within 4 weeks, and conversion of ended forløb into ordinary hours or a job within three months.
// Counted for Alle, each team and each sagsbehandler (the citizen's Team and Sagsbehandler in Borgere).
import { daysBetween, monthIndex, monthNumber, monthOf } from '../dates';
import { monthPosition } from '../engine/citizenIndex';
import type { MonthKey, PlacementType } from '../model';
import type { ValidatedCaseload } from '../validate';
import { baseShareOf, evaluateLevel, type MonthCount } from './evaluate';
import type { IndicatorGoal, IndicatorResult } from './types';
import type { ComputedIndicatorId } from './presets';

/** The placements the guardrails look at: company placements, which the tranche incentive rewards. */
export const GUARDRAIL_TYPES: readonly PlacementType[] = ['Virksomhedspraktik', 'Løntilskud'];
/** A placement with Slutdato - Startdato below this many days ended "within 4 weeks". */
export const SHORT_PLACEMENT_DAYS = 28;
/** Months after a placement's end month in which ordinary hours count as conversion. */
export const CONVERSION_MONTHS = 3;

/** The citizens' team x caseworker pairs, found once: pairOf[citizen] indexes team[] and worker[]. */
interface Pairs {
  pairOf: Int32Array;
  team: string[];
  worker: string[];
}

function pairsOf(input: ComputedInput): Pairs {
  if (input.pairs) return input.pairs;
  const citizens = input.valid.citizens;
  const pairs: Pairs = { pairOf: new Int32Array(citizens.length), team: [], worker: [] };
  const index = new Map<string, number>();
  citizens.forEach((c, i) => {
    const key = `${c.team}\u0000${c.caseworker}`;
    let p = index.get(key);
    if (p === undefined) {
      index.set(key, (p = pairs.team.length));
      pairs.team.push(c.team);
      pairs.worker.push(c.caseworker);
    }
    pairs.pairOf[i] = p;
  });
  input.pairs = pairs;
  return pairs;
}

/**
 * Per team x caseworker pair and month, numerators and denominators in flat typed arrays (pair-major);
 * Alle, each team and each caseworker are sums of pairs, added once at the end.
 */
class PairTallies {
  readonly num: Int32Array;
  readonly den: Int32Array;
  /** Per month: the figure is not final yet (every level alike). */
  readonly pending: Uint8Array;
  constructor(
    readonly pairs: Pairs,
    readonly months: number,
  ) {
    this.num = new Int32Array(pairs.team.length * months);
    this.den = new Int32Array(pairs.team.length * months);
    this.pending = new Uint8Array(months);
  }

  /** Counts one case of the citizen's pair in month position i (hit: also in the numerator). */
  add(citizen: number, i: number, hit: boolean): void {
    const at = this.pairs.pairOf[citizen] * this.months + i;
    this.den[at]++;
    if (hit) this.num[at]++;
  }

  /** Per name (of each pair: its team, its caseworker, or one name for all), the pairs' months summed. */
  sums(nameOf: (pair: number) => string): Map<string, { num: Int32Array; den: Int32Array }> {
    const M = this.months;
    const out = new Map<string, { num: Int32Array; den: Int32Array }>();
    for (let p = 0; p < this.pairs.team.length; p++) {
      const name = nameOf(p);
      let sum = out.get(name);
      if (!sum) out.set(name, (sum = { num: new Int32Array(M), den: new Int32Array(M) }));
      for (let i = 0; i < M; i++) {
        sum.num[i] += this.num[p * M + i];
        sum.den[i] += this.den[p * M + i];
      }
    }
    return out;
  }

  counts(months: readonly MonthKey[], sum: { num: Int32Array; den: Int32Array } | undefined): MonthCount[] {
    return months.map((month, i) => ({
      month,
      numerator: sum ? sum.num[i] : 0,
      denominator: sum ? sum.den[i] : 0,
      ...(this.pending[i] ? { notYetKnown: true } : {}),
    }));
  }
}

const danish = new Intl.Collator('da');

/** Results for Alle, each team and each caseworker (names in Danish order, every name of a pair). */
function resultsOf(goal: IndicatorGoal, tallies: PairTallies, months: readonly MonthKey[]): IndicatorResult[] {
  const { team, worker } = tallies.pairs;
  const whole = tallies.counts(months, tallies.sums(() => '').get(''));
  const base = baseShareOf(goal, whole);
  const out = [evaluateLevel(goal, 'Alle', '', whole, base)];
  const levels = [
    ['Team', tallies.sums((p) => team[p])],
    ['Sagsbehandler', tallies.sums((p) => worker[p])],
  ] as const;
  for (const [level, sums] of levels)
    for (const name of [...sums.keys()].sort(danish.compare))
      out.push(evaluateLevel(goal, level, name, tallies.counts(months, sums.get(name)), base));
  return out;
}

export interface ComputedInput {
  valid: ValidatedCaseload;
  /** The guardrail placements that ended (endedPlacements), found once for both guardrails. */
  ended?: Ended;
  /** The citizens' team x caseworker pairs (pairsOf), found once for every indicator. */
  pairs?: Pairs;
  /** The report's months (DOMAIN.md section 5). */
  months: readonly MonthKey[];
  asOf: string;
  /** The main rule's Målgrupper; null = all. */
  targetGroups: readonly string[] | null;
}

/**
 * CV share in month m: citizens in gross(m) (DOMAIN.md section 4, the rule's Målgrupper) with CV = Ja,
 * over gross(m). The CV column holds the present state (the workbook keeps no CV history), so every
 * month reads today's CV answers.
 */
export function cvShare(input: ComputedInput, goal: IndicatorGoal): IndicatorResult[] {
  const { valid, months, targetGroups } = input;
  const M = months.length;
  const tallies = new PairTallies(pairsOf(input), M);
  const included = targetGroups ? new Set(targetGroups) : null;
  const pos = monthPosition(months);
  // Each citizen adds +1 at its first month and -1 after its last (difference arrays per pair, one
  // extra month), summed along the months afterwards: cost citizens + pairs x months.
  const P = tallies.pairs.team.length;
  const denDiff = new Int32Array(P * (M + 1));
  const numDiff = new Int32Array(P * (M + 1));
  valid.citizens.forEach((c, k) => {
    if (included && !included.has(c.targetGroup)) return;
    const from = Math.max(0, pos(c.startDate));
    const to = c.endDate ? Math.min(M - 1, pos(c.endDate)) : M - 1;
    if (from > to) return;
    const base = tallies.pairs.pairOf[k] * (M + 1);
    denDiff[base + from]++;
    denDiff[base + to + 1]--;
    if (c.cv !== true) return;
    numDiff[base + from]++;
    numDiff[base + to + 1]--;
  });
  for (let p = 0; p < P; p++) {
    let den = 0;
    let num = 0;
    for (let i = 0; i < M; i++) {
      den += denDiff[p * (M + 1) + i];
      num += numDiff[p * (M + 1) + i];
      tallies.den[p * M + i] = den;
      tallies.num[p * M + i] = num;
    }
  }
  return resultsOf(goal, tallies, months);
}

/** The ended guardrail placements, one position each in parallel arrays (no object per placement). */
export interface Ended {
  count: number;
  owner: Int32Array;
  /** Month position of Slutdato in the report's months (may lie outside them). */
  endPos: Int32Array;
  short: Uint8Array;
  converted: Uint8Array;
}

/** Guardrail placements of citizens in the rule's Målgrupper that ended on or before the as-of date. */
function endedPlacements(input: ComputedInput): Ended {
  input.ended ??= findEnded(input);
  return input.ended;
}

function findEnded(input: ComputedInput): Ended {
  const { valid, asOf, targetGroups } = input;
  const M = input.months.length;
  const pos = monthPosition(input.months);
  const included = targetGroups ? new Set(targetGroups) : null;
  // Per citizen, month positions 0 .. M + 2 with ordinary hours > 0: all a conversion of a placement
  // ending within the report's months can look at (the three months after its end month).
  const span = M + CONVERSION_MONTHS;
  const withHours = new Uint8Array(valid.citizens.length * span);
  valid.hours.forEach((h, i) => {
    if (h.hours <= 0) return;
    const m = pos(h.month);
    if (m >= 0 && m < span) withHours[valid.hoursOwner[i] * span + m] = 1;
  });
  const P = valid.placements.length;
  const out: Ended = {
    count: 0,
    owner: new Int32Array(P),
    endPos: new Int32Array(P),
    short: new Uint8Array(P),
    converted: new Uint8Array(P),
  };
  valid.placements.forEach((p, i) => {
    if (!p.endDate || p.endDate > asOf || !GUARDRAIL_TYPES.includes(p.type)) return;
    const owner = valid.placementOwner[i];
    if (included && !included.has(valid.citizens[owner].targetGroup)) return;
    const endPos = pos(p.endDate);
    let converted = p.endReason === 'Ordinære timer eller job';
    // Outside the report's months the placement is not counted (placementIndicator), so its hours are not read.
    if (endPos >= 0 && endPos < M)
      for (let k = 1; k <= CONVERSION_MONTHS && !converted; k++) converted = withHours[owner * span + endPos + k] === 1;
    const n = out.count++;
    out.owner[n] = owner;
    out.endPos[n] = endPos;
    out.short[n] = isShort(p.startDate, p.endDate) ? 1 : 0;
    out.converted[n] = converted ? 1 : 0;
  });
  return out;
}

/**
 * Slutdato - Startdato < SHORT_PLACEMENT_DAYS. Two calendar months apart or more is always at least 29
 * days (the last day of a month to the first of the month after next), so only nearer dates are counted.
 */
function isShort(start: string, end: string): boolean {
  return monthNumber(end) - monthNumber(start) < 2 && daysBetween(start, end) < SHORT_PLACEMENT_DAYS;
}

/** True when the computed workbook has any guardrail placement that has ended (else the guardrails are not shown). */
export function hasEndedPlacements(input: ComputedInput): boolean {
  return endedPlacements(input).count > 0;
}

/**
 * Short placements in month m: guardrail placements ending in m with Slutdato - Startdato < 28 days, over
 * guardrail placements ending in m (both on or before the as-of date). Lower is better.
 */
export function shortPlacements(input: ComputedInput, goal: IndicatorGoal): IndicatorResult[] {
  return placementIndicator(input, goal, endedPlacements(input).short, false);
}

/**
 * Conversion in month m: guardrail placements ending in m followed by Timer with ordinary hours > 0 in a
 * month m' with m < m' <= m + 3, or with Afslutningsårsag "Ordinære timer eller job", over the guardrail
 * placements ending in m. A month after the as-of month minus 3 months is not yet known.
 */
export function conversion(input: ComputedInput, goal: IndicatorGoal): IndicatorResult[] {
  return placementIndicator(input, goal, endedPlacements(input).converted, true);
}

function placementIndicator(
  input: ComputedInput,
  goal: IndicatorGoal,
  hit: Uint8Array,
  waitsThreeMonths: boolean,
): IndicatorResult[] {
  const { months, asOf } = input;
  const tallies = new PairTallies(pairsOf(input), months.length);
  const { count, owner, endPos } = endedPlacements(input);
  for (let n = 0; n < count; n++) {
    if (endPos[n] < 0 || endPos[n] >= months.length) continue;
    tallies.add(owner[n], endPos[n], hit[n] === 1);
  }
  if (waitsThreeMonths) {
    const lastKnown = monthIndex(monthOf(asOf)) - CONVERSION_MONTHS;
    months.forEach((m, i) => {
      if (monthIndex(m) > lastKnown) tallies.pending[i] = 1;
    });
  }
  return resultsOf(goal, tallies, months);
}

/** The computed indicator by id. */
export const COMPUTED: Record<ComputedIndicatorId, (input: ComputedInput, goal: IndicatorGoal) => IndicatorResult[]> = {
  'cv-andel': cvShare,
  'korte-forloeb': shortPlacements,
  konvertering: conversion,
};

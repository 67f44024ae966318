// Indicators Fremdrift computes from the caseload itself (issue 24): the CV share (004 §4.3: "hvor mange
// borgere har et CV") and two guardrails against quantity over quality (003 §2, §3.6): virksomhedsforløb
// ended within 4 weeks, and conversion of ended forløb into ordinary hours or a job within three months.
// Counted for Alle, each team and each sagsbehandler (the citizen's Team and Sagsbehandler in Borgere).
import { daysBetween, monthIndex, monthOf } from '../dates';
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

/** Per-month numerators and denominators for one level key. */
class Tally {
  readonly num: number[];
  readonly den: number[];
  readonly pending: boolean[];
  constructor(size: number) {
    this.num = new Array<number>(size).fill(0);
    this.den = new Array<number>(size).fill(0);
    this.pending = new Array<boolean>(size).fill(false);
  }
  counts(months: readonly MonthKey[]): MonthCount[] {
    return months.map((month, i) => ({
      month,
      numerator: this.num[i],
      denominator: this.den[i],
      ...(this.pending[i] ? { notYetKnown: true } : {}),
    }));
  }
}

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

/** Tallies for Alle, each team and each caseworker, keyed by name. */
class Levels {
  readonly all: Tally;
  readonly teams = new Map<string, Tally>();
  readonly workers = new Map<string, Tally>();
  constructor(private readonly size: number) {
    this.all = new Tally(size);
  }
  private of(map: Map<string, Tally>, name: string): Tally {
    let t = map.get(name);
    if (!t) map.set(name, (t = new Tally(this.size)));
    return t;
  }
  /** The tallies a citizen of `team` and `worker` adds to: Alle, the team, the caseworker. */
  of3(team: string, worker: string): [Tally, Tally, Tally] {
    return [this.all, this.of(this.teams, team), this.of(this.workers, worker)];
  }
  /** Each team x caseworker pair's three tallies (every team and caseworker gets one, possibly empty). */
  byPair(pairs: Pairs): [Tally, Tally, Tally][] {
    return pairs.team.map((team, p) => this.of3(team, pairs.worker[p]));
  }
  markPending(i: number): void {
    for (const t of [this.all, ...this.teams.values(), ...this.workers.values()]) t.pending[i] = true;
  }
}

function addTo(tallies: readonly Tally[], i: number, hit: boolean): void {
  for (const t of tallies) {
    t.den[i] += 1;
    if (hit) t.num[i] += 1;
  }
}

const danish = new Intl.Collator('da');

function resultsOf(goal: IndicatorGoal, levels: Levels, months: readonly MonthKey[]): IndicatorResult[] {
  const whole = levels.all.counts(months);
  const base = baseShareOf(goal, whole);
  const out = [evaluateLevel(goal, 'Alle', '', whole, base)];
  const byName = (map: Map<string, Tally>) => [...map.entries()].sort((a, b) => danish.compare(a[0], b[0]));
  for (const [name, t] of byName(levels.teams)) out.push(evaluateLevel(goal, 'Team', name, t.counts(months), base));
  for (const [name, t] of byName(levels.workers))
    out.push(evaluateLevel(goal, 'Sagsbehandler', name, t.counts(months), base));
  return out;
}

export interface ComputedInput {
  valid: ValidatedCaseload;
  /** The guardrail placements that ended (endedPlacements), found once for both guardrails. */
  ended?: Ended[];
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
  const levels = new Levels(months.length);
  const included = targetGroups ? new Set(targetGroups) : null;
  const first = months.length ? monthIndex(months[0]) : 0;
  const pairs = pairsOf(input);
  const byPair = levels.byPair(pairs);
  valid.citizens.forEach((c, k) => {
    if (included && !included.has(c.targetGroup)) return;
    const from = Math.max(0, monthIndex(monthOf(c.startDate)) - first);
    const to = c.endDate ? Math.min(months.length - 1, monthIndex(monthOf(c.endDate)) - first) : months.length - 1;
    const tallies = byPair[pairs.pairOf[k]];
    for (let i = from; i <= to; i++) addTo(tallies, i, c.cv === true);
  });
  return resultsOf(goal, levels, months);
}

export interface Ended {
  owner: number;
  /** Month position of Slutdato in the report's months (may lie outside them). */
  endPos: number;
  short: boolean;
  converted: boolean;
}

/** Guardrail placements of citizens in the rule's Målgrupper that ended on or before the as-of date. */
function endedPlacements(input: ComputedInput): Ended[] {
  input.ended ??= findEnded(input);
  return input.ended;
}

// A citizen's month as one number: owner * SPAN + month position + OFFSET (dates run 1900–2100, so a
// position lies within ±OFFSET months of any report month).
const SPAN = 8192;
const OFFSET = 4096;

function findEnded(input: ComputedInput): Ended[] {
  const { valid, asOf, targetGroups } = input;
  const pos = monthPosition(input.months);
  const included = targetGroups ? new Set(targetGroups) : null;
  const withHours = new Set<number>();
  valid.hours.forEach((h, i) => {
    if (h.hours > 0) withHours.add(valid.hoursOwner[i] * SPAN + pos(h.month) + OFFSET);
  });
  const out: Ended[] = [];
  valid.placements.forEach((p, i) => {
    if (!p.endDate || p.endDate > asOf || !GUARDRAIL_TYPES.includes(p.type)) return;
    const owner = valid.placementOwner[i];
    const citizen = valid.citizens[owner];
    if (!citizen || (included && !included.has(citizen.targetGroup))) return;
    const endPos = pos(p.endDate);
    let converted = p.endReason === 'Ordinære timer eller job';
    for (let k = 1; k <= CONVERSION_MONTHS && !converted; k++)
      converted = withHours.has(owner * SPAN + endPos + k + OFFSET);
    const short = daysBetween(p.startDate, p.endDate) < SHORT_PLACEMENT_DAYS;
    out.push({ owner, endPos, short, converted });
  });
  return out;
}

/** True when the computed workbook has any guardrail placement that has ended (else the guardrails are not shown). */
export function hasEndedPlacements(input: ComputedInput): boolean {
  return endedPlacements(input).length > 0;
}

/**
 * Short placements in month m: guardrail placements ending in m with Slutdato - Startdato < 28 days, over
 * guardrail placements ending in m (both on or before the as-of date). Lower is better.
 */
export function shortPlacements(input: ComputedInput, goal: IndicatorGoal): IndicatorResult[] {
  return placementIndicator(input, goal, (e) => e.short, false);
}

/**
 * Conversion in month m: guardrail placements ending in m followed by Timer with ordinary hours > 0 in a
 * month m' with m < m' <= m + 3, or with Afslutningsårsag "Ordinære timer eller job", over the guardrail
 * placements ending in m. A month after the as-of month minus 3 months is not yet known.
 */
export function conversion(input: ComputedInput, goal: IndicatorGoal): IndicatorResult[] {
  return placementIndicator(input, goal, (e) => e.converted, true);
}

function placementIndicator(
  input: ComputedInput,
  goal: IndicatorGoal,
  hit: (e: Ended) => boolean,
  waitsThreeMonths: boolean,
): IndicatorResult[] {
  const { months, asOf } = input;
  const levels = new Levels(months.length);
  const pairs = pairsOf(input);
  const byPair = levels.byPair(pairs);
  for (const e of endedPlacements(input)) {
    if (e.endPos < 0 || e.endPos >= months.length) continue;
    addTo(byPair[pairs.pairOf[e.owner]], e.endPos, hit(e));
  }
  if (waitsThreeMonths) {
    const lastKnown = monthIndex(monthOf(asOf)) - CONVERSION_MONTHS;
    months.forEach((m, i) => {
      if (monthIndex(m) > lastKnown) levels.markPending(i);
    });
  }
  return resultsOf(goal, levels, months);
}

/** The computed indicator by id. */
export const COMPUTED: Record<ComputedIndicatorId, (input: ComputedInput, goal: IndicatorGoal) => IndicatorResult[]> = {
  'cv-andel': cvShare,
  'korte-forloeb': shortPlacements,
  konvertering: conversion,
};

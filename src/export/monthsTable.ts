// The `maaneder` table of Fremdrift-udtræk v1: one row per level (Alle, Team, Sagsbehandler, VK), name and
// month, copied from the engine's JSON report (never recomputed), so Power BI shows Fremdrift's own numbers.
// Months measured up to the as-of date carry the counts; later months of the milestone plan carry only the
// plan (milestone, needed starts, expected ends) and `maalt` false.
import type { JsonMonth, JsonPlanMonth, JsonReport, JsonSlice } from '../app/jsonReport';
import { TABLE_COLUMNS, type ExportLevel, type ExportRow } from './schema';
import { suppressRow } from './suppress';

/** Who the rows are from: carried in every row so that many exports can be stacked. */
export interface ExportIdentity {
  kommunekode: string | null;
  projektmappe_id: string;
  opgjort_pr: string;
}

interface Slice {
  level: ExportLevel;
  name: string | null;
  team: string | null;
  series: JsonSlice;
}

/** Every slice of the report: the whole, each team, each caseworker, each virksomhedskonsulent. */
export function slicesOf(report: JsonReport): Slice[] {
  return [
    { level: 'Alle', name: null, team: null, series: report },
    ...Object.entries(report.byTeam).map(([name, s]) => ({ level: 'Team' as const, name, team: name, series: s })),
    ...Object.entries(report.byCaseworker).map(([name, s]) => ({
      level: 'Sagsbehandler' as const,
      name,
      team: s.team,
      series: s,
    })),
    ...Object.entries(report.byConsultant).map(([name, s]) => ({
      level: 'VK' as const,
      name,
      team: s.team,
      series: s,
    })),
  ];
}

/** What a small brutto or i_indsats would give back: every figure computed from the counts in that row. */
const FROM_COUNTS = [
  'andel',
  'bestaaet',
  'i_traek',
  'afstand_til_maal',
  'milepael_andel',
  'milepael_status',
  'milepael_afstand',
];
const DERIVED = { brutto: FROM_COUNTS, i_indsats: FROM_COUNTS, visiterede: FROM_COUNTS };

function measuredCells(m: JsonMonth | undefined): ExportRow {
  return {
    maalt: m !== undefined,
    brutto: m?.gross ?? null,
    i_indsats: m?.active ?? null,
    visiterede: m?.visited ?? null,
    andel: m?.share ?? null,
    bestaaet: m ? m.passes : null,
    i_traek: m?.streak ?? null,
    afstand_til_maal: m?.gapToGoal ?? null,
    starter: m?.starts ?? null,
    afgange: m?.ends ?? null,
  };
}

function planCells(m: JsonMonth | undefined, p: JsonPlanMonth | undefined): ExportRow {
  return {
    milepael: p?.milestoneCount ?? m?.milestone?.count ?? null,
    milepael_andel: p?.milestoneShare ?? m?.milestone?.share ?? null,
    milepael_status: p?.status ?? m?.milestone?.status ?? null,
    milepael_afstand: p?.gap ?? m?.milestone?.gap ?? null,
    noedvendige_starter: p?.neededStarts ?? null,
    forventede_afgange: p?.expectedEnds ?? null,
  };
}

function sliceRows(report: JsonReport, slice: Slice, id: ExportIdentity, suppress: boolean): ExportRow[] {
  const measured = new Map(slice.series.months.map((m) => [m.month, m]));
  const planned = new Map(slice.series.plan.map((p) => [p.month, p]));
  const months = [...new Set([...measured.keys(), ...planned.keys()])].sort();
  return months.map((month) => {
    const m = measured.get(month);
    const row: ExportRow = {
      ...id,
      maalregel: report.rule.id,
      niveau: slice.level,
      navn: slice.name,
      team: slice.team,
      maaned: month,
      ...measuredCells(m),
      ...planCells(m, planned.get(month)),
    };
    return suppressRow(row, TABLE_COLUMNS.maaneder, suppress, DERIVED);
  });
}

/** The `maaneder` rows of one workbook's report. */
export function monthRows(report: JsonReport, id: ExportIdentity, suppress: boolean): ExportRow[] {
  return slicesOf(report).flatMap((slice) => sliceRows(report, slice, id, suppress));
}

// The count tables of Fremdrift-udtræk v1: signals per level and kind, agreements per level and status, and
// the reconciliation with STAR per month. Counted from the engine's JSON report only (its signals, agreements
// and reconciliation), never from the input tables, so the export and the workbook cannot disagree.
import { AGREEMENT_STATUSES } from '../domain/model';
import { SIGNAL_KINDS } from '../domain/report';
import type { JsonReport } from '../app/jsonReport';
import type { ExportIdentity } from './monthsTable';
import { TABLE_COLUMNS, type ExportLevel, type ExportRow } from './schema';
import { suppressRow } from './suppress';

interface Named {
  level: ExportLevel;
  name: string | null;
  team: string | null;
}

/** Adds `name` at `level` once, keeping the first team seen for it. */
function addName(into: Map<string, Named>, level: ExportLevel, name: string | null, team: string | null) {
  const key = `${level}\u0000${name ?? ''}`;
  if (!into.has(key)) into.set(key, { level, name, team });
}

const teamOf = (report: JsonReport, person: string): string | null =>
  report.byCaseworker[person]?.team ?? report.byConsultant[person]?.team ?? null;

/** Every level and name the report has slices for, so each gets a row even with a count of 0. */
function reportNames(report: JsonReport): Map<string, Named> {
  const names = new Map<string, Named>();
  addName(names, 'Alle', null, null);
  for (const team of Object.keys(report.byTeam)) addName(names, 'Team', team, team);
  for (const [name, s] of Object.entries(report.byCaseworker)) addName(names, 'Sagsbehandler', name, s.team);
  for (const [name, s] of Object.entries(report.byConsultant)) addName(names, 'VK', name, s.team);
  return names;
}

const keyOf = (level: ExportLevel, name: string | null) => `${level}\u0000${name ?? ''}`;

/** The `signaler` rows: for every level, name and signal kind, how many signals there are on the as-of date. */
export function signalRows(report: JsonReport, id: ExportIdentity, suppress: boolean): ExportRow[] {
  const names = reportNames(report);
  const counts = new Map<string, number>();
  for (const s of report.signals) {
    const consultant = typeof s.companyConsultant === 'string' ? s.companyConsultant : null;
    const at: [ExportLevel, string | null, string | null][] = [
      ['Alle', null, null],
      ['Sagsbehandler', s.caseworker, s.team ?? teamOf(report, s.caseworker)],
    ];
    if (s.team !== null) at.push(['Team', s.team, s.team]);
    if (consultant !== null) at.push(['VK', consultant, teamOf(report, consultant)]);
    for (const [level, name, team] of at) {
      addName(names, level, name, team);
      const key = `${keyOf(level, name)}\u0000${s.kind}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...names.values()].flatMap((n) =>
    SIGNAL_KINDS.map((kind) =>
      suppressRow(
        {
          ...id,
          niveau: n.level,
          navn: n.name,
          team: n.team,
          signal: kind,
          antal: counts.get(`${keyOf(n.level, n.name)}\u0000${kind}`) ?? 0,
        },
        TABLE_COLUMNS.signaler,
        suppress,
      ),
    ),
  );
}

/** The `aftaler` rows: for Alle, each team and each person, how many agreements per status, and how many overdue. */
export function agreementRows(report: JsonReport, id: ExportIdentity, suppress: boolean): ExportRow[] {
  const names = new Map<string, Named>();
  addName(names, 'Alle', null, null);
  const counts = new Map<string, { antal: number; forfaldne: number }>();
  for (const a of report.agreements) {
    const team = teamOf(report, a.caseworker);
    const overdue = a.status === 'Åben' && a.due !== null && a.due < report.asOf;
    const at: [ExportLevel, string | null, string | null][] = [['Alle', null, null]];
    if (team !== null) at.push(['Team', team, team]);
    at.push(['Sagsbehandler', a.caseworker, team]);
    for (const [level, name, t] of at) {
      addName(names, level, name, t);
      const key = `${keyOf(level, name)}\u0000${a.status}`;
      const c = counts.get(key) ?? { antal: 0, forfaldne: 0 };
      counts.set(key, { antal: c.antal + 1, forfaldne: c.forfaldne + (overdue ? 1 : 0) });
    }
  }
  return [...names.values()].flatMap((n) =>
    AGREEMENT_STATUSES.map((status) => {
      const c = counts.get(`${keyOf(n.level, n.name)}\u0000${status}`) ?? { antal: 0, forfaldne: 0 };
      const row = { ...id, niveau: n.level, navn: n.name, team: n.team, status, ...c };
      return suppressRow(row, TABLE_COLUMNS.aftaler, suppress);
    }),
  );
}

/** The `afstemning` rows: per reconciled month, STAR's figures, the figures at close and now. */
export function reconciliationRows(report: JsonReport, id: ExportIdentity, suppress: boolean): ExportRow[] {
  return report.reconciliation.map((r) =>
    suppressRow(
      {
        ...id,
        maaned: r.month,
        star_brutto: r.star?.gross ?? null,
        star_i_indsats: r.star?.active ?? null,
        lukket_brutto: r.closed?.gross ?? null,
        lukket_i_indsats: r.closed?.active ?? null,
        lukket_dato: r.closed?.closedOn ?? null,
        nu_brutto: r.now?.gross ?? null,
        nu_i_indsats: r.now?.active ?? null,
        aendret_siden_lukning: r.closed ? r.changedSinceClose.length : null,
      },
      TABLE_COLUMNS.afstemning,
      suppress,
    ),
  );
}

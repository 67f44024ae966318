// The readable Danish summary the CLI prints for `report` (without --json), `demo` and `consolidate`: the
// headline first (status against the goal, gap to the goal, streak, earliest month against the deadline,
// tranche), then the latest month, the milestone and the teams, the teams' needed starts next month, and
// the data issues with the first three named by table, row and column. Shares truncated, counts beside
// them. Part of the text layer (Danish only, like the CLI).
import { addMonths, formatDanishDate, monthOf } from '../domain/dates';
import type { Report } from '../domain/report';
import { issueText } from './issues';
import { formatCount, formatMonth, formatShare, formatShareOf } from './format';
import { headline } from './headline';
import { ruleName } from './rules';
import { gapToGoalText, statusText } from './status';
import { pushAll } from '../domain/collections';

export function summaryText(report: Report, source: string): string {
  const { rule } = report;
  const last = report.months.at(-1);
  const lines = [
    `Fremdrift – ${source}`,
    `Målregel: ${ruleName(rule.id, 'da')} (${rule.id}); tærskel ${rule.threshold} %, ${rule.monthsInARow} ${rule.monthsInARow === 1 ? 'måned' : 'måneder i træk'}`,
    `Opgjort pr. ${formatDanishDate(report.asOf)}, ${report.months.length} måneder`,
    ...headline(report, 'da').map((h) => `${h.label}: ${h.value}`),
  ];
  if (last) {
    lines.push(
      `Seneste måned (${formatMonth(last.month, 'da')}): ${formatCount(last.active, last.gross, 'da')} borgere = ${formatShareOf(last.active, last.gross, 'da')} (mål ${rule.threshold} %)`,
    );
    if (last.milestone) {
      lines.push(
        `Milepæl: ${formatShare(last.milestone.share, 'da')} = ${last.milestone.count} borgere · ${statusText(last.milestone.status, 'da') || '–'} · ${last.milestone.gap ?? '–'} mangler til milepælen · ${gapToGoalText(last.gapToGoal, 'da')}`,
      );
    }
  }
  const teams = Object.keys(report.byTeam).sort((a, b) => a.localeCompare(b, 'da'));
  if (teams.length > 0) {
    lines.push('Teams (seneste måned):');
    for (const team of teams) {
      const m = report.byTeam[team].months.at(-1);
      const share = m ? formatShareOf(m.active, m.gross, 'da') : '–';
      const status = statusText(m?.milestone?.status ?? null, 'da');
      lines.push(
        `  ${team.padEnd(16)} ${String(m?.active ?? 0).padStart(4)} af ${String(m?.gross ?? 0).padStart(4)} = ${share.padStart(7)}  ${[status, gapToGoalText(m?.gapToGoal ?? null, 'da')].filter(Boolean).join(' · ')}`,
      );
    }
  }
  pushAll(lines, neededStartsLines(report, teams));
  pushAll(lines, issueLines(report));
  return lines.join('\n');
}

/** Needed starts next month for the whole and each team (DOMAIN.md section 4), from the milestone plans. */
function neededStartsLines(report: Report, teams: readonly string[]): string[] {
  const next = addMonths(monthOf(report.asOf), 1);
  const needed = (plan: Report['plan']) => plan.find((p) => p.month === next)?.neededStarts ?? null;
  const whole = needed(report.plan);
  if (whole === null)
    return [`Nødvendige starter i ${formatMonth(next, 'da')}: kræver Basismåned og Deadline i Indstillinger`];
  const cell = (n: number | null) => (n === null ? '–' : String(n)).padStart(4);
  return [
    `Nødvendige starter i ${formatMonth(next, 'da')} (næste måned) for at nå milepælen:`,
    ...teams.map((team) => `  ${team.padEnd(16)} ${cell(needed(report.byTeam[team].plan))}`),
    `  ${'Alle'.padEnd(16)} ${cell(whole)}`,
  ];
}

const LISTED_ISSUES = 3;

/** The count of errors and warnings, then the first three issues (errors first) by table, row and column. */
function issueLines(report: Report): string[] {
  const errors = report.issues.filter((i) => i.severity === 'error');
  const ordered = [...errors, ...report.issues.filter((i) => i.severity !== 'error')];
  const lines = [`Datakvalitet: ${errors.length} fejl, ${report.issues.length - errors.length} advarsler`];
  for (const i of ordered.slice(0, LISTED_ISSUES)) {
    const where = [i.table, i.row ? `række ${i.row}` : null, i.column ? `kolonne ${i.column}` : null];
    lines.push(
      `  ${i.severity === 'error' ? 'Fejl' : 'Advarsel'}: ${where.filter(Boolean).join(', ')}: ${issueText(i, 'da')}`,
    );
  }
  if (ordered.length > LISTED_ISSUES)
    lines.push(`  … og ${ordered.length - LISTED_ISSUES} flere; se arket Datakvalitet`);
  return lines;
}

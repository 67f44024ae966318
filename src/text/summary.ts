// The readable Danish summary the CLI prints for `report` (without --json), `demo` and `consolidate`: the
// headline first (status against the goal, gap to the goal, streak, earliest month against the deadline,
// tranche), then the latest month, the milestone and the teams. Shares truncated, counts beside them.
// Part of the text layer (Danish only, like the CLI).
import { formatDanishDate } from '../domain/dates';
import type { Report } from '../domain/report';
import { formatCount, formatMonth, formatShare, formatShareOf } from './format';
import { headline } from './headline';
import { ruleName } from './rules';
import { gapToGoalText, statusText } from './status';

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
  const errors = report.issues.filter((i) => i.severity === 'error').length;
  lines.push(`Datakvalitet: ${errors} fejl, ${report.issues.length - errors} advarsler`);
  return lines.join('\n');
}

// The readable Danish summary printed by `report` (without --json), `demo` and `consolidate`.
import { formatDanishDate, formatDanishMonth } from '../domain/dates';
import type { Report } from '../domain/report';

export function pct(share: number | null | undefined): string {
  return share === null || share === undefined ? '–' : `${(share * 100).toFixed(1).replace('.', ',')} %`;
}

export function summaryText(report: Report, source: string): string {
  const { rule, goal } = report;
  const last = report.months.at(-1);
  const lines = [
    `Fremdrift – ${source}`,
    `Målregel: ${rule.name} (${rule.id}); tærskel ${rule.threshold} %, ${rule.monthsInARow} ${rule.monthsInARow === 1 ? 'måned' : 'måneder i træk'}`,
    `Opgjort pr. ${formatDanishDate(report.asOf)}, ${report.months.length} måneder`,
  ];
  if (last) {
    lines.push(`Seneste måned (${formatDanishMonth(last.month)}): ${last.active} af ${last.gross} borgere = ${pct(last.share)} (mål ${rule.threshold} %)`);
    if (last.milestone) {
      lines.push(`Milepæl: ${pct(last.milestone.share)} = ${last.milestone.count} borgere · status ${last.milestone.status ?? '–'} · gab ${last.milestone.gap ?? '–'}`);
    }
  }
  lines.push(
    `Måneder i træk: ${goal.currentStreak} af ${rule.monthsInARow} · Mål nået: ${goal.met ? `ja (${formatDanishMonth(goal.metInMonth!)})` : 'nej'} · Måneder tilbage: ${goal.monthsLeft}`,
  );
  const teams = Object.keys(report.byTeam).sort((a, b) => a.localeCompare(b, 'da'));
  if (teams.length > 0) {
    lines.push('Teams (seneste måned):');
    for (const team of teams) {
      const m = report.byTeam[team].months.at(-1);
      lines.push(`  ${team.padEnd(16)} ${String(m?.active ?? 0).padStart(4)} af ${String(m?.gross ?? 0).padStart(4)} = ${pct(m?.share).padStart(7)}  ${m?.milestone?.status ?? ''}`);
    }
  }
  const errors = report.issues.filter((i) => i.severity === 'error').length;
  lines.push(`Datakvalitet: ${errors} fejl, ${report.issues.length - errors} advarsler`);
  return lines.join('\n');
}

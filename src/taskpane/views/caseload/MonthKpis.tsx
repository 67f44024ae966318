// The chosen person's month in Min sagsstamme: gross and active citizens and the share against the
// milestone, each a way into the drill-down.
import type { MonthStats, Scope } from '../../../domain/report';
import { statusWithGap } from '../../../text';
import { Kpi, KpiRow } from '../../components/Kpi';
import { useApp } from '../../context';

export function MonthKpis({ stats, scope }: { stats: MonthStats; scope: Scope }) {
  const { tx } = useApp();
  const month = stats.month;
  return (
    <KpiRow>
      <Kpi label={tx.t('kpiGross')} value={tx.number(stats.gross)} drill={{ scope, month, measure: 'gross' }} />
      <Kpi label={tx.t('kpiActive')} value={tx.number(stats.active)} drill={{ scope, month, measure: 'active' }} />
      <Kpi
        label={tx.t('kpiShare')}
        value={tx.percent(stats.share)}
        note={
          stats.milestone
            ? `${tx.t('kpiMilestone')}: ${tx.number(stats.milestone.count)} (${statusWithGap(stats.milestone.status, stats.gapToGoal, tx.locale)}) · ${tx.plural('gapCitizens', stats.milestone.gap ?? 0)}`
            : tx.t('noMilestone')
        }
        drill={{ scope, month, measure: 'notActive' }}
      />
    </KpiRow>
  );
}

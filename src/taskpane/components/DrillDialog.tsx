// Lists the citizens behind a figure (measurement.drill) with each one's caseworker and placement that
// month (type, company, end date). Clicking a citizen chooses it for the forms, its actions open a quick
// form for it (closing the dialog); Escape or Luk closes it.
import React from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { placementInMonth, placementsByCitizen } from '../../domain/dialogue';
import type { DrillQuery } from '../../domain/report';
import { useApp } from '../context';
import { CitizenButton } from '../views/dialog/CitizenButton';
import { RowActions } from './RowActions';

const useStyles = makeStyles({
  list: {
    maxHeight: '320px',
    overflowY: 'auto',
    overflowWrap: 'anywhere',
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
  },
});

export default function DrillDialog({ query, title, onClose }: { query: DrillQuery; title: string; onClose(): void }) {
  const { tx, measurement, caseload } = useApp();
  const s = useStyles();
  const ids = measurement.drill(query);
  const byId = new Map(caseload.citizens.map((c) => [c.id, c]));
  const placements = placementsByCitizen(caseload.placements);
  return (
    <Dialog open onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>
            {title}: {tx.month(query.month)} ({ids.length})
          </DialogTitle>
          <DialogContent>
            <p>{tx.t('citizensBehind')}</p>
            {/* A scrolling list must be reachable by keyboard (axe: scrollable-region-focusable). */}
            <ul data-testid="drill-list" className={s.list} tabIndex={0} aria-label={title}>
              {ids.map((id) => {
                const c = byId.get(id);
                const p = placementInMonth(placements.get(id), query.month);
                const placement = p
                  ? [p.type, p.company, p.endDate ? tx.t('until', { date: tx.date(p.endDate) }) : tx.t('openEnded')]
                      .filter(Boolean)
                      .join(', ')
                  : '';
                return (
                  <li key={id}>
                    <CitizenButton id={id} onChosen={onClose} />
                    <RowActions citizenId={id} onChosen={onClose} />
                    {c?.name ? ` – ${c.name}` : ''}
                    {c ? ` (${c.caseworker})` : ''}
                    {placement ? `: ${placement}` : ''}
                  </li>
                );
              })}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {tx.t('close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

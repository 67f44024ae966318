// "Siden sidste dialog" (issue 23): since the previous dialogue with this person (or the latest close),
// who moved forward or back in Parathed and who started or ended a counted Forløb. The movement itself
// is src/domain/movement.ts, the same as the printed Månedsdialog's.
import React from 'react';
import { caseloadMovement, type Movement } from '../../../domain/movement';
import { monthOf } from '../../../domain/dates';
import type { Readiness } from '../../../domain/model';
import type { Texts } from '../../../text/ui';
import { useApp } from '../../context';
import { STATUS_KEYS } from '../../status';
import { useShared } from '../../styles';
import { CitizenButton } from './CitizenButton';

type Line = { label: string; items: { id: string; detail: string }[] };

function heading(m: Movement | null, tx: Texts): string {
  if (!m) return tx.t('sinceLastDialogue');
  return m.sinceSource === 'dialogue'
    ? tx.t('sinceDialogue', { date: tx.date(m.since) })
    : tx.t('sinceClose', { month: tx.month(monthOf(m.since)), date: tx.date(m.since) });
}

function lines(m: Movement, tx: Texts): Line[] {
  const word = (r: Readiness) => tx.t(STATUS_KEYS[r]);
  const moved = (list: Movement['forward']) =>
    list.map((x) => ({ id: x.citizenId, detail: tx.t('readinessFromTo', { from: word(x.was), to: word(x.now) }) }));
  const placed = (list: Movement['started']) => list.map((x) => ({ id: x.citizenId, detail: x.type }));
  return [
    { label: tx.t('movedForward'), items: moved(m.forward) },
    { label: tx.t('movedBack'), items: moved(m.back) },
    { label: tx.t('started'), items: placed(m.started) },
    { label: tx.t('ended'), items: placed(m.ended) },
  ];
}

export function SinceLastDialogue({ person, citizenIds }: { person: string; citizenIds: ReadonlySet<string> }) {
  const { tx, measurement, caseload } = useApp();
  const shared = useShared();
  const { report } = measurement;
  const m = caseloadMovement(caseload, person, citizenIds, report.rule.counts, report.asOf);
  return (
    <div data-testid="dialog-since">
      <h4 className={shared.h4}>{heading(m, tx)}</h4>
      {!m ? (
        <p className={shared.plain}>{tx.t('sinceNothing')}</p>
      ) : (
        <ul className={shared.list}>
          {lines(m, tx).map(({ label, items }) => (
            <li key={label}>
              <strong>{label}:</strong>{' '}
              {items.length === 0
                ? tx.t('nobody')
                : items.map((x, i) => (
                    <React.Fragment key={x.id}>
                      {i > 0 && ', '}
                      <CitizenButton id={x.id} /> ({x.detail})
                    </React.Fragment>
                  ))}
            </li>
          ))}
          {m.closedMonth === null && <li>{tx.t('readinessUnknownAtClose')}</li>}
        </ul>
      )}
    </div>
  );
}

// The caseworker's signals: the first few up front (the engine sorts the most urgent first), the rest
// folded out so a long list does not push the forms off the pane. A signal about a citizen has the
// citizen's row actions (open a quick form for them).
import React from 'react';
import type { Signal } from '../../domain/report';
import { signalText } from '../../text';
import { useApp } from '../context';
import { useShared } from '../styles';
import { RowActions } from './RowActions';

/** Signals listed up front. */
export const SIGNALS_SHOWN = 6;

function Item({ s }: { s: Signal }) {
  const { tx } = useApp();
  return (
    <li>
      {s.citizenId && (
        <>
          <strong>{s.citizenId}</strong>
          <RowActions citizenId={s.citizenId} />:{' '}
        </>
      )}
      {signalText(s, tx.locale)}
    </li>
  );
}

export function SignalList({ signals }: { signals: readonly Signal[] }) {
  const { tx } = useApp();
  const shared = useShared();
  if (signals.length === 0) return <p className={shared.plain}>{tx.t('noSignals')}</p>;
  const rest = signals.slice(SIGNALS_SHOWN);
  return (
    <ul data-testid="signals" className={shared.list}>
      {signals.slice(0, SIGNALS_SHOWN).map((s, i) => (
        <Item key={i} s={s} />
      ))}
      {rest.length > 0 && (
        <li>
          <details>
            <summary>{tx.plural('moreSignals', rest.length)}</summary>
            <ul className={shared.list}>
              {rest.map((s, i) => (
                <Item key={i} s={s} />
              ))}
            </ul>
          </details>
        </li>
      )}
    </ul>
  );
}

// The person's citizens in the month in the dialogue's groups: I gang first (counted activity that
// month, never mixed into the readiness groups), then Klar / Tæt på / Længere fra / Ikke vurderet; each
// with placement, company, end date and next step.
import React from 'react';
import { DIALOGUE_GROUPS, dialogueGroup, placementInMonth } from '../../../domain/dialogue';
import type { Citizen, MonthKey, Placement } from '../../../domain/model';
import { useApp } from '../../context';
import { STATUS_KEYS } from '../../status';
import { useShared } from '../../styles';
import { CitizenButton } from './CitizenButton';

export function Groups({
  citizens,
  active,
  placements,
  month,
}: {
  citizens: Citizen[];
  active: ReadonlySet<string>;
  placements: Map<string, Placement[]>;
  month: MonthKey;
}) {
  const { tx } = useApp();
  const shared = useShared();
  const placementText = (c: Citizen) => {
    const p = placementInMonth(placements.get(c.id), month);
    if (!p) return tx.t('noPlacement');
    return [p.type, p.company, p.endDate ? tx.t('until', { date: tx.date(p.endDate) }) : tx.t('openEnded')]
      .filter(Boolean)
      .join(', ');
  };
  return (
    <div data-testid="dialog-groups">
      {DIALOGUE_GROUPS.map((g) => {
        const group = citizens.filter((c) => dialogueGroup(c, active) === g);
        if (group.length === 0) return null;
        const label = tx.t(STATUS_KEYS[g]);
        return (
          <section key={g} aria-label={label}>
            <h4 className={shared.h4}>
              {label} ({group.length})
            </h4>
            <ul className={shared.list}>
              {group.map((c) => (
                <li key={c.id}>
                  <CitizenButton id={c.id} />
                  {c.name ? ` ${c.name}` : ''}: {placementText(c)}. {c.nextStep || '–'}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

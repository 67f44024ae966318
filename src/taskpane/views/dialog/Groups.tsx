// The person's citizens in the month in the dialogue's groups: I gang first (counted activity that
// month, never mixed into the readiness groups), then Klar / Tæt på / Længere fra / Ikke vurderet. Each
// line: the placement when there is one (no "intet forløb" repeated down the list), the next step, the
// VK and the time since the last activity (domain/dialogue.ts lastActivity). `lineActions` is the slot
// for per-citizen actions (the caseload view's RowActions), rendered at the end of each line.
import React from 'react';
import {
  citizenConsultant,
  dialogueGroup,
  lastActivity,
  placementInMonth,
  type DialogueGroup,
} from '../../../domain/dialogue';
import type { Citizen, HoursEntry, MonthKey, Placement } from '../../../domain/model';
import { useApp } from '../../context';
import { STATUS_KEYS } from '../../status';
import { useShared } from '../../styles';
import { CitizenButton } from './CitizenButton';

interface GroupsProps {
  /** Which groups, in this order (the meeting shows Klar and Tæt på first, the rest after). */
  groups: readonly DialogueGroup[];
  citizens: Citizen[];
  active: ReadonlySet<string>;
  placements: Map<string, Placement[]>;
  hours: Map<string, HoursEntry[]>;
  month: MonthKey;
  lineActions?: (citizen: Citizen) => React.ReactNode;
  testId: string;
}

export function Groups({ groups, citizens, active, placements, hours, month, lineActions, testId }: GroupsProps) {
  const { tx, asOf } = useApp();
  const shared = useShared();
  const line = (c: Citizen) => {
    const p = placementInMonth(placements.get(c.id), month);
    const vk = citizenConsultant(c, p);
    const last = lastActivity(placements.get(c.id), hours.get(c.id), asOf);
    const parts = [
      p &&
        [p.type, p.company, p.endDate ? tx.t('until', { date: tx.date(p.endDate) }) : tx.t('openEnded')]
          .filter(Boolean)
          .join(', '),
      c.nextStep,
      vk ? tx.t('consultantIs', { name: vk }) : tx.t('noConsultant'),
      last.kind === 'ongoing'
        ? tx.t('activityOngoing')
        : last.kind === 'none'
          ? tx.t('activityNone')
          : last.daysAgo === 0
            ? tx.t('activityToday')
            : tx.plural('activityDaysAgo', last.daysAgo),
    ];
    return parts.filter(Boolean).join(' · ');
  };
  return (
    <div data-testid={testId}>
      {groups.map((g) => {
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
                <li key={c.id} data-citizen={c.id}>
                  <CitizenButton id={c.id} />
                  {c.name ? ` ${c.name}` : ''}: {line(c)}
                  {lineActions?.(c)}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

// Value tests for the monthly dialogue's shared choices (src/domain/dialogue.ts), which both the task pane
// and the printed Månedsdialog sheet use: groups, the placement of a month, open agreements, signals.
import {
  DIALOGUE_GROUPS,
  dialogueGroup,
  openAgreements,
  personScope,
  personSignals,
  placementInMonth,
  placementsByCitizen,
} from '../../../src/domain/dialogue';
import type { Agreement, Citizen, Placement } from '../../../src/domain/model';
import type { Signal } from '../../../src/domain/report';
import { countedMeasure } from '../../../src/domain/rules';

const citizen = (id: string, extra: Partial<Citizen> = {}): Citizen => ({
  row: 1,
  id,
  targetGroup: 'Aktivitetsparat kontanthjælp',
  team: 'Nord',
  caseworker: 'Anne',
  startDate: '2025-01-01',
  ...extra,
});
const placement = (row: number, startDate: string, endDate?: string, citizenId = 'A'): Placement => ({
  row,
  citizenId,
  type: 'Virksomhedspraktik',
  startDate,
  endDate,
});
const agreement = (row: number, date: string, extra: Partial<Agreement> = {}): Agreement => ({
  row,
  date,
  caseworker: 'Anne',
  text: `Aftale ${row}`,
  status: 'Åben',
  ...extra,
});
const signal = (citizenId: string | null, date: string | null, caseworker = 'Anne'): Signal => ({
  kind: 'notReviewed',
  citizenId,
  caseworker,
  companyConsultant: null,
  team: 'Nord',
  date,
  updated: null,
  reviewDays: 30,
});

describe('dialogue groups', () => {
  it('puts I gang first, then the readiness groups, then the not assessed', () => {
    expect(DIALOGUE_GROUPS).toEqual(['active', 'Klar', 'Tæt på', 'Længere fra', 'unknown']);
  });

  it('counts an active citizen as I gang whatever readiness was recorded', () => {
    expect(dialogueGroup(citizen('A', { readiness: 'Længere fra' }), new Set(['A']))).toBe('active');
  });

  it('uses the recorded readiness for a citizen not active in the month, and unknown without one', () => {
    const active = new Set(['X']);
    expect(dialogueGroup(citizen('A', { readiness: 'Tæt på' }), active)).toBe('Tæt på');
    expect(dialogueGroup(citizen('B', { readiness: 'Klar' }), active)).toBe('Klar');
    expect(dialogueGroup(citizen('C'), active)).toBe('unknown');
  });
});

describe('the placement shown for a month', () => {
  it('is undefined when no placement touches the month', () => {
    expect(placementInMonth([placement(1, '2025-01-01', '2025-02-28')], '2025-03')).toBeUndefined();
    expect(placementInMonth([placement(1, '2025-04-01')], '2025-03')).toBeUndefined();
    expect(placementInMonth(undefined, '2025-03')).toBeUndefined();
  });

  it('counts a placement that touches the month by one day at either end', () => {
    expect(placementInMonth([placement(1, '2025-01-01', '2025-03-01')], '2025-03')?.row).toBe(1);
    expect(placementInMonth([placement(2, '2025-03-31', '2025-05-01')], '2025-03')?.row).toBe(2);
  });

  it('prefers an open-ended placement, then the latest start', () => {
    const ended = placement(1, '2025-03-10', '2025-03-20');
    const open = placement(2, '2025-01-01');
    const laterEnded = placement(3, '2025-03-15', '2025-03-25');
    expect(placementInMonth([ended, open, laterEnded], '2025-03')?.row).toBe(2);
    expect(placementInMonth([ended, laterEnded], '2025-03')?.row).toBe(3);
  });

  it('groups placements by citizen, keeping each citizen’s order', () => {
    const by = placementsByCitizen([
      placement(1, '2025-01-01'),
      placement(2, '2025-02-01', undefined, 'B'),
      placement(3, '2025-03-01'),
    ]);
    expect([...by.keys()]).toEqual(['A', 'B']);
    expect(by.get('A')!.map((p) => p.row)).toEqual([1, 3]);
  });
});

describe('open agreements of a person', () => {
  it('keeps the person’s open agreements dated up to the end of the month, oldest first (row breaks ties)', () => {
    const list = [
      agreement(1, '2025-03-20'),
      agreement(2, '2025-03-05'),
      agreement(3, '2025-03-05'),
      agreement(4, '2025-04-01'),
      agreement(5, '2025-03-01', { status: 'Udført' }),
      agreement(6, '2025-03-01', { caseworker: 'Bo' }),
    ];
    expect(openAgreements(list, 'Anne', '2025-03').map((a) => a.row)).toEqual([2, 3, 1]);
  });
});

describe('signals of a person', () => {
  it('keeps signals about their citizens and their own undated ones, oldest first and undated last', () => {
    const list = [
      signal('A', '2025-03-20'),
      signal('Z', '2025-01-01'),
      signal(null, null),
      signal('B', '2025-03-01', 'Bo'),
      signal(null, '2025-02-01', 'Bo'),
    ];
    const got = personSignals(list, 'Anne', new Set(['A', 'B']));
    expect(got.map((s) => [s.citizenId, s.date])).toEqual([
      ['B', '2025-03-01'],
      ['A', '2025-03-20'],
      [null, null],
    ]);
  });
});

describe('a person in a role', () => {
  it('drills a sagsbehandler by caseworker and a virksomhedskonsulent by consultant', () => {
    expect(personScope('Sagsbehandler', 'Anne')).toEqual({ kind: 'caseworker', caseworker: 'Anne' });
    expect(personScope('Virksomhedskonsulent', 'Vera')).toEqual({ kind: 'consultant', consultant: 'Vera' });
  });
});

describe('what a goal counts as in activity', () => {
  it('is visited citizens on the visited basis (fsm-rate2) and active ones otherwise', () => {
    expect(countedMeasure({ basis: 'visited' })).toBe('visited');
    expect(countedMeasure({ basis: 'active' })).toBe('active');
  });
});

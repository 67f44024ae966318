// Ends are ends (issue 21): a placement ends in month m only when its Slutdato <= min(last(m), as-of date),
// and starts only when its Startdato has come. A Slutdato later in the running month is "planlagt
// afsluttet": counted apart (plannedEnds, drill 'plannedEnds'), never as an end, and never in the
// observed end rate behind expected ends and needed starts.
import { measure, type Caseload, type Citizen, type Placement } from '../../../src/domain';

const person = (row: number, id: string): Citizen => ({
  row,
  id,
  targetGroup: 'Aktivitetsparat kontanthjælp',
  team: 'Nord',
  caseworker: 'Anne',
  startDate: '2026-01-01',
});
const job = (row: number, citizenId: string, startDate: string, endDate?: string): Placement => ({
  row,
  citizenId,
  type: 'Job',
  startDate,
  endDate,
});

/** Late: ends 26 December; First: ends 1 December; Nov: ends 30 November; Soon: starts 15 December. */
const december = (lateEnd: string | undefined = '2026-12-26', settings: Caseload['settings'] = {}): Caseload => ({
  citizens: ['Late', 'First', 'Nov', 'Soon', 'Idle', 'Still'].map((id, i) => person(i + 1, id)),
  placements: [
    job(1, 'Late', '2026-06-01', lateEnd),
    job(2, 'First', '2026-06-01', '2026-12-01'),
    job(3, 'Nov', '2026-06-01', '2026-11-30'),
    job(4, 'Soon', '2026-12-15'),
    job(5, 'Still', '2026-06-01'),
  ],
  hours: [],
  settings: { ruleId: 'fsm-rate3', periodFrom: '2026-06', ...settings },
  issues: [],
});

const asOf2Dec = (caseload = december()) => measure(caseload, { asOf: '2026-12-02' });
const monthOf = (m: ReturnType<typeof measure>, month: string) => m.report.months.find((s) => s.month === month)!;
const drill = (m: ReturnType<typeof measure>, month: string, what: 'starts' | 'ends' | 'plannedEnds') =>
  m.drill({ scope: { kind: 'all' }, month, measure: what });

describe('ends are ends, as of 2 December 2026', () => {
  it('does not count a placement ending 26 December as an end in December, but as planned', () => {
    const m = asOf2Dec();
    expect(drill(m, '2026-12', 'ends')).toEqual(['First']);
    expect(drill(m, '2026-12', 'plannedEnds')).toEqual(['Late']);
    expect(monthOf(m, '2026-12')).toMatchObject({ ends: 1, plannedEnds: 1 });
    // Still running, so still in activity in December.
    expect(m.drill({ scope: { kind: 'all' }, month: '2026-12', measure: 'active' })).toContain('Late');
  });

  it('counts an end on 1 December and, in November, an end on 30 November', () => {
    const m = asOf2Dec();
    expect(drill(m, '2026-12', 'ends')).toContain('First');
    expect(drill(m, '2026-11', 'ends')).toEqual(['Nov']);
    expect(monthOf(m, '2026-11')).toMatchObject({ ends: 1, plannedEnds: 0 });
  });

  it('does not count a start later in the running month as a start yet', () => {
    const m = asOf2Dec();
    expect(drill(m, '2026-12', 'starts')).toEqual([]);
    expect(monthOf(m, '2026-12').starts).toBe(0);
  });

  it('counts the same rows as ends and starts once their dates have come (as of 31 December)', () => {
    const m = measure(december(), { asOf: '2026-12-31' });
    expect(drill(m, '2026-12', 'ends')).toEqual(['First', 'Late']);
    expect(drill(m, '2026-12', 'plannedEnds')).toEqual([]);
    expect(drill(m, '2026-12', 'starts')).toEqual(['Soon']);
    expect(monthOf(m, '2026-12')).toMatchObject({ ends: 2, plannedEnds: 0, starts: 1 });
  });

  it('counts planned ends in team and caseworker slices too', () => {
    const m = asOf2Dec();
    const team = m.report.byTeam['Nord'].months.find((s) => s.month === '2026-12')!;
    const worker = m.report.byCaseworker['Anne'].months.find((s) => s.month === '2026-12')!;
    expect([team.ends, team.plannedEnds, worker.ends, worker.plannedEnds]).toEqual([1, 1, 1, 1]);
  });
});

describe('expected ends use only ends that happened', () => {
  // Basismåned November, Deadline March: January to March are future months with expected ends.
  const plan = { baseMonth: '2026-11', deadline: '2027-03' };
  const januaryEnds = (lateEnd: string | undefined) =>
    asOf2Dec(december(lateEnd, plan)).report.plan.find((p) => p.month === '2027-01')!.expectedEnds;

  it('treats a planned end like no end at all, and an end that happened as an end', () => {
    const planned = januaryEnds('2026-12-26');
    expect(planned).toBe(januaryEnds(undefined));
    expect(januaryEnds('2026-12-02')).not.toBe(planned);
  });
});

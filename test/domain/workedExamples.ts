// The worked examples of DOMAIN.md section 4 as caseloads, shared by the domain and text tests.
import type { Caseload, Citizen } from '../../src/domain';

const citizen1 = (row: number, id: string, extra: Partial<Citizen> = {}): Citizen => ({
  row,
  id,
  targetGroup: 'Aktivitetsparat kontanthjælp',
  team: 'Team A',
  caseworker: 'Sofie',
  startDate: '2024-12-01',
  ...extra,
});

export const workedExample: Caseload = {
  citizens: [
    citizen1(1, 'A'),
    citizen1(2, 'B'),
    citizen1(3, 'C'),
    citizen1(4, 'D', { endDate: '2025-02-14', exitReason: 'Fraflytning' }),
    citizen1(5, 'E'),
  ],
  placements: [
    { row: 1, citizenId: 'A', type: 'Virksomhedspraktik', startDate: '2025-01-31', endDate: '2025-02-01' },
    { row: 2, citizenId: 'B', type: 'Løntilskud', startDate: '2024-11-01', endDate: '2024-12-31' },
    { row: 3, citizenId: 'D', type: 'Job', startDate: '2025-01-10' },
    { row: 4, citizenId: 'E', type: 'Nytteindsats', startDate: '2025-01-01', endDate: '2025-03-31' },
  ],
  hours: [
    { row: 1, citizenId: 'C', month: '2025-02', hours: 0 },
    { row: 2, citizenId: 'C', month: '2025-03', hours: 6 },
  ],
  settings: { ruleId: 'fsm-rate3', periodFrom: '2025-01', periodTo: '2025-03' },
  issues: [],
};

const citizen = (n: number, team: string, caseworker: string): Citizen => ({
  row: n,
  id: `C${n}`,
  targetGroup: 'Aktivitetsparat kontanthjælp',
  team,
  caseworker,
  startDate: '2024-12-01',
});

export const workedExample2: Caseload = {
  citizens: [
    ...[1, 2, 3, 4].map((n) => citizen(n, 'Team A', 'S1')),
    ...[5, 6].map((n) => citizen(n, 'Team A', 'S2')),
    ...[7, 8, 9, 10].map((n) => citizen(n, 'Team B', 'S3')),
  ],
  placements: [
    { row: 1, citizenId: 'C1', type: 'Virksomhedspraktik', startDate: '2025-01-01', endDate: '2025-05-31' },
    { row: 2, citizenId: 'C7', type: 'Løntilskud', startDate: '2025-02-01' },
    { row: 3, citizenId: 'C5', type: 'Job', startDate: '2025-03-01' },
  ],
  hours: [
    { row: 1, citizenId: 'C8', month: '2025-04', hours: 5 },
    { row: 2, citizenId: 'C8', month: '2025-05', hours: 3 },
  ],
  settings: { ruleId: 'fsm-rate3', baseMonth: '2025-01', deadline: '2025-06' },
  issues: [],
};

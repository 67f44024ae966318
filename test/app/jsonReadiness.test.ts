// The JSON report carries the readiness signals of issue 23 in its signals list, each with the citizen's
// `readinessSince` (null where unknown) and its Danish message; the JSON has no per-citizen list, so
// readinessSince travels with these signals.
import { toJsonReport } from '../../src/app/jsonReport';
import { measure, type Caseload, type Citizen } from '../../src/domain';
import { issueText } from '../../src/text/issues';

const asOf = '2025-06-15';
const person = (id: string, extra: Partial<Citizen>): Citizen => ({
  row: 1,
  id,
  targetGroup: 'Aktivitetsparat kontanthjælp',
  team: 'Nord',
  caseworker: 'Anne',
  startDate: '2025-01-01',
  updated: asOf,
  ...extra,
});

test('readyWithoutStart, readyWithoutVk and movedBack in the JSON signals, with readinessSince and a message', () => {
  const caseload: Caseload = {
    citizens: [
      person('A', { readiness: 'Klar', readinessSince: '2025-04-01' }),
      person('B', { readiness: 'Tæt på', companyConsultant: 'Kim' }),
    ],
    placements: [],
    hours: [],
    settings: { ruleId: 'fsm-rate3' },
    closedCitizens: [{ row: 1, month: '2025-05', citizenId: 'B', active: false, readiness: 'Klar' }],
    issues: [],
  };
  const json = toJsonReport(measure(caseload, { asOf }).report, (i) => issueText(i, 'da'));
  const mine = json.signals.filter((s) => ['readyWithoutStart', 'readyWithoutVk', 'movedBack'].includes(s.kind));
  expect(mine.map((s) => [s.kind, s.citizenId, s.readinessSince])).toEqual([
    ['readyWithoutStart', 'A', '2025-04-01'],
    ['readyWithoutVk', 'A', '2025-04-01'],
    ['movedBack', 'B', null],
  ]);
  expect(mine[0]).toMatchObject({ date: '2025-04-01', days: 30, caseworker: 'Anne', team: 'Nord' });
  expect(mine[0].message).toBe('Klar siden 01-04-2025 (mere end 30 dage) uden et startet forløb: aftal en start');
  expect(mine[2]).toMatchObject({ was: 'Klar', readiness: 'Tæt på', closedMonth: '2025-05' });
  expect(JSON.parse(JSON.stringify(json)).signals).toHaveLength(json.signals.length);
});

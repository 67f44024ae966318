import { generateCaseload } from '../support/synthetic';
import { demoCaseload } from '../../src/demo/demoCaseload';
import { readCaseload } from '../../src/workbook/read';
import { caseloadToTables } from '../../src/workbook/toTables';

test('caseloadToTables is the inverse of readCaseload for the demo', () => {
  const c = demoCaseload('2025-06-15');
  // The demo's one unreadable cell (CV "Måske") is not data, so it cannot come back; everything else does.
  expect({ ...readCaseload(caseloadToTables(c)), issues: [] }).toEqual({ ...c, issues: [] });
});

test('a synthetic caseload survives the round trip through raw tables (rows the reader refuses are reported)', () => {
  const c = generateCaseload({
    citizens: 300,
    placements: 400,
    hoursRows: 300,
    months: 12,
    startMonth: '2024-01',
    teams: 2,
    caseworkersPerTeam: 3,
    seed: 7,
  });
  const back = readCaseload(caseloadToTables(c));
  expect(back.citizens.length + back.issues.filter((i) => i.table === 'Borgere' && i.severity === 'error').length).toBe(
    c.citizens.length,
  );
  expect(back.settings).toEqual(c.settings);
});

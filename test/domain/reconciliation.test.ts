// Reconciliation with STAR: one row per month with a STAR_tal row or a close (Historik, level Alle),
// STAR's figures, the figures at close and now side by side.
import { measure, type Caseload } from '../../src/domain';
import { workedExample2 } from './workedExamples';

const withTables = (): Caseload => ({
  ...workedExample2,
  starFigures: [
    { row: 1, month: '2025-03', gross: 10, active: 2 },
    { row: 2, month: '2024-06', gross: 8, active: 1 },
  ],
  history: [
    {
      row: 1,
      month: '2025-03',
      level: 'Alle',
      name: '',
      gross: 10,
      active: 2,
      milestone: 3,
      ruleId: 'fsm-rate3',
      closedOn: '2025-04-10',
    },
    {
      row: 2,
      month: '2025-03',
      level: 'Team',
      name: 'Team A',
      gross: 6,
      active: 1,
      milestone: 2,
      ruleId: 'fsm-rate3',
      closedOn: '2025-04-10',
    },
    {
      row: 3,
      month: '2025-04',
      level: 'Alle',
      name: '',
      gross: 10,
      active: 4,
      milestone: 4,
      ruleId: 'fsm-rate3',
      closedOn: '2025-05-10',
    },
  ],
});

describe('reconciliation', () => {
  it('lists each month with STAR figures or a close, with the figures now beside them', () => {
    expect(measure(withTables(), { asOf: '2025-05-31' }).report.reconciliation).toEqual([
      { month: '2024-06', star: { gross: 8, active: 1 }, closed: null, now: null, changedSinceClose: [] },
      {
        month: '2025-03',
        star: { gross: 10, active: 2 },
        closed: { gross: 10, active: 2, closedOn: '2025-04-10' },
        now: { gross: 10, active: 3 },
        changedSinceClose: [],
      },
      {
        month: '2025-04',
        star: null,
        closed: { gross: 10, active: 4, closedOn: '2025-05-10' },
        now: { gross: 10, active: 4 },
        changedSinceClose: [],
      },
    ]);
  });

  it('is empty for a v1 workbook (no STAR_tal, no Historik)', () => {
    expect(measure(workedExample2, { asOf: '2025-05-31' }).report.reconciliation).toEqual([]);
  });
});

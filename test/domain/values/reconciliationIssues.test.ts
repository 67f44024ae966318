// Reconciliation and issue order by value: the first STAR_tal row and the first Alle close of a month
// win, team closes are ignored, months come in order with "now" only for measured months; issues are
// listed table by table in reading order, unknown tables last.
import { dataIssue, issuesInReadingOrder, type DataIssue } from '../../../src/domain/issues';
import { reconcile } from '../../../src/domain/reconciliation';
import type { MonthStats } from '../../../src/domain';

const stats = (month: string, gross: number, active: number) => ({ month, gross, active }) as MonthStats;

describe('reconcile', () => {
  it('puts STAR, the close and now side by side per month', () => {
    const result = reconcile(
      40,
      [stats('2025-10', 10, 4), stats('2025-11', 11, 5)],
      [
        { row: 1, month: '2025-11', gross: 12, active: 6 },
        { row: 2, month: '2025-11', gross: 99, active: 99 },
        { row: 3, month: '2025-09', gross: 8, active: 2 },
      ],
      [
        {
          row: 1,
          month: '2025-10',
          level: 'Team',
          name: 'Nord',
          gross: 1,
          active: 1,
          milestone: null,
          ruleId: 'fsm-rate3',
          closedOn: '2025-11-02',
        },
        {
          row: 2,
          month: '2025-10',
          level: 'Alle',
          name: '',
          gross: 9,
          active: 3,
          milestone: 4,
          ruleId: 'fsm-rate3',
          closedOn: '2025-11-03',
        },
        {
          row: 3,
          month: '2025-10',
          level: 'Alle',
          name: '',
          gross: 7,
          active: 7,
          milestone: 4,
          ruleId: 'fsm-rate3',
          closedOn: '2025-11-09',
        },
        {
          row: 4,
          month: '2025-12',
          level: 'Sagsbehandler',
          name: 'Anne',
          gross: 1,
          active: 1,
          milestone: null,
          ruleId: 'fsm-rate3',
          closedOn: '2026-01-02',
        },
      ],
    );
    expect(result).toEqual([
      {
        month: '2025-09',
        star: { gross: 8, active: 2, share: 0.25, passes: false },
        closed: null,
        now: null,
        grossDifference: null,
        changedSinceClose: [],
      },
      {
        month: '2025-10',
        star: null,
        closed: { gross: 9, active: 3, closedOn: '2025-11-03', atAdoption: false },
        now: { gross: 10, active: 4 },
        grossDifference: null,
        changedSinceClose: [],
      },
      {
        month: '2025-11',
        star: { gross: 12, active: 6, share: 0.5, passes: true },
        closed: null,
        now: { gross: 11, active: 5 },
        grossDifference: -1,
        changedSinceClose: [],
      },
    ]);
  });
});

describe('issues', () => {
  const at = (table: string, row: number, column = 'X'): DataIssue =>
    dataIssue('warning', { table, row, column }, 'required', {}, 'none');

  it('builds an issue from its parts', () => {
    expect(
      dataIssue('error', { table: 'Borgere', row: 2, column: 'Startdato' }, 'notADate', { value: 'x' }, 'rowSkipped'),
    ).toEqual({
      severity: 'error',
      table: 'Borgere',
      row: 2,
      column: 'Startdato',
      code: 'notADate',
      params: { value: 'x' },
      consequence: 'rowSkipped',
    });
  });

  it("orders issues table by table in the workbook's order, then by row, stable within a row, unknown tables last", () => {
    const list = [
      at('Ukendt', 1),
      at('Indstillinger', 1),
      at('Historik', 2),
      at('STAR_tal', 1),
      at('Aftaler', 1),
      at('Timer', 1),
      at('Forløb', 3),
      at('Forløb', 1),
      at('Borgere', 2, 'b'),
      at('Borgere', 2, 'a'),
      at('Borgere', 1),
    ];
    expect(issuesInReadingOrder(list).map((i) => `${i.table}${i.row}${i.column}`)).toEqual([
      'Borgere1X',
      'Borgere2b',
      'Borgere2a',
      'Forløb1X',
      'Forløb3X',
      'Timer1X',
      'Aftaler1X',
      'STAR_tal1X',
      'Historik2X',
      'Indstillinger1X',
      'Ukendt1X',
    ]);
  });
});

// The pane's reconciliation with STAR (DOMAIN.md section 6, issue 21): STAR's share and whether STAR's own
// figures meet the goal under STAR's count, "ved ibrugtagning" under a close made when Fremdrift was taken
// into use, and the gross difference under the difference in activity; in Danish and English.
import React from 'react';
import { render, screen, within } from '@testing-library/react';
import type { ReconciliationMonth } from '../../src/domain/report';
import { texts } from '../../src/text/ui';
import { FremdriftContext, type Fremdrift } from '../../src/taskpane/context';
import { Reconciliation } from '../../src/taskpane/views/goals/Reconciliation';

const months: ReconciliationMonth[] = [
  {
    month: '2026-03',
    star: { gross: 498, active: 199, share: 199 / 498, passes: false },
    closed: { gross: 500, active: 201, closedOn: '2026-09-10', atAdoption: true },
    now: { gross: 501, active: 203 },
    grossDifference: 3,
    changedSinceClose: [],
  },
  {
    month: '2026-10',
    star: { gross: 540, active: 220, share: 220 / 540, passes: true },
    closed: { gross: 540, active: 221, closedOn: '2026-11-10', atAdoption: false },
    now: { gross: 540, active: 222 },
    grossDifference: 0,
    changedSinceClose: [{ citizenId: 'B10007', was: false, now: true, wasInGroup: true, nowInGroup: true }],
  },
];

function cells(locale: 'da' | 'en', month: string) {
  render(
    <FremdriftContext.Provider value={{ tx: texts(locale) } as Fremdrift}>
      <Reconciliation months={months} />
    </FremdriftContext.Provider>,
  );
  const table = screen.getByTestId('reconciliation-table');
  return [...within(table).getByText(month).closest('tr')!.children] as HTMLElement[];
}

test('STAR share is truncated and a failing STAR month says so; a close at adoption is marked', () => {
  const row = cells('da', 'marts 2026');
  // 199 of 498 = 39,96 %: shown 39,9 %, not 40,0 %, and it does not meet the goal.
  expect(row[1].textContent).toBe('199 af 498' + '39,9\u00a0% · opfylder ikke målet');
  expect(row[2].textContent).toBe('201 af 500' + 'ved ibrugtagning');
  expect(row[2].title).toMatch(/^lukket 10-09-2026 ved ibrugtagning/);
  expect(row[4].textContent).toBe('+4' + 'brutto +3');
});

test('a passing STAR month, a close at the time and no gross difference', () => {
  const row = cells('da', 'oktober 2026');
  expect(row[1].textContent).toBe('220 af 540' + '40,7\u00a0% · opfylder målet');
  expect(row[2].textContent).toBe('221 af 540');
  expect(row[2].title).toBe('lukket 10-11-2026');
  expect(row[4].textContent).toBe('+2' + 'brutto 0');
});

test('the same facts in English', () => {
  const row = cells('en', 'March 2026');
  expect(row[1].textContent).toBe('199 of 498' + '39.9% · does not meet the goal');
  expect(row[2].textContent).toBe('201 of 500' + 'at adoption');
  expect(row[4].textContent).toBe('+4' + 'gross +3');
});

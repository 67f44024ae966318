// Indicators through the whole task pane (issue 24): rows typed into Indikatorer are measured by the engine and
// shown in Mål og milepæle (the section loads lazily, after the view) and, for a team row, in the dialogue of a
// caseworker in that team; a workbook without indicator rows shows neither.
import './setup';
import { screen, within } from '@testing-library/react';
import { INDIKATORER } from '../../src/workbook/contract';
import { MemoryWorkbook } from '../../src/workbook/memoryWorkbook';
import type { CellValue, RawTable } from '../../src/workbook/port';
import { renderApp, seedTables } from './fixtures';

jest.setTimeout(300000);

const row = (m: string, team: string | null, n: number, d: number): CellValue[] =>
  INDIKATORER.columns.map(
    (c) =>
      ({
        Måned: m,
        Indikator: 'Selvbooking af samtaler',
        Målgruppe: 'Jobparate kontanthjælpsmodtagere',
        Team: team,
        Tæller: n,
        Nævner: d,
        Kilde: 'Fagsystem',
      })[c.header] ?? null,
  );

function withIndicators(): MemoryWorkbook {
  const tables: Record<string, RawTable> = seedTables();
  tables.Indikatorer = {
    name: 'Indikatorer',
    headers: INDIKATORER.columns.map((c) => c.header),
    rows: [row('2025-01', 'Team Nord', 10, 40), row('2025-02', 'Team Nord', 17, 41), row('2025-02', 'Team Syd', 3, 12)],
  };
  return new MemoryWorkbook(tables);
}

async function open(user: ReturnType<typeof renderApp>['user'], tab: string) {
  await screen.findByRole('heading', { name: 'Min sagsstamme' });
  await user.click(screen.getByRole('tab', { name: tab }));
  await screen.findByRole('heading', { name: tab, level: 2 });
}

describe('indicators in the task pane', () => {
  it('shows a section per indicator in Mål og milepæle, loaded after the view', async () => {
    const { user } = renderApp('da', '2025-03-15', withIndicators());
    await open(user, 'Mål og milepæle');
    const section = await screen.findByRole('region', { name: 'Selvbooking af samtaler' });
    // Alle sums the team rows: February 20 of 53 = 37,7 % (March has no figures yet).
    expect(within(section).getByText('Værdi i februar 2025').nextElementSibling?.textContent).toBe(
      '37,7\u00a0% (20 af 53)',
    );
    expect(within(section).getByText('Fra målet').nextElementSibling?.textContent).toBe('2 borgere mangler til målet');
  });

  it('lists the team’s indicator in the dialogue of a caseworker in that team', async () => {
    const { user } = renderApp('da', '2025-03-15', withIndicators());
    await open(user, 'Månedsdialog');
    const block = await screen.findByTestId('dialog-indicators');
    expect(within(block).getByRole('heading', { level: 4 }).textContent).toBe('Indikatorer for Anna');
    expect(within(block).getByRole('listitem').textContent).toMatch(
      /^Selvbooking af samtaler \(Team Nord\): februar 2025: 41,4\u00a0% \(17 af 41\) · mål ≥ 40 % · bestået: Ja/,
    );
  });

  it('shows no indicators where the workbook has none', async () => {
    const { user } = renderApp();
    await open(user, 'Mål og milepæle');
    await screen.findByTestId('plan');
    expect(screen.queryByTestId('indicators')).toBeNull();
    await user.click(screen.getByRole('tab', { name: 'Månedsdialog' }));
    await screen.findByRole('heading', { name: 'Månedsdialog', level: 2 });
    expect(screen.queryByTestId('dialog-indicators')).toBeNull();
  });
});

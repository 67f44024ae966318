// Virksomheder in jsdom (issue 23): the companies of the seed (Netto by CVR, two spellings of Bageriet by
// name) with their figures, the VK filter, sorting by name, a line that opens to its placements (marked
// when ongoing without goal or agreement), the English words; and Start forløb offers the optional goal
// and written agreement and writes them.
import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import { FORLØB } from '../../src/workbook/contract';
import { MemoryWorkbook } from '../../src/workbook/memoryWorkbook';
import type { CellValue } from '../../src/workbook/port';
import { renderApp, rows, seedTables } from './fixtures';

jest.setTimeout(120_000);

/** The seed with the company columns and a few more placements: Netto (CVR; two spellings, once each, so the
 * name shown is the first in Danish order, NETTO), Bageriet by its folded name. */
function withCompanies() {
  const tables = seedTables();
  const headers = FORLØB.columns.map((c) => c.header);
  const row = (values: Record<string, CellValue>) => headers.map((h) => values[h] ?? null);
  tables.Forløb = {
    name: 'Forløb',
    headers,
    rows: [
      row({
        'Borger-ID': 'A1',
        Type: 'Virksomhedspraktik',
        Virksomhed: 'Netto',
        CVR: '12345678',
        Startdato: '2025-03-01',
        Virksomhedskonsulent: 'Vera',
      }),
      row({
        'Borger-ID': 'A2',
        Type: 'Virksomhedspraktik',
        Virksomhed: 'NETTO',
        Startdato: '2024-10-01',
        Slutdato: '2025-01-31',
        Afslutningsårsag: 'Ordinære timer eller job',
        Virksomhedskonsulent: 'Vera',
      }),
      row({
        'Borger-ID': 'B1',
        Type: 'Løntilskud',
        Virksomhed: 'Bageriet Kornet',
        Startdato: '2025-01-01',
        'Mål for forløbet': 'Løntimer',
        Virksomhedskonsulent: 'Kim',
      }),
      row({
        'Borger-ID': 'A3',
        Type: 'Løntilskud',
        Virksomhed: 'bageriet  kornet',
        Startdato: '2025-02-01',
        'Skriftlig aftale': 'Ja',
        Virksomhedskonsulent: 'Kim',
      }),
      row({
        'Borger-ID': 'A4',
        Type: 'Virksomhedspraktik',
        Virksomhed: 'Bageriet Kornet',
        Startdato: '2024-06-01',
        Slutdato: '2024-08-31',
        Afslutningsårsag: 'Helbred',
        Virksomhedskonsulent: 'Kim',
      }),
    ],
  };
  return new MemoryWorkbook(tables);
}

async function openCompanies(user: ReturnType<typeof renderApp>['user'], name = 'Virksomheder') {
  await user.click(await screen.findByRole('tab', { name }, { timeout: 30_000 }));
  await screen.findByRole('heading', { name, level: 2 }, { timeout: 30_000 });
  // The list follows once the company overview is computed (just after the first view).
  return screen.findByTestId('companies', {}, { timeout: 30_000 });
}

const names = (list: HTMLElement) =>
  within(list)
    .getAllByRole('button')
    .map((b) => b.textContent!.replace(/^[▸▾]/, '').replace(/ · CVR.*/, ''));

describe('Virksomheder', () => {
  it('lists companies by CVR or folded name with their figures, sorted by ongoing', async () => {
    const { user } = renderApp('da', undefined, withCompanies());
    const list = await openCompanies(user);
    expect(names(list)).toEqual(['Bageriet Kornet', 'NETTO']);
    expect(screen.getByText('2 virksomheder')).toBeTruthy();
    const bageriet = list.querySelector('[data-company="navn:bageriet kornet"]') as HTMLElement;
    // As of 15-03-2025 the window is 01-04-2024 to 15-03-2025: B1 and A3 ongoing; all three started and A4 ended in it.
    expect(bageriet.textContent).toContain('2 i gang · 3 startet · 1 afsluttet · 0 til løntimer/job');
    const netto = list.querySelector('[data-company="cvr:12345678"]') as HTMLElement;
    expect(netto.textContent).toContain('CVR 12345678');
    expect(netto.textContent).toContain('1 i gang · 2 startet · 1 afsluttet · 1 til løntimer/job');
  });

  it('filters by VK, sorts by name, and opens a line to its placements', async () => {
    const { user } = renderApp('da', undefined, withCompanies());
    const list = await openCompanies(user);
    await user.selectOptions(screen.getByLabelText('Sortér efter'), 'name');
    expect(names(list)).toEqual(['Bageriet Kornet', 'NETTO']);
    await user.selectOptions(screen.getByLabelText('Virksomhedskonsulent'), 'Vera');
    expect(names(screen.getByTestId('companies'))).toEqual(['NETTO']);
    const toggle = within(screen.getByTestId('companies')).getByRole('button', { name: /NETTO/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const placements = screen.getByRole('list', { name: 'Forløb hos NETTO' });
    expect(
      within(placements)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'A1: Virksomhedspraktik, 01-03-2025 – uden slutdato · uden mål og skriftlig aftale',
      'A2: Virksomhedspraktik, 01-10-2024 – 31-01-2025 · Ordinære timer eller job · fulgt af løntimer/job inden 3 mdr.',
    ]);
    expect(screen.getByText('Også skrevet: Netto')).toBeTruthy();
  });

  it('speaks English', async () => {
    const { user } = renderApp('en', undefined, withCompanies());
    const list = await openCompanies(user, 'Companies');
    expect(list.textContent).toContain('2 ongoing · 3 started · 1 ended · 0 to paid hours/job');
  });

  it('Start forløb offers Mål for forløbet and Skriftlig aftale, optional, and writes them', async () => {
    const { port, user } = renderApp('da', undefined, withCompanies());
    await screen.findByRole('heading', { name: 'Start forløb' }, { timeout: 30_000 });
    await user.click(screen.getByRole('button', { name: 'Start forløb' }));
    const form = await screen.findByRole('form', { name: 'Start forløb' });
    const goal = within(form).getByLabelText(/^Mål for forløbet/);
    const written = within(form).getByLabelText(/^Skriftlig aftale/, { selector: 'select' });
    expect(goal.closest('[data-field]')!.textContent).not.toContain('*');
    await user.selectOptions(within(form).getByLabelText(/^Type/), 'Løntilskud');
    await user.click(goal);
    await user.paste('Løntimer efter 8 uger');
    await user.selectOptions(written, 'Ja');
    await user.click(within(form).getByRole('button', { name: 'Gem' }));
    await waitFor(async () => expect(await rows(port, 'Forløb')).toHaveLength(6));
    const last = (await rows(port, 'Forløb')).at(-1)!;
    const at = (h: string) => FORLØB.columns.findIndex((c) => c.header === h);
    expect([last[at('Type')], last[at('Mål for forløbet')], last[at('Skriftlig aftale')]]).toEqual([
      'Løntilskud',
      'Løntimer efter 8 uger',
      'Ja',
    ]);
  });
});

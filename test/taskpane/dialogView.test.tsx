// Månedsdialog in the task pane (jsdom): figures against the milestone, I gang before the readiness
// groups, the role switch to a virksomhedskonsulent, and agreements: created in one step, refused with a
// Danish message at the field when incomplete, shown at the next month's dialogue and closed there.
import './setup';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { MemoryWorkbook } from '../../src/workbook/memoryWorkbook';
import { renderApp, rows, seedTables } from './fixtures';

const kpi = (label: string) => document.querySelector(`[data-kpi="${label}"]`)?.textContent ?? '';

async function openDialog(user: ReturnType<typeof renderApp>['user']) {
  await screen.findByRole('heading', { name: 'Min sagsstamme' });
  await user.click(screen.getByRole('tab', { name: 'Månedsdialog' }));
  await screen.findByRole('heading', { name: 'Månedsdialog', level: 2 });
}

describe('Månedsdialog', () => {
  it('shows the month against the milestone, I gang first and apart from the readiness groups', async () => {
    const { user } = renderApp();
    await openDialog(user);
    expect(kpi('Borgere i målgruppen')).toBe('5');
    expect(kpi('I virksomhedsrettet indsats')).toBe('1');
    expect(kpi('Milepæl')).toMatch(/^\d+$/);
    expect(kpi('Milepæl april 2025')).toMatch(/^\d+$/);
    expect(screen.getByText('1 start skal til')).toBeTruthy();
    const groups = screen.getByTestId('dialog-groups');
    const headings = within(groups)
      .getAllByRole('heading')
      .map((h) => h.textContent);
    // A1 is in praktik in March: I gang, not Klar.
    expect(headings).toEqual(['I gang (1)', 'Klar (1)', 'Tæt på (1)', 'Længere fra (1)', 'Ikke vurderet (1)']);
    const ongoing = within(groups).getByRole('region', { name: 'I gang' });
    expect(ongoing.textContent).toContain('Virksomhedspraktik, Netto, til 01-04-2025');
    expect(screen.getByText(/Samtale med Bager Hansen/)).toBeTruthy();
    expect(screen.getByTestId('dialog-movement').textContent).toContain('Startet: A1');
    expect(screen.getByText(/5 borgere; anbefalet 40-50/)).toBeTruthy();
    expect(screen.getByText('inden for det anbefalede')).toBeTruthy();
    expect(screen.getByTestId('trend')).toBeTruthy();
  });

  it('switches caseworker and month', async () => {
    const { user } = renderApp();
    await openDialog(user);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sagsbehandler' }), 'Bo');
    await waitFor(() => expect(kpi('Borgere i målgruppen')).toBe('2'));
    await user.selectOptions(screen.getByLabelText('Måned'), '2024-12');
    // B1's løntilskud starts in January: nobody active in December.
    await waitFor(() => expect(kpi('I virksomhedsrettet indsats')).toBe('0'));
    await user.click(screen.getByRole('button', { name: 'Vis borgere: Borgere i målgruppen' }));
    const dialog = await screen.findByRole('dialog');
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.slice(0, 2)),
    ).toEqual(['B1', 'B2']);
  });

  it('as a virksomhedskonsulent, every figure and list follows the VK caseload', async () => {
    const { user } = renderApp();
    await openDialog(user);
    await user.click(screen.getByRole('radio', { name: 'Virksomhedskonsulenter' }));
    const picker = await screen.findByRole('combobox', { name: 'Virksomhedskonsulent' });
    expect(
      within(picker)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Vera']);
    // Vera: B2 (Borgere.Virksomhedskonsulent) and A1 (her ongoing praktik), across both teams.
    await waitFor(() => expect(kpi('Borgere i målgruppen')).toBe('2'));
    expect(kpi('I virksomhedsrettet indsats')).toBe('1');
    const groups = screen.getByTestId('dialog-groups');
    expect(
      within(groups)
        .getAllByRole('heading')
        .map((h) => h.textContent),
    ).toEqual(['I gang (1)', 'Tæt på (1)']);
    await user.click(screen.getByRole('button', { name: 'Vis borgere: Borgere i målgruppen' }));
    const dialog = await screen.findByRole('dialog');
    // The list renders after the dialog opens: wait for it (under load it came after the dialog once).
    const items = await within(dialog).findAllByRole('listitem');
    expect(items.map((li) => li.textContent?.slice(0, 2))).toEqual(['A1', 'B2']);
  });

  it('writes an agreement in one step, refuses an incomplete one at the field, shows it next month and closes it', async () => {
    const port = new MemoryWorkbook(seedTables());
    const first = renderApp('da', '2025-03-15', port);
    await openDialog(first.user);
    const form = screen.getByRole('form', { name: 'Ny aftale' });
    // No text, and a date that is not a date: Danish messages at the fields, nothing written.
    const dato = within(form).getByLabelText(/^Dato/);
    await first.user.clear(dato);
    await first.user.type(dato, '31-02-2025');
    await first.user.click(within(form).getByRole('button', { name: 'Gem' }));
    expect(await within(form).findByText('Aftale skal udfyldes')).toBeTruthy();
    expect(dato.getAttribute('aria-invalid')).toBe('true');
    expect(await port.readTables(['Aftaler'])).toEqual({ Aftaler: null });
    // An unknown Borger-ID is refused by the entry action, at its field.
    await first.user.clear(dato);
    await first.user.type(dato, '15-03-2025');
    await first.user.type(within(form).getByLabelText(/^Aftale/), 'Kontakt Netto om løntimer');
    await first.user.type(within(form).getByLabelText(/^Borger-ID/), 'X9');
    await first.user.click(within(form).getByRole('button', { name: 'Gem' }));
    expect(await within(form).findByText(/X9/)).toBeTruthy();
    expect(await port.readTables(['Aftaler'])).toEqual({ Aftaler: null });
    await first.user.clear(within(form).getByLabelText(/^Borger-ID/));
    await first.user.type(within(form).getByLabelText(/^Borger-ID/), 'A2');
    await first.user.click(within(form).getByRole('button', { name: 'Gem' }));
    await waitFor(async () => expect(await rows(port, 'Aftaler')).toHaveLength(1));
    const [row] = await rows(port, 'Aftaler');
    expect(row.slice(1, 4)).toEqual(['Anna', 'A2', 'Kontakt Netto om løntimer']);
    first.unmount();
    cleanup();

    // The next month's dialogue shows it, and it is closed there.
    const next = renderApp('da', '2025-04-15', port);
    await openDialog(next.user);
    const list = await screen.findByTestId('agreements');
    expect(list.textContent).toContain('Kontakt Netto om løntimer');
    expect(list.textContent).toContain('aftalt 15-03-2025');
    await next.user.click(within(list).getByRole('button', { name: 'Udført: Kontakt Netto om løntimer' }));
    await waitFor(async () => expect((await rows(port, 'Aftaler'))[0][6]).toBe('Udført'));
    expect(await screen.findByText('Ingen åbne aftaler.')).toBeTruthy();
    expect(screen.getByTestId('announcer').textContent).toBe('Aftalen "Kontakt Netto om løntimer" er markeret Udført.');
  });

  it('renders the Månedsdialog sheet for the chosen person and announces it', async () => {
    const { port, user } = renderApp();
    await openDialog(user);
    expect(port.sheet('Månedsdialog')).toBeUndefined();
    await user.click(screen.getByRole('radio', { name: 'Virksomhedskonsulenter' }));
    await user.click(screen.getByRole('button', { name: 'Lav arket Månedsdialog' }));
    await waitFor(() =>
      expect(screen.getByTestId('announcer').textContent).toBe(
        'Arket Månedsdialog er klar til udskrift for Vera, marts 2025.',
      ),
    );
    const text = JSON.stringify(port.sheet('Månedsdialog')!.values);
    expect(text).toContain('Vera · Virksomhedskonsulent');
    expect(text).toContain('B2');
    expect(text).not.toContain('A3');
    expect(port.outputWrites).toBe(1);
  });

  it('counts an end later in the running month apart, as planned, in the pane and on the sheet', async () => {
    // A1's praktik ends 28 March; as of 15 March it has not ended yet.
    const tables = seedTables();
    const endColumn = tables.Forløb.headers.indexOf('Slutdato');
    tables.Forløb.rows[0][endColumn] = '2025-03-28';
    const { port, user } = renderApp('da', '2025-03-15', new MemoryWorkbook(tables));
    await openDialog(user);
    expect(kpi('Forløb afsluttet')).toBe('0');
    expect(screen.getByText('planlagt afsluttet 1')).toBeTruthy();
    const movement = screen.getByTestId('dialog-movement').textContent;
    expect(movement).toContain('Afsluttet: Ingen.');
    expect(movement).toContain('Planlagt afsluttet: A1');
    await user.click(screen.getByRole('button', { name: 'Lav arket Månedsdialog' }));
    await waitFor(() => expect(port.sheet('Månedsdialog')).toBeDefined());
    const pairs = port.sheet('Månedsdialog')!.values.map((row) => row.slice(0, 2));
    expect(pairs).toContainEqual(['Forløb afsluttet', 0]);
    expect(pairs).toContainEqual(['Planlagt afsluttet', 1]);
    expect(pairs).toContainEqual(['Planlagt afsluttet', 'A1']);
  });

  it('counts an end that has happened as an end, with no planned note; English says planned ends too', async () => {
    const withEnd = (end: string) => {
      const tables = seedTables();
      tables.Forløb.rows[0][tables.Forløb.headers.indexOf('Slutdato')] = end;
      return new MemoryWorkbook(tables);
    };
    const da = renderApp('da', '2025-03-15', withEnd('2025-03-10'));
    await openDialog(da.user);
    expect(kpi('Forløb afsluttet')).toBe('1');
    expect(screen.queryByText(/planlagt afsluttet/)).toBeNull();
    expect(screen.getByTestId('dialog-movement').textContent).not.toContain('Planlagt');
    cleanup();
    const en = renderApp('en', '2025-03-15', withEnd('2025-03-28'));
    await screen.findByRole('heading', { name: 'My caseload' });
    await en.user.click(screen.getByRole('tab', { name: 'Monthly dialogue' }));
    await waitFor(() => expect(kpi('Placements ended')).toBe('0'));
    expect(screen.getByText('planned to end 1')).toBeTruthy();
    expect(screen.getByTestId('dialog-movement').textContent).toContain('Planned to end: A1');
  });
});

// Månedsdialog in the task pane (jsdom): the month it opens on (the month just ended until the 10th) and
// its running-month label, sections in meeting order that collapse by keyboard, group lines with VK and
// last activity, figures against the milestone, I gang apart from the readiness groups, the role switch to
// a virksomhedskonsulent, and agreements: created in one step, refused with a Danish message at the field
// when incomplete, shown at the next month's dialogue and closed there.
import './setup';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { MemoryWorkbook } from '../../src/workbook/memoryWorkbook';
import { renderApp, rows, seedTables } from './fixtures';

const kpi = (label: string) => document.querySelector(`[data-kpi="${label}"]`)?.textContent ?? '';
const groupHeadings = (testId: string) =>
  within(screen.getByTestId(testId))
    .getAllByRole('heading')
    .map((h) => h.textContent);
/**
 * The Borger-IDs listed in the drill-down dialog once it is open. Under jsdom, tabster's modalizer can
 * leave aria-hidden on the surface for a while (it is not in a real browser: the e2e suite runs axe on
 * the open dialog), so the items are looked up including hidden ones.
 */
async function drilledIds() {
  const dialog = await screen.findByRole('dialog', { hidden: true });
  const items = await within(dialog).findAllByRole('listitem', { hidden: true });
  return items.map((li) => li.textContent?.slice(0, 2));
}
/** A citizen's line as read, without its row-actions menu button (the "⋯" at the end). */
const line = (id: string) => {
  const el = document.querySelector(`[data-citizen="${id}"]`)?.cloneNode(true) as HTMLElement | undefined;
  el?.querySelectorAll('button[aria-label^="Handlinger for"]').forEach((b) => b.remove());
  return el?.textContent ?? '';
};

async function openDialog(user: ReturnType<typeof renderApp>['user']) {
  await screen.findByRole('heading', { name: 'Min sagsstamme' });
  await user.click(screen.getByRole('tab', { name: 'Månedsdialog' }));
  await screen.findByRole('heading', { name: 'Månedsdialog', level: 2 });
}

// A loaded 2-core machine renders the whole pane slowly: generous, not fixed short, waits.
jest.setTimeout(300000);

describe('Månedsdialog', () => {
  it('shows the month against the milestone, I gang first and apart from the readiness groups', async () => {
    const { user } = renderApp();
    await openDialog(user);
    expect(kpi('Borgere i målgruppen')).toBe('5');
    expect(kpi('I virksomhedsrettet indsats')).toBe('1');
    expect(kpi('Milepæl')).toMatch(/^\d+$/);
    expect(kpi('Milepæl april 2025')).toMatch(/^\d+$/);
    expect(screen.getByText('1 start skal til')).toBeTruthy();
    // A1 is in praktik in March: I gang (with the other citizens, closed at first), not Klar.
    expect(groupHeadings('dialog-groups-ready')).toEqual(['Klar (1)', 'Tæt på (1)']);
    expect(screen.queryByTestId('dialog-groups-others')).toBeNull();
    await user.click(screen.getByRole('button', { name: /^Øvrige borgere/ }));
    expect(groupHeadings('dialog-groups-others')).toEqual(['I gang (1)', 'Længere fra (1)', 'Ikke vurderet (1)']);
    const ongoing = within(screen.getByTestId('dialog-groups-others')).getByRole('region', { name: 'I gang' });
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
    expect(await drilledIds()).toEqual(['B1', 'B2']);
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
    expect(groupHeadings('dialog-groups-ready')).toEqual(['Tæt på (1)']);
    await user.click(screen.getByRole('button', { name: 'Vis borgere: Borgere i målgruppen' }));
    expect(await drilledIds()).toEqual(['A1', 'B2']);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).toBeNull());
    await user.click(screen.getByRole('button', { name: /^Øvrige borgere/ }));
    expect(groupHeadings('dialog-groups-others')).toEqual(['I gang (1)']);
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
    // The counts stand right of the status figures (label, value two columns on); the movement names them.
    const values = port.sheet('Månedsdialog')!.values;
    expect(values.map((row) => [row[5], row[7]])).toContainEqual(['Forløb afsluttet', 0]);
    expect(values.map((row) => [row[5], row[7]])).toContainEqual(['Planlagt afsluttet', 1]);
    expect(values.map((row) => [row[0], row[2]])).toContainEqual(['Planlagt afsluttet', 'A1']);
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

  it('opens on the month just ended until the 10th, then on the running month, labelled with its day', async () => {
    const early = renderApp('da', '2025-04-02');
    await openDialog(early.user);
    expect((screen.getByLabelText('Måned') as HTMLSelectElement).value).toBe('2025-03');
    expect(screen.getByTestId('dialog-month').textContent).toBe('marts 2025');
    expect(screen.getByRole('option', { name: 'april 2025 (i gang, dag 2 af 30)' })).toBeTruthy();
    cleanup();
    const tenth = renderApp('da', '2025-04-10');
    await openDialog(tenth.user);
    expect((screen.getByLabelText('Måned') as HTMLSelectElement).value).toBe('2025-04');
    expect(screen.getByTestId('dialog-month').textContent).toBe('april 2025 (i gang, dag 10 af 30)');
    cleanup();
    const en = renderApp('en', '2025-04-10');
    await screen.findByRole('heading', { name: 'My caseload' });
    await en.user.click(screen.getByRole('tab', { name: 'Monthly dialogue' }));
    expect((await screen.findByTestId('dialog-month')).textContent).toBe('April 2025 (running, day 10 of 30)');
  });

  it('lists the sections in meeting order, and each opens and closes from the keyboard', async () => {
    const { user } = renderApp();
    await openDialog(user);
    const order = [...document.querySelectorAll('h3 > button[aria-expanded]')].map((b) => b.textContent?.slice(1));
    expect(order).toEqual([
      'Aftaler fra sidst',
      'Status mod milepæl og mål',
      'Signaler',
      'Klar og tæt på: næste skridt',
      'Øvrige borgere: i gang, længere fra, ikke vurderet',
      'Nye aftaler',
    ]);
    const status = screen.getByRole('button', { name: /Status mod milepæl og mål/ });
    expect(status.getAttribute('aria-expanded')).toBe('true');
    const region = document.getElementById(status.getAttribute('aria-controls')!)!;
    expect(region.hidden).toBe(false);
    status.focus();
    await user.keyboard('{Enter}');
    expect(status.getAttribute('aria-expanded')).toBe('false');
    expect(region.hidden).toBe(true);
    expect(document.querySelector('[data-kpi="Borgere i målgruppen"]')).toBeNull();
    await user.keyboard(' ');
    expect(status.getAttribute('aria-expanded')).toBe('true');
    expect(kpi('Borgere i målgruppen')).toBe('5');
  });

  it('group lines show the next step, the VK and the time since the last activity, never "intet forløb"', async () => {
    const { user } = renderApp('da', '2025-03-15');
    await openDialog(user);
    // A2: Klar, no placement, no VK, nothing registered.
    expect(line('A2')).toBe('A2 Navn A2: Samtale med Bager Hansen · ingen VK · ingen aktivitet registreret');
    await user.click(screen.getByRole('button', { name: /^Øvrige borgere/ }));
    // A1's praktik runs on the as-of date, with Vera as its VK.
    expect(line('A1')).toContain('Virksomhedspraktik, Netto, til 01-04-2025');
    expect(line('A1')).toContain('VK Vera · i forløb nu');
    expect(screen.getByTestId('dialog-groups-others').textContent).not.toContain('intet forløb');
    cleanup();
    // As of 24 April A1's praktik ended 23 days ago.
    const later = renderApp('da', '2025-04-24');
    await openDialog(later.user);
    await later.user.click(screen.getByRole('button', { name: /^Øvrige borgere/ }));
    expect(line('A1')).toContain('VK Vera · sidst aktivitet for 23 dage siden');
  });
});

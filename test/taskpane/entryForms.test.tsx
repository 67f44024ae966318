// The entry forms as a caseworker meets them (issue 20): typed values survive choosing a citizen, a
// misspelled team needs an explicit confirmation, a second hours entry for a month and a second open
// placement are offered as corrections (applied only on confirmation), dates are echoed as read, the save
// is confirmed next to Gem, and a row action opens its form pre-filled and focused.
import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import { MEDARBEJDERE, TIMER } from '../../src/workbook/contract';
import { MemoryWorkbook } from '../../src/workbook/memoryWorkbook';
import { renderApp, rows, seedTables } from './fixtures';

// Fluent's comboboxes make every keystroke a render of the whole form; a loaded machine needs time.
jest.setTimeout(300_000);

type User = ReturnType<typeof renderApp>['user'];
const formsLoaded = () => screen.findByRole('heading', { name: 'Start forløb' }, { timeout: 30_000 });
const formNamed = (name: string) => screen.getByRole('form', { name });

/** Replaces a field's text in one paste (typing key by key into Fluent's comboboxes is slow on a loaded machine). */
async function fill(user: User, el: HTMLElement, text: string) {
  await user.clear(el);
  await user.click(el);
  await user.paste(text);
}

async function openForm(user: User, name: string) {
  await formsLoaded();
  await user.click(screen.getByRole('button', { name }));
  return screen.findByRole('form', { name });
}

function withHours() {
  const tables = seedTables();
  tables.Timer = {
    name: 'Timer',
    headers: TIMER.columns.map((c) => c.header),
    rows: [
      ['A1', '2025-03', 12, null],
      ['A4', '2025-03', 5, null],
    ],
  };
  return new MemoryWorkbook(tables);
}

describe('entry forms (issue 20)', () => {
  it('typed values survive choosing a citizen; untouched fields follow the citizen', async () => {
    const { user } = renderApp();
    const form = await openForm(user, 'Parathed og næste skridt');
    const next = within(form).getByLabelText(/^Næste skridt/) as HTMLInputElement;
    await fill(user, next, 'Ring til Føtex');
    // Choosing another citizen from the list: the form is not rebuilt, the typed text stays.
    await user.click(within(screen.getByTestId('citizens')).getByRole('button', { name: 'Vælg A3 i formularerne' }));
    await waitFor(() => expect((within(form).getByLabelText(/^Borger-ID/) as HTMLInputElement).value).toBe('A3'));
    expect(formNamed('Parathed og næste skridt')).toBe(form);
    expect(next.value).toBe('Ring til Føtex');
    expect((within(form).getByLabelText(/^Parathed/, { selector: 'select' }) as HTMLSelectElement).value).toBe(
      'Tæt på',
    );
  });

  it('the citizen combobox finds a citizen by part of the ID or the name and keeps focus while typing', async () => {
    const { user } = renderApp();
    const form = await openForm(user, 'Start forløb');
    const box = within(form).getByRole('combobox', { name: /^Borger-ID/ });
    await fill(user, box, 'navn a4');
    expect(document.activeElement).toBe(box);
    await user.click(await screen.findByRole('option', { name: 'A4 – Navn A4' }));
    await waitFor(() => expect((box as HTMLInputElement).value).toBe('A4'));
    expect(within(form).getByText('= A4 – Navn A4')).toBeTruthy();
  });

  it('the Sagsbehandler picklist offers a colleague listed in Medarbejdere before anyone has used the name', async () => {
    const tables = seedTables();
    tables.Medarbejdere = {
      name: 'Medarbejdere',
      headers: MEDARBEJDERE.columns.map((c) => c.header),
      rows: [['Carl Ny', 'Sagsbehandler', 'Team Nord', null]],
    };
    const { user } = renderApp('da', undefined, new MemoryWorkbook(tables));
    const form = await openForm(user, 'Ny borger');
    const box = within(form).getByRole('combobox', { name: /^Sagsbehandler/ });
    await fill(user, box, 'Carl');
    expect(await screen.findByRole('option', { name: 'Carl Ny' })).toBeTruthy();
  });

  it('a misspelled team needs an explicit confirmation before anything is written', async () => {
    const { port, user } = renderApp();
    const form = await openForm(user, 'Ny borger');
    await fill(user, within(form).getByLabelText(/^Borger-ID/), 'A8');
    const team = within(form).getByRole('combobox', { name: /^Team/ });
    await fill(user, team, 'Tem Nord');
    expect(
      await within(form).findByText(
        '"Tem Nord" ligner Team Nord, som findes i forvejen. Vælg det, eller bekræft at navnet er nyt.',
      ),
    ).toBeTruthy();
    await user.click(within(form).getByRole('button', { name: 'Gem' }));
    expect(await within(form).findByText('Ret fejlene i formularen: intet er gemt.')).toBeTruthy();
    expect(await rows(port, 'Borgere')).toHaveLength(7);
    await user.click(within(form).getByRole('checkbox', { name: 'Ja, "Tem Nord" er et nyt navn' }));
    await user.click(within(form).getByRole('button', { name: 'Gem' }));
    await waitFor(async () => expect(await rows(port, 'Borgere')).toHaveLength(8));
    expect((await rows(port, 'Borgere'))[7].slice(0, 4)).toEqual([
      'A8',
      null,
      'Aktivitetsparat kontanthjælp',
      'Tem Nord',
    ]);
  });

  it('"Brug Team Nord" replaces a case variant with the existing name', async () => {
    const { port, user } = renderApp();
    const form = await openForm(user, 'Ny borger');
    await fill(user, within(form).getByLabelText(/^Borger-ID/), 'A9');
    const team = within(form).getByRole('combobox', { name: /^Team/ });
    await fill(user, team, 'team nord');
    await user.click(await within(form).findByRole('button', { name: 'Brug Team Nord' }));
    expect((team as HTMLInputElement).value).toBe('Team Nord');
    await user.click(within(form).getByRole('button', { name: 'Gem' }));
    await waitFor(async () => expect(await rows(port, 'Borgere')).toHaveLength(8));
    expect((await rows(port, 'Borgere'))[7][3]).toBe('Team Nord');
  });

  it('hours for a month that has a row: offered as a correction, written only on confirmation, other rows untouched', async () => {
    const { port, user } = renderApp('da', undefined, withHours());
    const form = await openForm(user, 'Registrér timer');
    expect((within(form).getByLabelText(/^Måned/) as HTMLInputElement).value).toBe('marts 2025');
    const box = within(form).getByLabelText(/^Borger-ID/);
    await fill(user, box, 'A4');
    await fill(user, within(form).getByLabelText(/^Ordinære timer/), '7');
    await user.click(within(form).getByRole('button', { name: 'Gem' }));
    const fix = await within(form).findByRole('button', { name: 'Ret marts 2025 fra 5 til 7 timer' });
    expect(within(form).getByText('A4 har allerede 5 timer i marts 2025 (Timer, række 2).')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(fix));
    expect((await rows(port, 'Timer'))[1]).toEqual(['A4', '2025-03', 5, null]);
    await user.click(fix);
    await waitFor(async () => expect((await rows(port, 'Timer'))[1]).toEqual(['A4', '2025-03', 7, null]));
    expect(await rows(port, 'Timer')).toEqual([
      ['A1', '2025-03', 12, null],
      ['A4', '2025-03', 7, null],
    ]);
    const status = within(form).getByRole('status');
    expect(status.textContent).toBe('Gemt: Ret marts 2025 fra 5 til 7 timer. Tallene er opdateret.');
    await waitFor(() => expect(document.activeElement).toBe(status));
    // The same citizen stays chosen after the save.
    expect((within(form).getByLabelText(/^Borger-ID/) as HTMLInputElement).value).toBe('A4');
  });

  it('a second open placement of the same type offers to correct the open one', async () => {
    const { port, user } = renderApp();
    const form = await openForm(user, 'Start forløb');
    const box = within(form).getByLabelText(/^Borger-ID/);
    await fill(user, box, 'A1');
    await user.selectOptions(within(form).getByLabelText(/^Type/), 'Virksomhedspraktik');
    await fill(user, within(form).getByRole('combobox', { name: /^Virksomhed$/ }), 'Føtex');
    await user.click(within(form).getByRole('button', { name: 'Gem' }));
    await user.click(await within(form).findByRole('button', { name: 'Ret det åbne forløb' }));
    await waitFor(async () => expect((await rows(port, 'Forløb'))[0][2]).toBe('Føtex'));
    expect(await rows(port, 'Forløb')).toHaveLength(2);
  });

  it('a typed date is echoed as read, in Danish and English', async () => {
    const { user, unmount } = renderApp();
    let form = await openForm(user, 'Start forløb');
    const start = within(form).getByLabelText(/^Startdato/);
    await fill(user, start, '1/3/2027');
    expect(await within(form).findByText('= 1. marts 2027')).toBeTruthy();
    unmount();
    const en = renderApp('en');
    await en.user.click(await screen.findByRole('button', { name: 'Start placement' }, { timeout: 30_000 }));
    form = await screen.findByRole('form', { name: 'Start placement' });
    const end = within(form).getByLabelText(/^Slutdato/);
    await fill(en.user, end, '2027-03-01');
    expect(await within(form).findByText('= 1 March 2027')).toBeTruthy();
  });

  it('a row action opens its form for the citizen, pre-filled and focused', async () => {
    const { user } = renderApp();
    await formsLoaded();
    await user.click(within(screen.getByTestId('citizens')).getByRole('button', { name: 'Handlinger for A3' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Timer' }));
    const form = await screen.findByRole('form', { name: 'Registrér timer' });
    await waitFor(() => expect((within(form).getByLabelText(/^Borger-ID/) as HTMLInputElement).value).toBe('A3'));
    await waitFor(() => expect(document.activeElement).toBe(within(form).getByLabelText(/^Måned/)));
  });

  it('Afslut forløb lists the chosen citizen’s open placements with company, start and planned end', async () => {
    const { user } = renderApp();
    const form = await openForm(user, 'Afslut forløb');
    expect((within(form).getByLabelText(/^Borger-ID/) as HTMLInputElement).value).toBe('A1');
    const radio = within(form).getByRole('radio', { name: 'Virksomhedspraktik, Netto, 01-03-2025 – 01-04-2025' });
    expect((radio as HTMLInputElement).checked).toBe(true);
  });
});

import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp, rows } from './fixtures';

const kpi = (label: string) => document.querySelector(`[data-kpi="${label}"]`)?.textContent ?? '';

// Fluent's comboboxes make every keystroke a render of the whole form; a loaded machine needs time.
jest.setTimeout(300_000);

type User = ReturnType<typeof renderApp>['user'];

/** The forms are a lazy chunk: on a loaded machine the first render takes a while. */
const formsLoaded = () => screen.findByRole('heading', { name: 'Start forløb' }, { timeout: 30_000 });

async function openForm(user: User, name: string) {
  await formsLoaded();
  await user.click(screen.getByRole('button', { name }));
  await screen.findByRole('heading', { name });
}

/** Types a citizen's ID into the Borger-ID combobox (replacing what is there). */
async function typeCitizen(user: User, box: HTMLElement, id: string) {
  await user.clear(box);
  await user.type(box, id);
}

describe('quick entry forms', () => {
  it('Ny borger: a valid citizen is appended and counted', async () => {
    const { port, user } = renderApp();
    await openForm(user, 'Ny borger');
    expect((screen.getByLabelText(/^Sagsbehandler/, { selector: 'form input' }) as HTMLInputElement).value).toBe(
      'Anna',
    );
    await user.type(screen.getByLabelText(/^Borger-ID/), 'A6');
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    await waitFor(() => expect(kpi('Borgere i målgruppen')).toBe('6'));
    const borgere = await rows(port, 'Borgere');
    expect(borgere).toHaveLength(8);
    expect(borgere[7].slice(0, 5)).toEqual(['A6', null, 'Aktivitetsparat kontanthjælp', 'Team Nord', 'Anna']);
  });

  it('Ny borger: a CPR number as Borger-ID is refused as the user types, nothing written', async () => {
    const { port, user } = renderApp();
    await openForm(user, 'Ny borger');
    const before = JSON.stringify(await rows(port, 'Borgere'));
    await user.type(screen.getByLabelText(/^Borger-ID/), '010190-1234');
    expect(await screen.findByText(/CPR/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    expect(await screen.findByText('Ret fejlene i formularen: intet er gemt.', { selector: 'p' })).toBeTruthy();
    expect(JSON.stringify(await rows(port, 'Borgere'))).toBe(before);
  });

  it('Ny borger: an ID that exists is refused by the app next to Borger-ID', async () => {
    const { port, user } = renderApp();
    await openForm(user, 'Ny borger');
    await user.type(screen.getByLabelText(/^Borger-ID/), 'A1');
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    expect(await screen.findByText('Borger-ID "A1" findes allerede i række 1')).toBeTruthy();
    expect(await rows(port, 'Borgere')).toHaveLength(7);
  });

  it('Registrér timer: hours for a month make the citizen active; negative hours are refused', async () => {
    const { port, user } = renderApp();
    await openForm(user, 'Registrér timer');
    await typeCitizen(user, screen.getByLabelText(/^Borger-ID/), 'A4');
    const hours = screen.getByLabelText(/^Ordinære timer/);
    await user.type(hours, '-3');
    expect(await screen.findByText('-3 er mindre end 0')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    expect(await rows(port, 'Timer')).toHaveLength(0);
    await user.clear(hours);
    await user.type(hours, '7,5');
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    await waitFor(() => expect(kpi('I virksomhedsrettet indsats')).toBe('2'));
    expect(await rows(port, 'Timer')).toEqual([['A4', '2025-03', 7.5, null]]);
  });

  it('Registrér timer: a bad month gives a Danish message', async () => {
    const { port, user } = renderApp();
    await openForm(user, 'Registrér timer');
    const month = screen.getByLabelText(/^Måned/);
    await user.clear(month);
    await user.type(month, '2025-13');
    expect(await screen.findByText(/2025-13/)).toBeTruthy();
    await user.type(screen.getByLabelText(/^Ordinære timer/), '4');
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    expect(await rows(port, 'Timer')).toHaveLength(0);
  });

  it('Afslut forløb: sets Slutdato on the chosen row only', async () => {
    const { port, user } = renderApp();
    await openForm(user, 'Afslut forløb');
    const end = screen.getByLabelText(/^Slutdato/);
    await user.clear(end);
    await user.type(end, '20-03-2025');
    // The reason is required: nothing is written without it.
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    expect(await screen.findByText('Afslutningsårsag skal udfyldes')).toBeTruthy();
    expect((await rows(port, 'Forløb'))[0][5]).toBe('2025-04-01');
    await user.selectOptions(screen.getByLabelText(/^Afslutningsårsag/), 'Virksomheden vil ikke lønne');
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    await waitFor(async () => expect((await rows(port, 'Forløb'))[0][5]).toBe(45736));
    expect((await rows(port, 'Forløb'))[0][10]).toBe('Virksomheden vil ikke lønne');
    expect((await rows(port, 'Forløb'))[1][5]).toBeNull();
    const form = screen.getByRole('form', { name: 'Afslut forløb' });
    expect(within(form).getByRole('status').textContent).toContain('Afslut forløb A1');
  });

  it('Parathed og næste skridt: updates only the filled fields and Opdateret', async () => {
    const { port, user } = renderApp();
    await openForm(user, 'Parathed og næste skridt');
    await typeCitizen(user, screen.getByLabelText(/^Borger-ID/), 'A5');
    await user.selectOptions(screen.getByLabelText(/^Parathed/, { selector: 'select' }), 'Tæt på');
    await user.type(screen.getByLabelText(/^Næste skridt/), 'Ring til Netto{Enter}');
    await waitFor(async () => {
      const a5 = (await rows(port, 'Borgere'))[4];
      expect([a5[10], a5[13]]).toEqual(['Tæt på', 'Ring til Netto']);
    });
    const row = within(screen.getByTestId('citizens')).getByText('A5').closest('tr')!;
    expect(row.textContent).toContain('Tæt på');
    expect(row.textContent).toContain('15-03-2025');
  });

  it('Registrér opfølgning: a date before the praktik started or in the future is refused at the field; a good one is written', async () => {
    const { port, user } = renderApp();
    await openForm(user, 'Registrér opfølgning');
    const form = screen.getByRole('form', { name: 'Registrér opfølgning' });
    expect(
      within(form).getByRole('radio', { name: 'Virksomhedspraktik, Netto, 01-03-2025 – 01-04-2025' }),
    ).toBeTruthy();
    const date = within(form).getByLabelText(/^Opfølgning/);
    for (const bad of ['28-02-2025', '16-03-2025']) {
      await user.clear(date);
      await user.type(date, bad);
      await user.click(within(form).getByRole('button', { name: 'Gem' }));
      await waitFor(() => expect(date.getAttribute('aria-invalid')).toBe('true'));
      expect((await rows(port, 'Forløb'))[0][9]).toBeNull();
    }
    await user.clear(date);
    await user.type(date, '10-03-2025');
    await user.click(within(form).getByRole('button', { name: 'Gem' }));
    await waitFor(async () => expect((await rows(port, 'Forløb'))[0][9]).toBe(45726));
    expect((await rows(port, 'Forløb'))[1][9]).toBeNull();
  });

  it('choosing a citizen (by clicking the ID or in the form) fills the form with the current values', async () => {
    const { user } = renderApp();
    await formsLoaded();
    await user.click(within(screen.getByTestId('citizens')).getByRole('button', { name: 'Vælg A2 i formularerne' }));
    expect(screen.getByTestId('announcer').textContent).toBe('A2 er valgt i formularerne.');
    await user.click(screen.getByRole('button', { name: 'Parathed og næste skridt' }));
    const form = await screen.findByRole('form', { name: 'Parathed og næste skridt' });
    expect((within(form).getByLabelText(/^Borger-ID/) as HTMLInputElement).value).toBe('A2');
    expect((within(form).getByLabelText(/^Parathed/, { selector: 'select' }) as HTMLSelectElement).value).toBe('Klar');
    expect((within(form).getByLabelText(/^Næste skridt/) as HTMLInputElement).value).toBe('Samtale med Bager Hansen');
    await typeCitizen(user, within(form).getByLabelText(/^Borger-ID/), 'A3');
    await waitFor(() =>
      expect((screen.getByLabelText(/^Næste skridt/, { selector: 'form input' }) as HTMLInputElement).value).toBe(
        'Afklaring af helbred',
      ),
    );
    expect((screen.getByLabelText(/^Parathed/, { selector: 'form select' }) as HTMLSelectElement).value).toBe('Tæt på');
  });

  it('Ny borger covers every field a caseworker types, Visiteret, CV, Jobmål and Virksomhedskonsulent included', async () => {
    const { port, user } = renderApp();
    await openForm(user, 'Ny borger');
    const form = screen.getByRole('form', { name: 'Ny borger' });
    await user.type(within(form).getByLabelText(/^Borger-ID/), 'A7');
    await user.type(within(form).getByLabelText(/^Virksomhedskonsulent/), 'Vera');
    await user.type(within(form).getByLabelText(/^Visiteret/), '01-02-2025');
    await user.selectOptions(within(form).getByLabelText(/^CV/), 'Ja');
    await user.type(within(form).getByLabelText(/^Jobmål/), 'Lager');
    await user.type(within(form).getByLabelText(/^Næste skridt/), 'Virksomhedsbesøg');
    await user.click(within(form).getByRole('button', { name: 'Gem' }));
    await waitFor(async () => expect(await rows(port, 'Borgere')).toHaveLength(8));
    const a7 = (await rows(port, 'Borgere'))[7];
    expect([a7[0], a7[4], a7[5], a7[9], a7[11], a7[12], a7[13]]).toEqual([
      'A7',
      'Anna',
      'Vera',
      45689,
      'Ja',
      'Lager',
      'Virksomhedsbesøg',
    ]);
  });

  it("the role switch in Min sagsstamme shows a virksomhedskonsulent's citizens", async () => {
    const { user } = renderApp();
    await formsLoaded();
    await user.click(screen.getByRole('radio', { name: 'Virksomhedskonsulenter' }));
    await waitFor(() => expect(kpi('Borgere i målgruppen')).toBe('2'));
    const ids = within(screen.getByTestId('citizens'))
      .getAllByRole('rowheader')
      .map((c) => within(c).getByRole('button', { name: /^Vælg/ }).textContent);
    expect(ids).toEqual(['A1', 'B2']);
  });
});

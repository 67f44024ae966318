import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from './fixtures';

const kpi = (label: string) => document.querySelector(`[data-kpi="${label}"]`)?.textContent ?? '';

async function openDialog(user: ReturnType<typeof renderApp>['user']) {
  await screen.findByRole('heading', { name: 'Min sagsstamme' });
  await user.click(screen.getByRole('tab', { name: 'Månedsdialog' }));
  await screen.findByRole('heading', { name: 'Månedsdialog', level: 2 });
}

describe('Månedsdialog', () => {
  it('shows KPIs against the milestone, the caseload by readiness and the band', async () => {
    const { user } = renderApp();
    await openDialog(user);
    expect(kpi('Borgere i målgruppen')).toBe('5');
    expect(kpi('I virksomhedsrettet indsats')).toBe('1');
    expect(kpi('Milepæl')).toMatch(/^\d+$/);
    expect(screen.getByText(/borgere? fra milepælen/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Klar (2)' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Tæt på (1)' })).toBeTruthy();
    expect(screen.getByText(/Samtale med Bager Hansen/)).toBeTruthy();
    expect(screen.getByText(/5 borgere; anbefalet 40-50/).textContent).toContain('Anna');
    // The band is an upper limit: 5 citizens is below it, and that is fine.
    expect(screen.getByText('inden for det anbefalede')).toBeTruthy();
  });

  it('switches caseworker and month', async () => {
    const { user } = renderApp();
    await openDialog(user);
    await user.selectOptions(screen.getByLabelText('Sagsbehandler'), 'Bo');
    await waitFor(() => expect(kpi('Borgere i målgruppen')).toBe('2'));
    await user.selectOptions(screen.getByLabelText('Måned'), '2024-12');
    // B1's løntilskud starts in January: nobody active in December.
    await waitFor(() => expect(kpi('I virksomhedsrettet indsats')).toBe('0'));
    await user.click(screen.getByRole('button', { name: 'Vis borgere: Borgere i målgruppen' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getAllByRole('listitem').map((li) => li.textContent?.slice(0, 2))).toEqual(['B1', 'B2']);
  });

  it('renders the Månedsdialog sheet for the chosen caseworker and announces it', async () => {
    const { port, user } = renderApp();
    await openDialog(user);
    expect(port.sheet('Månedsdialog')).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Lav arket Månedsdialog' }));
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Arket Månedsdialog er klar til udskrift for Anna, marts 2025.'));
    const sheet = port.sheet('Månedsdialog')!;
    expect(JSON.stringify(sheet.values)).toContain('Anna');
    expect(JSON.stringify(sheet.values)).toContain('A3');
    expect(port.outputWrites).toBe(1);
  });
});

// Mål og milepæle in jsdom: tranche status, chart, milestone plan and teams, and the goal-rule form.
import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp, rows } from './fixtures';

const kpi = (label: string) => document.querySelector(`[data-kpi="${label}"]`)?.textContent ?? '';

async function openGoals(user: ReturnType<typeof renderApp>['user']) {
  await screen.findByRole('heading', { name: 'Min sagsstamme' });
  await user.click(screen.getByRole('tab', { name: 'Mål og milepæle' }));
  await screen.findByRole('heading', { name: 'Mål og milepæle', level: 2 });
}

describe('Mål og milepæle', () => {
  it('shows the share, tranche status, milestone table, chart and teams', async () => {
    const { user } = renderApp();
    await openGoals(user);
    // 2 of 7 citizens active in March 2025 (A1 praktik, B1 løntilskud): 28,57 % shown truncated.
    expect(kpi('Andel i marts 2025')).toMatch(/^28,5\s%$/);
    expect(kpi('Måneder i træk nu')).toBe('0');
    expect(kpi('Nået i')).toBe('Ikke nået endnu');
    const chart = await screen.findByRole('img', { name: 'Andel i indsats pr. måned mod mål og milepæle' });
    expect(chart.querySelectorAll('path').length).toBe(2);
    const plan = screen.getByTestId('plan');
    expect(within(plan).getByText('juni 2025')).toBeTruthy();
    // The starts still needed come right after the month, so a narrow pane shows them without scrolling.
    expect(within(plan).getAllByRole('columnheader').slice(0, 2).map((h) => h.textContent)).toEqual(['Måned', 'Starter der skal til']);
    const teams = within(screen.getByTestId('teams')).getAllByRole('row').slice(1).map((r) => (r as HTMLTableRowElement).cells[0].textContent);
    expect(teams).toEqual(['Team Nord', 'Team Syd']);
  });

  it('saves a custom rule to Indstillinger and re-measures', async () => {
    const { port, user } = renderApp();
    await openGoals(user);
    await user.selectOptions(screen.getByLabelText('Målregel', { selector: 'select' }), 'custom');
    const threshold = screen.getByLabelText('Tærskel (%)');
    await user.clear(threshold);
    await user.type(threshold, '25');
    const k = screen.getByLabelText('Måneder i træk');
    await user.clear(k);
    await user.type(k, '1');
    await user.click(screen.getByRole('button', { name: 'Gem i Indstillinger' }));
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Indstillingerne er gemt i Indstillinger.'));
    const settings = Object.fromEntries((await rows(port, 'Indstillinger')).map(([key, v]) => [key, v]));
    expect(settings['Målregel']).toBe('custom');
    expect(Number(settings['Tærskel'])).toBe(25);
    expect(Number(settings['Måneder i træk'])).toBe(1);
    // 28,6 % >= 25 % for one month: met in March.
    await waitFor(() => expect(kpi('Nået i')).toBe('marts 2025'));
  });

  it('refuses a bad base month with a Danish message and writes nothing', async () => {
    const { port, user } = renderApp();
    await openGoals(user);
    const before = JSON.stringify(await rows(port, 'Indstillinger'));
    const base = screen.getByLabelText('Basismåned (ÅÅÅÅ-MM)');
    await user.clear(base);
    await user.type(base, 'marts');
    expect(await screen.findByText('skal være en måned (ÅÅÅÅ-MM)')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Gem i Indstillinger' })).toHaveProperty('disabled', true);
    await user.type(base, '{Enter}');
    expect(JSON.stringify(await rows(port, 'Indstillinger'))).toBe(before);
  });
});

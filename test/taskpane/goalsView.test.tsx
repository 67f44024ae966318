// Mål og milepæle in jsdom: tranche status, chart, milestone plan and teams, the goal-rule form (Basismåned
// on or after Deadline refused at the field), and the reconciliation with STAR (counts side by side with
// the difference, changed citizens folded away).
import './setup';
import React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import App from '../../src/taskpane/App';
import type { Fremdrift } from '../../src/taskpane/context';
import { FremdriftContext } from '../../src/taskpane/context';
import { texts } from '../../src/text/ui';
import { Reconciliation } from '../../src/taskpane/views/goals/Reconciliation';
import { HISTORIK, STAR_TAL } from '../../src/workbook/contract';
import { MemoryWorkbook } from '../../src/workbook/memoryWorkbook';
import type { CellValue } from '../../src/workbook/port';
import { AS_OF, renderApp, rows, seedTables } from './fixtures';

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
    expect(
      within(plan)
        .getAllByRole('columnheader')
        .slice(0, 2)
        .map((h) => h.textContent),
    ).toEqual(['Måned', 'Starter der skal til']);
    const teams = screen.getAllByTestId('team-card').map((c) => c.getAttribute('data-team'));
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
    await waitFor(() =>
      expect(screen.getByTestId('announcer').textContent).toBe('Indstillingerne er gemt i Indstillinger.'),
    );
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

  it('reads a month as import does ("januar 2025"), echoes it and saves it as ÅÅÅÅ-MM; refuses 30 months in a row', async () => {
    const { port, user } = renderApp();
    await openGoals(user);
    const base = screen.getByLabelText('Basismåned (ÅÅÅÅ-MM)');
    await user.clear(base);
    await user.type(base, 'januar 2025');
    expect(await screen.findByText('= januar 2025')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Målregel', { selector: 'select' }), 'custom');
    const k = screen.getByLabelText('Måneder i træk');
    await user.clear(k);
    await user.type(k, '30');
    expect(await screen.findByText('skal være et helt antal måneder fra 1 til 24')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Gem i Indstillinger' })).toHaveProperty('disabled', true);
    await user.clear(k);
    await user.type(k, '3');
    await user.click(screen.getByRole('button', { name: 'Gem i Indstillinger' }));
    await waitFor(() =>
      expect(screen.getByTestId('announcer').textContent).toBe('Indstillingerne er gemt i Indstillinger.'),
    );
    const settings = Object.fromEntries((await rows(port, 'Indstillinger')).map(([key, v]) => [key, v]));
    expect(settings['Basismåned']).toBe('2025-01');
  });

  it('refuses a Basismåned on or after the Deadline at the Deadline field, with Gem disabled', async () => {
    const { port, user } = renderApp();
    await openGoals(user);
    const before = JSON.stringify(await rows(port, 'Indstillinger'));
    const base = screen.getByLabelText('Basismåned (ÅÅÅÅ-MM)');
    const deadline = screen.getByLabelText('Deadline (ÅÅÅÅ-MM)');
    const gem = () => screen.getByRole('button', { name: 'Gem i Indstillinger' });
    const message = 'skal ligge efter Basismåned (2025-06); ellers er der ingen milepæle';
    // The seed's Deadline is 2025-06: the same month as Basismåned is refused, as is a later one.
    await user.clear(base);
    await user.type(base, '2025-06');
    expect(await screen.findByText(message)).toBeTruthy();
    expect(deadline.getAttribute('aria-invalid')).toBe('true');
    expect(base.getAttribute('aria-invalid')).not.toBe('true');
    expect(gem()).toHaveProperty('disabled', true);
    await user.type(base, '{Enter}');
    expect(JSON.stringify(await rows(port, 'Indstillinger'))).toBe(before);
    await user.clear(base);
    await user.type(base, '2025-05');
    await waitFor(() => expect(screen.queryByText(/skal ligge efter Basismåned/)).toBeNull());
    expect(gem()).toHaveProperty('disabled', false);
  });

  it('says the same in English', async () => {
    const { user } = renderApp('en');
    await screen.findByRole('heading', { name: 'My caseload' });
    await user.click(screen.getByRole('tab', { name: 'Goals and milestones' }));
    const base = await screen.findByLabelText('Base month (YYYY-MM)');
    await user.clear(base);
    await user.type(base, '2025-07');
    expect(
      await screen.findByText('must be after the base month (2025-07); otherwise there are no milestones'),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save to Indstillinger' })).toHaveProperty('disabled', true);
  });

  it('states the milestone status together with the gap to the goal', async () => {
    const { user } = renderApp();
    await openGoals(user);
    // March 2025: 2 of 7 active, 40 % needs 3: one citizen short of the goal whatever the milestone says.
    const plan = within(screen.getByTestId('plan'));
    const march = plan.getByText('marts 2025').closest('tr')!;
    expect(march.textContent).toMatch(/1 borger mangler til målet/);
    // Team Nord: 1 of 5 active in March, 40 % needs 2.
    expect(line(card('Team Nord'), 'Mangler til målet')).toBe('1 borger');
  });
});

const card = (team: string) => screen.getAllByTestId('team-card').find((c) => c.getAttribute('data-team') === team)!;
/** The value beside a label in a card (the first slice card in it: the team's own). */
const line = (scope: HTMLElement, cell: string) =>
  scope.querySelector(`[data-cell="${cell}"] dd`)?.textContent?.replace(/\s/g, ' ') ?? '';

describe('team cards in Mål og milepæle', () => {
  it('answer "how many must the team start this month and next" for every team, with both gaps and the status', async () => {
    const { user } = renderApp();
    await openGoals(user);
    const list = screen.getByRole('list', { name: 'Teams' });
    expect(
      within(list)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(['Team Nord', 'Team Syd']);
    // Nord: milestone 2 in March and April. February had nobody active and no end so far in March: 2 starts,
    // of which A1's praktik (1 March) has started. April builds on March's 1 active: 1 more.
    const nord = card('Team Nord');
    expect(within(nord).getAllByText('Starter der skal til i marts 2025 (i gang)').length).toBeGreaterThan(0);
    expect(line(nord, 'now')).toBe('2 · 1 startet indtil nu');
    expect(line(nord, 'next')).toBe('1');
    expect(line(nord, 'Andel')).toBe('20 % (1 af 5)');
    expect(line(nord, 'Milepæl')).toBe('2 (40 %)');
    expect(line(nord, 'Status')).toBe('Bagud');
    expect(line(nord, 'Mangler til milepælen')).toBe('1');
    // Syd: B1's løntilskud carries its milestone of 1 in both months.
    const syd = card('Team Syd');
    expect([line(syd, 'now'), line(syd, 'next'), line(syd, 'Status')]).toEqual([
      '0 · 0 startet indtil nu',
      '0',
      'På sporet',
    ]);
    // The trend names its months and shares for screen readers.
    expect(within(nord).getAllByRole('img')[0].getAttribute('aria-label')).toMatch(
      /^Andel de seneste \d måneder: .*feb\. 25 0\s%, mar\. 25 20\s%$/,
    );
  });

  it("folds each team's caseworkers away behind a disclosure with the same figures", async () => {
    const { user } = renderApp();
    await openGoals(user);
    const nord = card('Team Nord');
    const toggle = within(nord).getByText('Sagsbehandlere i Team Nord (1)');
    const details = toggle.closest('details')!;
    expect(details.open).toBe(false);
    await user.click(toggle);
    expect(details.open).toBe(true);
    const anna = within(details).getByRole('heading', { level: 5, name: 'Anna' }).closest('[data-testid="slice-card"]');
    expect(line(anna as HTMLElement, 'now')).toBe('2 · 1 startet indtil nu');
    expect(line(anna as HTMLElement, 'next')).toBe('1');
  });

  it('says it in English', async () => {
    const { user } = renderApp('en');
    await screen.findByRole('heading', { name: 'My caseload' });
    await user.click(screen.getByRole('tab', { name: 'Goals and milestones' }));
    const nord = await waitFor(() => card('Team Nord'));
    expect(within(nord).getAllByText('Starts needed in March 2025 (running)').length).toBeGreaterThan(0);
    expect(line(nord, 'next')).toBe('1');
  });
});

const withHeaders = (headers: readonly string[], rowsByHeader: Record<string, CellValue>[]) =>
  rowsByHeader.map((r) => headers.map((h) => r[h] ?? null));

describe('Afstemning med STAR in Mål og milepæle', () => {
  it("puts STAR's count, the count at close and the count now side by side with the difference", async () => {
    window.sessionStorage.clear();
    const starHeaders = STAR_TAL.columns.map((c) => c.header);
    const histHeaders = HISTORIK.columns.map((c) => c.header);
    const port = new MemoryWorkbook({
      ...seedTables(),
      STAR_tal: {
        name: 'STAR_tal',
        headers: starHeaders,
        rows: withHeaders(starHeaders, [{ Måned: '2025-03', Brutto: 7, 'I indsats': 3 }]),
      },
      Historik: {
        name: 'Historik',
        headers: histHeaders,
        rows: withHeaders(histHeaders, [
          { Måned: '2025-02', Niveau: 'Alle', Brutto: 7, 'I indsats': 1, Målregel: 'fsm-rate3', Lukket: '2025-03-10' },
        ]),
      },
    });
    const user = userEvent.setup();
    render(<App port={port} mode="preview" locale="da" asOf={AS_OF} />);
    await openGoals(user);
    const table = await screen.findByTestId('reconciliation-table');
    const cells = (month: string) =>
      [...within(table).getByText(month).closest('tr')!.children].map((c) => c.textContent);
    // February: closed with 1 of 7 and still 1 of 7; no STAR figures, so no difference.
    expect(cells('februar 2025')).toEqual(['februar 2025', '–', '1 af 7', '1 af 7', '']);
    // March: STAR counted 3, Fremdrift counts 2 now (A1 praktik, B1 løntilskud): one fewer.
    expect(cells('marts 2025')).toEqual([
      'marts 2025',
      '3 af 7' + '42,8\u00a0% · opfylder målet',
      'ikke lukket',
      '2 af 7',
      '\u22121' + 'brutto 0',
    ]);
  });

  it('says how to get months to reconcile when there are none', async () => {
    const { user } = renderApp();
    await openGoals(user);
    expect(within(screen.getByTestId('reconciliation')).getByText(/Ingen måneder at afstemme endnu/)).toBeTruthy();
    expect(screen.queryByTestId('reconciliation-table')).toBeNull();
  });

  it('folds the citizens changed since close away until the user opens them', async () => {
    const tx = texts('da');
    const app = { tx } as Fremdrift;
    render(
      <FremdriftContext.Provider value={app}>
        <Reconciliation
          months={[
            {
              month: '2026-07',
              star: { gross: 544, active: 179, share: 179 / 544, passes: false },
              closed: { gross: 544, active: 178, closedOn: '2026-08-10', atAdoption: false },
              now: { gross: 544, active: 177 },
              grossDifference: 0,
              changedSinceClose: [
                { citizenId: 'B10001', was: true, now: false, wasInGroup: true, nowInGroup: true },
                { citizenId: 'B10002', was: true, now: false, wasInGroup: true, nowInGroup: true },
              ],
            },
          ]}
        />
      </FremdriftContext.Provider>,
    );
    const row = [
      ...within(screen.getByTestId('reconciliation-table')).getByText('juli 2026').closest('tr')!.children,
    ].map((c) => c.textContent);
    expect(row).toEqual([
      'juli 2026',
      '179 af 544' + '32,9\u00a0% · opfylder ikke målet',
      '178 af 544',
      '177 af 544',
      '\u22122' + 'brutto 0',
    ]);
    const summary = screen.getByText('juli 2026: 2 borgere ændret siden lukning');
    const details = summary.closest('details')!;
    expect(details.open).toBe(false);
    await userEvent.setup().click(summary);
    expect(details.open).toBe(true);
    expect(within(details).getByText(/B10001: talt med ved lukning ja, nu nej/)).toBeTruthy();
  });
});

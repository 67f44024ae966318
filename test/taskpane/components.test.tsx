// The small task-pane components made for narrow panes: the scroll table, the view tabs, the chart's
// label spacing, the shared caseworker picker and messages that stay with their view.
import './setup';
import React from 'react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ShareChart, { LABEL_PX, labelStep, shareAxis, type ChartPoint } from '../../src/taskpane/components/ShareChart';
import { ScrollTable } from '../../src/taskpane/components/ScrollTable';
import { ViewNav } from '../../src/taskpane/components/ViewNav';
import { texts } from '../../src/text/ui';
import { renderApp } from './fixtures';

const inFluent = (ui: React.ReactElement) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

describe('ScrollTable', () => {
  it('is a named region reachable by keyboard that holds the table', () => {
    inFluent(
      <ScrollTable label="Milepæle pr. måned" testId="t">
        <tbody>
          <tr>
            <th scope="row">maj 2026</th>
            <td>3</td>
          </tr>
        </tbody>
      </ScrollTable>,
    );
    const region = screen.getByRole('region', { name: 'Milepæle pr. måned' });
    expect(region.tabIndex).toBe(0);
    expect(within(region).getByTestId('t').tagName).toBe('TABLE');
    expect(within(region).getByRole('rowheader', { name: 'maj 2026' })).toBeTruthy();
  });
});

describe('ViewNav', () => {
  it('shows every view as a tab and reports the chosen one', async () => {
    const chosen: string[] = [];
    const tabs = [
      { value: 'a', label: 'Min sagsstamme' },
      { value: 'b', label: 'Importér' },
    ];
    inFluent(<ViewNav tabs={tabs} value="a" onChange={(v) => chosen.push(v)} label="Visninger" />);
    const list = screen.getByRole('tablist', { name: 'Visninger' });
    expect(within(list).getAllByRole('tab')).toEqual([
      within(list).getByRole('tab', { name: 'Min sagsstamme' }),
      within(list).getByRole('tab', { name: 'Importér' }),
    ]);
    expect(screen.getByRole('tab', { name: 'Min sagsstamme' }).getAttribute('aria-selected')).toBe('true');
    await userEvent.setup().click(screen.getByRole('tab', { name: 'Importér' }));
    expect(chosen).toEqual(['b']);
  });
});

describe('ShareChart', () => {
  const months = (n: number): ChartPoint[] =>
    Array.from({ length: n }, (_, i) => ({
      month: `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      share: i / n,
      milestone: null,
    }));

  it('labels at least 11 px and no closer than a label is wide', () => {
    expect(LABEL_PX).toBeGreaterThanOrEqual(11);
    // 36 months on a 270 px plot (a 320 px pane): room for 3 labels, so every 12th month.
    expect(labelStep(36, 270)).toBe(12);
    expect(labelStep(3, 270)).toBe(1);
    for (const [months, width] of [
      [36, 270],
      [24, 294],
      [12, 394],
      [40, 504],
    ]) {
      const step = labelStep(months, width);
      expect((width / (months - 1)) * step).toBeGreaterThanOrEqual(56);
    }
  });

  it('draws share and milestone lines and lists the figures in a table', () => {
    inFluent(<ShareChart points={months(20)} goal={0.4} tx={texts('da')} />);
    const chart = screen.getByRole('img', { name: 'Andel i indsats pr. måned mod mål og milepæle' });
    expect(chart.querySelectorAll('path').length).toBe(2);
    const labels = [...chart.querySelectorAll('text')].filter((t) => /^\p{L}+\.? \d{2}$/u.test(t.textContent ?? ''));
    const xs = labels.map((t) => Number(t.getAttribute('x')));
    for (let i = 1; i < xs.length; i++) expect(xs[i] - xs[i - 1]).toBeGreaterThanOrEqual(52);
    expect(within(screen.getByRole('region', { name: 'Tallene bag grafen' })).getAllByRole('row')).toHaveLength(21);
  });

  it('labels months in Danish at even calendar steps', () => {
    expect([1, 5, 7, 13, 30].map((raw) => labelStep(raw * 2, 2 * 72))).toEqual([1, 6, 12, 24, 36]);
    inFluent(<ShareChart points={months(20)} goal={0.4} tx={texts('da')} />);
    const chart = screen.getByRole('img', { name: 'Andel i indsats pr. måned mod mål og milepæle' });
    const labels = [...chart.querySelectorAll('text')].map((t) => t.textContent).filter((t) => /\d{2}$/.test(t!));
    // 20 months from January 2024 on the fallback width: every third month, from January.
    expect(labels).toEqual(['jan. 24', 'apr. 24', 'jul. 24', 'okt. 24', 'jan. 25', 'apr. 25', 'jul. 25']);
  });

  it('scales the share axis to the data and the goal, and marks today and the deadline', () => {
    expect(shareAxis([0.22, 0.31, 0.4])).toEqual({ lo: 0.2, hi: 0.45, ticks: [0.2, 0.25, 0.3, 0.35, 0.4, 0.45] });
    expect(shareAxis([0, 1]).ticks).toEqual([0, 0.25, 0.5, 0.75, 1]);
    const points: ChartPoint[] = ['2026-09', '2026-10', '2026-11', '2026-12', '2027-01'].map((month, i) => ({
      month,
      share: i < 3 ? 0.25 + i * 0.02 : null,
      milestone: 0.3 + i * 0.02,
    }));
    inFluent(<ShareChart points={points} goal={0.4} tx={texts('da')} today="2026-11" deadline="2027-01" />);
    const chart = screen.getByRole('img', { name: 'Andel i indsats pr. måned mod mål og milepæle' });
    const percents = [...chart.querySelectorAll('text')].map((t) => t.textContent!).filter((t) => t.includes('%'));
    expect(percents[0]).toMatch(/^20\s%$/);
    expect(percents.at(-1)).toMatch(/^45\s%$/);
    expect([...chart.querySelectorAll('[data-marker]')].map((m) => m.getAttribute('data-marker'))).toEqual([
      'I dag',
      'Deadline',
    ]);
    expect(chart.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(chart.getAttribute('aria-describedby')!)?.textContent).toMatch(
      /^Andelen går fra 25\s% til 29\s% \(september 2026 til november 2026\); målet er 40\s%\.$/,
    );
  });
});

describe('shared caseworker picker and view messages', () => {
  it('the caseworker chosen in Min sagsstamme is the one Månedsdialog opens with', async () => {
    const { user } = renderApp();
    await screen.findByRole('heading', { name: 'Min sagsstamme' });
    await user.selectOptions(screen.getByLabelText('Sagsbehandler'), 'Bo');
    await user.click(screen.getByRole('tab', { name: 'Månedsdialog' }));
    await screen.findByRole('heading', { name: 'Månedsdialog', level: 2 });
    expect((screen.getByLabelText('Sagsbehandler') as HTMLSelectElement).value).toBe('Bo');
  });

  it('the role chosen in Min sagsstamme is the one Månedsdialog opens with, and each role keeps its person', async () => {
    const { user } = renderApp();
    await screen.findByRole('heading', { name: 'Min sagsstamme' });
    await user.selectOptions(screen.getByLabelText('Sagsbehandler'), 'Bo');
    await user.click(screen.getByRole('radio', { name: 'Virksomhedskonsulenter' }));
    await user.click(screen.getByRole('tab', { name: 'Månedsdialog' }));
    await screen.findByRole('heading', { name: 'Månedsdialog', level: 2 });
    expect((screen.getByRole('radio', { name: 'Virksomhedskonsulenter' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Virksomhedskonsulent') as HTMLSelectElement).value).toBe('Vera');
    await user.click(screen.getByRole('radio', { name: 'Sagsbehandlere' }));
    expect((screen.getByLabelText('Sagsbehandler') as HTMLSelectElement).value).toBe('Bo');
  });

  it('a message stays with the view that raised it and clears when the user moves on', async () => {
    const { user } = renderApp();
    await screen.findByRole('heading', { name: 'Min sagsstamme' });
    await user.click(screen.getByRole('tab', { name: 'Mål og milepæle' }));
    await screen.findByRole('heading', { name: 'Mål og milepæle', level: 2 });
    await user.click(screen.getByRole('button', { name: 'Gem i Indstillinger' }));
    await waitFor(() =>
      expect(screen.getByTestId('announcer').textContent).toBe('Indstillingerne er gemt i Indstillinger.'),
    );
    await user.click(screen.getByRole('tab', { name: 'Min sagsstamme' }));
    await screen.findByRole('heading', { name: 'Min sagsstamme', level: 2 });
    expect(screen.getByTestId('announcer').textContent).toBe('');
    await user.click(screen.getByRole('tab', { name: 'Mål og milepæle' }));
    await screen.findByRole('heading', { name: 'Mål og milepæle', level: 2 });
    expect(screen.getByTestId('announcer').textContent).toBe('');
  });

  it('choosing another quick form clears the message of the previous one', async () => {
    const { user } = renderApp();
    await screen.findByRole('heading', { name: 'Start forløb' });
    const form = screen.getByRole('form', { name: 'Start forløb' });
    await user.clear(within(form).getByLabelText(/^Startdato/));
    await user.click(within(form).getByRole('button', { name: 'Gem' }));
    await waitFor(() =>
      expect(screen.getByTestId('announcer').textContent).toBe('Ret fejlene i formularen: intet er gemt.'),
    );
    await user.click(screen.getByRole('button', { name: 'Registrér timer' }));
    expect(screen.getByTestId('announcer').textContent).toBe('');
  });
});

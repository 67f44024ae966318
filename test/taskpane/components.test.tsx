// The small task-pane components made for narrow panes: the scroll table, the view tabs, the chart's
// label spacing, the shared caseworker picker and messages that stay with their view.
import './setup';
import React from 'react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ShareChart, { LABEL_PX, labelStep, type ChartPoint } from '../../src/taskpane/components/ShareChart';
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
    const labels = [...chart.querySelectorAll('text')].filter((t) => /^\d{4}-\d{2}$/.test(t.textContent ?? ''));
    const xs = labels.map((t) => Number(t.getAttribute('x')));
    for (let i = 1; i < xs.length; i++) expect(xs[i] - xs[i - 1]).toBeGreaterThanOrEqual(52);
    expect(within(screen.getByRole('region', { name: 'Tallene bag grafen' })).getAllByRole('row')).toHaveLength(21);
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

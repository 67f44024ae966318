// The ribbon's "Opdater" is never silent: with the task pane open its progress and result (or error)
// appear in the pane; without a pane they appear in an Office status dialog (commands.html in status
// mode). Office is faked at its boundary (Excel.run, Office.context.ui); the code under test is real.
import './setup';
import { BroadcastChannel as NodeBroadcastChannel } from 'worker_threads';
import { act, screen, waitFor } from '@testing-library/react';
import { renderApp } from './fixtures';

// jsdom has no BroadcastChannel; Node's has the same interface and delivers between instances.
Object.assign(window, { BroadcastChannel: NodeBroadcastChannel });

const g = globalThis as unknown as Record<string, unknown>;
afterEach(() => {
  delete g.Excel;
  delete g.Office;
});

function failingExcel(afterMs = 0) {
  g.Excel = {
    run: async () => {
      await new Promise((r) => setTimeout(r, afterMs));
      throw new Error('Tabellen "Borgere" mangler');
    },
  };
}

describe('Opdater with the task pane open', () => {
  it('shows the error of a failed refresh in the pane', async () => {
    renderApp();
    await screen.findByRole('heading', { name: 'Min sagsstamme' });
    failingExcel();
    const { refresh } = await import('../../src/commands/commands');
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    let completed = 0;
    await act(async () => {
      await refresh({ completed: () => completed++ } as unknown as Office.AddinCommands.Event);
    });
    spy.mockRestore();
    expect(completed).toBe(1);
    const notice = await screen.findByTestId('ribbon-notice');
    await waitFor(() =>
      expect(notice.textContent).toContain('Opdatering fra båndet mislykkedes: Tabellen "Borgere" mangler'),
    );
    // Moving to another view clears it.
    await act(async () => screen.getByRole('tab', { name: 'Månedsdialog' }).click());
    expect(screen.queryByTestId('ribbon-notice')).toBeNull();
  });

  it('shows progress, then the time of a finished refresh', async () => {
    renderApp();
    await screen.findByRole('heading', { name: 'Min sagsstamme' });
    const sender = new NodeBroadcastChannel('fremdrift.ribbon');
    sender.postMessage({ kind: 'started' });
    expect((await screen.findByTestId('ribbon-notice')).textContent).toContain('Opdaterer arkene fra båndet …');
    sender.postMessage({ kind: 'done', time: '14:05' });
    await waitFor(() =>
      expect(screen.getByTestId('ribbon-notice').textContent).toContain('Arkene er opdateret fra båndet (14:05).'),
    );
    sender.close();
  });
});

describe('Opdater without a task pane', () => {
  it('opens a status dialog with progress, then the error, and completes when the user closes it', async () => {
    // A slow refresh (over 0.8 s) shows "Opdaterer …" first.
    failingExcel(1200);
    const opened: string[] = [];
    const handlers: ((arg: unknown) => void)[] = [];
    let closedByCode = 0;
    g.Office = {
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
      context: {
        displayLanguage: 'da-DK',
        ui: {
          displayDialogAsync: (url: string, _opts: unknown, cb: (r: unknown) => void) => {
            opened.push(url);
            cb({
              status: 'succeeded',
              value: {
                close: () => closedByCode++,
                addEventHandler: (_t: string, h: (arg: unknown) => void) => handlers.push(h),
              },
            });
          },
        },
      },
    };
    const { refresh } = await import('../../src/commands/commands');
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    let completed = 0;
    const run = refresh({ completed: () => completed++ } as unknown as Office.AddinCommands.Event);
    // The dialog with the result opens; the command waits for the user.
    await waitFor(() => expect(opened.length).toBe(2));
    const first = new URL(opened[0]);
    const last = new URL(opened[1]);
    expect(first.pathname).toMatch(/commands\.html$/);
    expect(first.searchParams.get('status')).toBe('working');
    expect(last.searchParams.get('status')).toBe('failed');
    expect(last.searchParams.get('text')).toBe('Opdatering fra båndet mislykkedes: Tabellen "Borgere" mangler');
    expect(completed).toBe(0);
    for (const h of handlers.slice(-2)) h({ message: 'close' });
    await run;
    spy.mockRestore();
    expect(completed).toBe(1);
    expect(closedByCode).toBeGreaterThan(0);
  });
});

describe('Opdater without a task pane, quick', () => {
  it('a refresh under 0.8 s opens only the result dialog', async () => {
    failingExcel(0);
    const opened: string[] = [];
    const handlers: ((arg: unknown) => void)[] = [];
    g.Office = {
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
      context: {
        displayLanguage: 'en-US',
        ui: {
          displayDialogAsync: (url: string, _opts: unknown, cb: (r: unknown) => void) => {
            opened.push(url);
            cb({
              status: 'succeeded',
              value: {
                close: () => undefined,
                addEventHandler: (_t: string, h: (arg: unknown) => void) => handlers.push(h),
              },
            });
          },
        },
      },
    };
    const { refresh } = await import('../../src/commands/commands');
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const run = refresh({ completed: () => undefined } as unknown as Office.AddinCommands.Event);
    await waitFor(() => expect(opened.length).toBe(1));
    handlers[0]({ message: 'close' });
    await run;
    await new Promise((r) => setTimeout(r, 1000));
    spy.mockRestore();
    expect(opened.length).toBe(1);
    const url = new URL(opened[0]);
    expect([url.searchParams.get('status'), url.searchParams.get('lang')]).toEqual(['failed', 'en']);
    expect(url.searchParams.get('text')).toBe('Refresh from the ribbon failed: Tabellen "Borgere" mangler');
  });
});

describe('the status dialog page', () => {
  it('shows the text from the query and a close button; an error is an alert', async () => {
    const { renderStatusPage } = await import('../../src/commands/statusPage');
    expect(renderStatusPage(document, '')).toBe(false);
    expect(renderStatusPage(document, '?status=failed&text=Boom&lang=en')).toBe(true);
    expect(screen.getByRole('alert').textContent).toBe('Boom');
    expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy();
    renderStatusPage(document, '?status=working&text=Opdaterer');
    expect(screen.getByRole('status').textContent).toBe('Opdaterer');
    expect(screen.getByRole('button', { hidden: true }).hidden).toBe(true);
  });
});

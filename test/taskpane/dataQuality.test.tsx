// Datakvalitet in Min sagsstamme: an issue planted in Timer (a mistyped Borger-ID) is listed with its
// table, row, column, what is wrong and the consequence, in Danish and English; "Gå til rækken" shows the
// row in the preview and selects the cell through the real Office.js adapter against the strict fake.
import './setup';
import React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import App from '../../src/taskpane/App';
import { OfficeWorkbook } from '../../src/excel/officeWorkbook';
import { BORGERE, FORLØB, INDSTILLINGER, TIMER } from '../../src/workbook/contract';
import { MemoryWorkbook } from '../../src/workbook/memoryWorkbook';
import type { RawTable } from '../../src/workbook/port';
import { FakeExcel, type Cell } from '../excel/fakeExcel';
import { AS_OF, renderApp, seedTables } from './fixtures';

// The strict fake defers its work with setImmediate, which jsdom does not have.
if (typeof globalThis.setImmediate !== 'function')
  Object.assign(globalThis, { setImmediate: (fn: () => void) => setTimeout(fn, 0) });

const hoursRow = (id: string, month: string) => [id, month, 10, 'Lønseddel'];

/** The fixture tables with Timer rows: row 1 fine (A1), row 2 a mistyped ID (A1O), plus `more` unknown IDs. */
function withTimer(more = 0): Record<string, RawTable> {
  const tables = seedTables();
  tables.Timer = {
    ...tables.Timer,
    rows: [
      hoursRow('A1', '2025-02'),
      hoursRow('A1O', '2025-02'),
      ...Array.from({ length: more }, (_, i) => hoursRow(`X${i}`, '2025-01')),
    ],
  };
  // Bo's citizen B1 has a CV value that is not Ja/Nej: Bo's issue, not Anna's.
  const cv = tables.Borgere.headers.indexOf('CV');
  tables.Borgere.rows[5][cv] = 'Måske';
  return tables;
}

async function section() {
  await screen.findByRole('heading', { name: /^(Min sagsstamme|My caseload)$/ });
  return screen.findByTestId('data-quality');
}

describe('Datakvalitet in Min sagsstamme', () => {
  it("lists the Timer row with a mistyped Borger-ID in Anna's caseload, in Danish, but not Bo's CV", async () => {
    renderApp('da', AS_OF, new MemoryWorkbook(withTimer()));
    const dq = await section();
    expect(within(dq).getByRole('heading', { name: 'Datakvalitet' })).toBeTruthy();
    const list = within(dq).getByTestId('data-quality-list');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0].textContent).toContain('Timer, række 2, kolonne Borger-ID (Fejl)');
    expect(items[0].textContent).toContain('Borger-ID "A1O" findes ikke i Borgere');
    expect(items[0].textContent).toContain('rækken er ikke talt med');
    expect(
      within(items[0]).getByRole('button', { name: 'Gå til rækken: Timer, række 2, kolonne Borger-ID' }),
    ).toBeTruthy();
    expect(dq.textContent).not.toContain('Måske');
  });

  it('says the same in English, and shows Bo his own CV issue too', async () => {
    const { user } = renderApp('en', AS_OF, new MemoryWorkbook(withTimer()));
    const dq = await section();
    expect(within(dq).getByRole('heading', { name: 'Data quality' })).toBeTruthy();
    let text = within(dq).getByTestId('data-quality-list').textContent;
    expect(text).toContain('Timer, row 2, column Borger-ID (Error)');
    expect(text).toContain('Borger-ID "A1O" is not in Borgere');
    expect(text).toContain('the row is not counted');
    await user.selectOptions(screen.getByLabelText('Caseworker'), 'Bo');
    await waitFor(() => expect(within(dq).getByTestId('data-quality-list').textContent).toContain('"Måske"'));
    text = within(dq).getByTestId('data-quality-list').textContent;
    expect(text).toContain('Borgere, row 6, column CV (Warning)');
    expect(text).toContain('the value is ignored');
    expect(text).toContain('Borger-ID "A1O" is not in Borgere');
  });

  it('in the preview, "Gå til rækken" shows the row it names, with its values', async () => {
    const { user } = renderApp('da', AS_OF, new MemoryWorkbook(withTimer()));
    const dq = await section();
    await user.click(within(dq).getByRole('button', { name: /^Gå til rækken/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Timer, række 2' });
    const row = within(dialog).getByTestId('data-quality-row');
    const valueOf = (header: string) => within(row).getByText(header, { selector: 'th' }).nextSibling?.textContent;
    expect(valueOf('Borger-ID')).toBe('A1O');
    expect(valueOf('Måned')).toBe('februar 2025');
    expect(within(dialog).getByText('Luk', { selector: 'button' })).toBeTruthy();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('many issues start collapsed behind their count and open from the keyboard', async () => {
    const { user } = renderApp('da', AS_OF, new MemoryWorkbook(withTimer(6)));
    const dq = await section();
    const toggle = within(dq).getByRole('button', { name: /7 problemer i dine data/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(within(dq).queryByRole('listitem')).toBeNull(); // hidden, so not in the accessibility tree
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(within(dq).getAllByRole('listitem')).toHaveLength(7);
  });

  it('an empty caseload of issues says so', async () => {
    renderApp();
    const dq = await section();
    expect(dq.textContent).toContain('Ingen problemer i dine data.');
  });
});

describe('"Gå til rækken" inside Excel', () => {
  const headers = (def: { columns: readonly { header: string }[] }) => def.columns.map((c) => c.header);
  const asCells = (t: RawTable): Cell[][] => t.rows.map((r) => r.map((v) => (v === null ? '' : v)));

  it('selects the named cell through the Office.js adapter, in one sync', async () => {
    const tables = withTimer();
    const fake = new FakeExcel();
    for (const def of [BORGERE, FORLØB, TIMER, INDSTILLINGER])
      fake.addTable(def.name, headers(def), asCells(tables[def.name]));
    const port = new OfficeWorkbook({ run: fake.run, supports: fake.supports });
    const user = userEvent.setup();
    window.sessionStorage.clear();
    render(<App port={port} mode="excel" locale="da" asOf={AS_OF} />);
    const dq = await section();
    const syncsBefore = fake.syncCount;
    await user.click(within(dq).getByRole('button', { name: 'Gå til rækken: Timer, række 2, kolonne Borger-ID' }));
    await waitFor(() => expect(fake.selection).toBe('Timer!A3'));
    expect(fake.activeSheet).toBe('Timer');
    expect(fake.syncCount - syncsBefore).toBe(1);
    expect((await screen.findByTestId('announcer')).textContent).toBe(
      'Markeret i Excel: Timer, række 2, kolonne Borger-ID.',
    );
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

// "Opret sagsstamme" in the task pane: on a v1 workbook it adds the v2 tables and columns without
// changing a row and says what it added (the same words as `fremdrift upgrade`); on an empty workbook it
// is offered beside the load error and creates the tables, after which the views load.
import './setup';
import React from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import App from '../../src/taskpane/App';
import { FORLØB } from '../../src/workbook/contract';
import { MemoryWorkbook } from '../../src/workbook/memoryWorkbook';
import { AS_OF, seedTables } from './fixtures';

function v1Tables() {
  const tables = seedTables();
  const forløb = tables['Forløb'];
  // Without the contract's later columns (Opfølgning, Afslutningsårsag, Mål for forløbet, Skriftlig aftale).
  const keep = forløb.headers.map((h) => !FORLØB.columns.some((c) => c.header === h && c.since === 2));
  tables['Forløb'] = {
    ...forløb,
    headers: forløb.headers.filter((_, i) => keep[i]),
    rows: forløb.rows.map((r) => r.filter((_, i) => keep[i])),
  };
  return tables;
}

describe('Opret sagsstamme', () => {
  it('upgrades a v1 workbook, says what it added and changes no row', async () => {
    window.sessionStorage.clear();
    const port = new MemoryWorkbook(v1Tables());
    const before = JSON.stringify(await port.readTables(['Borgere', 'Forløb']));
    const user = userEvent.setup();
    render(<App port={port} mode="preview" locale="da" asOf={AS_OF} />);
    await user.click(await screen.findByRole('button', { name: 'Opret sagsstamme' }));
    await waitFor(() =>
      expect(screen.getByTestId('announcer').textContent).toBe(
        'Oprettet tabellerne Aftaler, Historik, Historik_borgere, STAR_tal, Indikatorer og Indikatormål. Tilføjet kolonnerne Opfølgning, Afslutningsårsag, Mål for forløbet og Skriftlig aftale til tabellen Forløb. Ingen rækker er ændret.',
      ),
    );
    const after = await port.readTables(['Borgere', 'Forløb', 'Aftaler']);
    expect(JSON.stringify(after.Borgere)).toBe(JSON.stringify(JSON.parse(before).Borgere));
    const oldForløb = JSON.parse(before)['Forløb'];
    expect(after['Forløb']!.rows.map((r) => r.slice(0, oldForløb.headers.length))).toEqual(oldForløb.rows);
    expect(after.Aftaler!.rows).toEqual([]);
  });

  it('is offered when the workbook has no tables, and the views load after it', async () => {
    window.sessionStorage.clear();
    const port = new MemoryWorkbook({});
    const user = userEvent.setup();
    render(<App port={port} mode="preview" locale="da" asOf={AS_OF} />);
    await screen.findByText(/Projektmappen kunne ikke læses/);
    await user.click(screen.getByRole('button', { name: 'Opret sagsstamme' }));
    await screen.findByRole('heading', { name: 'Min sagsstamme', level: 2 });
    expect((await port.readTables(['Borgere'])).Borgere!.rows).toEqual([]);
  });
});

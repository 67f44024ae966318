import './setup';
import React from 'react';
import { render, screen } from '@testing-library/react';
import App from '../../src/taskpane/App';
import { MemoryWorkbook } from '../../src/workbook/memoryWorkbook';
import { AS_OF, renderApp, seedTables } from './fixtures';

describe('App', () => {
  it('speaks English when asked, with the same figures', async () => {
    renderApp('en');
    expect(await screen.findByRole('heading', { name: 'My caseload' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Goals and milestones' })).toBeTruthy();
    expect(screen.getByText('Preview: demo data in memory, nothing is saved to Excel')).toBeTruthy();
    expect(document.querySelector('[data-kpi="In company-directed activity"]')?.textContent).toBe('1');
  });

  it('loads the import wizard in its own tab', async () => {
    const { user } = renderApp();
    await screen.findByRole('heading', { name: 'Min sagsstamme' });
    await user.click(screen.getByRole('tab', { name: 'Importér' }));
    expect(await screen.findByText('Importér fra fagsystem')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Min sagsstamme' })).toBeNull();
  });

  it('shows no preview banner in Excel mode', async () => {
    render(<App port={new MemoryWorkbook(seedTables())} mode="excel" locale="da" asOf={AS_OF} />);
    await screen.findByRole('heading', { name: 'Min sagsstamme' });
    expect(screen.queryByText(/Forhåndsvisning/)).toBeNull();
  });

  it('says in Danish why a workbook without Borgere cannot be read', async () => {
    const { Borgere: _missing, ...rest } = seedTables();
    render(<App port={new MemoryWorkbook(rest)} mode="excel" locale="da" asOf={AS_OF} />);
    expect((await screen.findByText(/Projektmappen kunne ikke læses/)).textContent).toMatch(/Borgere/);
    expect(screen.queryByRole('heading', { name: 'Min sagsstamme' })).toBeNull();
  });
});

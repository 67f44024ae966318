// The pane opens on the person and role the user chose last (kept in the ChoiceStore index.tsx gives:
// localStorage), as long as that person is still in the caseload; a choice made is written back.
import './setup';
import React from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import App from '../../src/taskpane/App';
import { storageChoices } from '../../src/taskpane/choices';
import { MemoryWorkbook } from '../../src/workbook/memoryWorkbook';
import { AS_OF, seedTables } from './fixtures';

function open(remembered: Record<string, string>) {
  window.sessionStorage.clear();
  window.localStorage.clear();
  for (const [k, v] of Object.entries(remembered)) window.localStorage.setItem(k, v);
  const user = userEvent.setup();
  const choices = storageChoices(() => window.localStorage);
  const port = new MemoryWorkbook(seedTables());
  const utils = render(<App port={port} mode="preview" locale="da" asOf={AS_OF} choices={choices} />);
  return { user, ...utils };
}

/** The person picker: the first field with the role's label (the entry forms below may have one too). */
const picker = async (label: string) => (await screen.findAllByLabelText(label))[0] as HTMLSelectElement;

describe('remembered person and role', () => {
  it('opens on the caseworker chosen last, and remembers a new choice', async () => {
    const { user, unmount } = open({ 'fremdrift.caseworker': 'Bo' });
    expect((await picker('Sagsbehandler')).value).toBe('Bo');
    await user.selectOptions(await picker('Sagsbehandler'), 'Anna');
    expect(window.localStorage.getItem('fremdrift.caseworker')).toBe('Anna');
    unmount();
    render(
      <App
        port={new MemoryWorkbook(seedTables())}
        mode="preview"
        locale="da"
        asOf={AS_OF}
        choices={storageChoices(() => window.localStorage)}
      />,
    );
    expect((await picker('Sagsbehandler')).value).toBe('Anna');
  });

  it('opens on the role and virksomhedskonsulent chosen last', async () => {
    open({ 'fremdrift.role': 'Virksomhedskonsulent', 'fremdrift.consultant': 'Vera' });
    expect((await picker('Virksomhedskonsulent')).value).toBe('Vera');
    expect((screen.getByRole('radio', { name: 'Virksomhedskonsulenter' }) as HTMLInputElement).checked).toBe(true);
  });

  it('a remembered person who is no longer in the caseload gives way to the first name', async () => {
    open({ 'fremdrift.caseworker': 'Gitte' });
    await waitFor(async () => expect((await picker('Sagsbehandler')).value).toBe('Anna'));
  });
});

// Validation errors follow the pane's language (issue 19): the app's entry actions return codes, and the form
// renders them in the pane's locale, so the English pane shows English errors and the Danish pane Danish ones.
import './setup';
import { screen } from '@testing-library/react';
import { renderApp, rows } from './fixtures';

// The forms are a lazy chunk with Fluent's comboboxes: on a loaded machine they take a while.
jest.setTimeout(120_000);

async function openForm(user: ReturnType<typeof renderApp>['user'], first: string, name: string) {
  await screen.findByRole('heading', { name: first }, { timeout: 30_000 });
  await user.click(screen.getByRole('button', { name }));
  await screen.findByRole('heading', { name });
}

describe('validation errors in the pane language', () => {
  it('English: an existing Borger-ID is refused by the app in English, and bad hours as typed', async () => {
    const { port, user } = renderApp('en');
    await openForm(user, 'Start placement', 'New citizen');
    await user.type(screen.getByLabelText(/^Borger-ID/), 'A1');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Borger-ID "A1" already exists in row 1')).toBeTruthy();
    expect(screen.queryByText(/findes allerede/)).toBeNull();
    expect(await rows(port, 'Borgere')).toHaveLength(7);

    await user.click(screen.getByRole('button', { name: 'Log hours' }));
    await screen.findByRole('heading', { name: 'Log hours' });
    await user.type(screen.getByLabelText(/^Ordinære timer/), '-3');
    expect(await screen.findByText('-3 is less than 0')).toBeTruthy();
  });

  it('Danish: the same refusal reads in Danish', async () => {
    const { user } = renderApp('da');
    await openForm(user, 'Start forløb', 'Ny borger');
    await user.type(screen.getByLabelText(/^Borger-ID/), 'A1');
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    expect(await screen.findByText('Borger-ID "A1" findes allerede i række 1')).toBeTruthy();
    expect(screen.queryByText(/already exists/)).toBeNull();
  });
});

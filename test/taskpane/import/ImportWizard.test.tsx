// The import wizard in jsdom: file -> mapping -> preview -> confirm, progress, refusals, English labels and axe per step.
import '../setup';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import ImportWizard from '../../../src/taskpane/import/ImportWizard';
import { MemoryWorkbook } from '../../../src/workbook/memoryWorkbook';
import { sampleTables } from '../../import/helpers';

function setup(locale: 'da' | 'en' = 'da', edit: (tables: ReturnType<typeof sampleTables>) => void = () => {}) {
  const tables = sampleTables();
  edit(tables);
  const port = new MemoryWorkbook(tables);
  const onImported = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <ImportWizard port={port} locale={locale} onImported={onImported} />
    </FluentProvider>,
  );
  return { port, tables, onImported, user: userEvent.setup() };
}

function csvFile(text: string, name = 'eksport.csv') {
  return new File([new TextEncoder().encode(text)], name, { type: 'text/csv' });
}

const EXPORT = [
  'Sagsnr;Målgruppe;Team;Sagsbehandler;Startdato',
  'B1;Aktivitetsparat kontanthjælp;Nord;Sara;01-12-2024',
  'B2;Jobparat kontanthjælp;Øst;Per;01-01-2025',
  'B3;Andet;Vest;Ole;01-03-2025',
  'B4;Andet;Vest;Ole;31-02-2025',
].join('\n');

describe('ImportWizard', () => {
  test('file -> mapping -> preview -> confirm writes rows and stores the mapping', async () => {
    const { port, tables, onImported, user } = setup();
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    await user.upload(input, csvFile(EXPORT));

    // Mapping: "Sagsnr" is unknown, so Borger-ID is missing until the user maps it.
    const sagsnr = await screen.findByRole('combobox', { name: 'Sagsnr' });
    expect(screen.getByText(/Eksporten har ingen kolonne til "Borger-ID"/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Vis forhåndsvisning' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('combobox', { name: 'Team' }) as HTMLSelectElement).value).toBe('Team');
    await user.selectOptions(sagsnr, 'Borger-ID');
    await user.click(screen.getByRole('button', { name: 'Vis forhåndsvisning' }));

    // Preview: each row in exactly one list, the rejection named in Danish, nothing written yet.
    await screen.findByText('4 rækker i eksporten');
    expect(screen.getByText('Nye: 1')).toBeTruthy();
    expect(screen.getByText('Ændrede: 1')).toBeTruthy();
    expect(screen.getByText('Uændrede: 1')).toBeTruthy();
    expect(screen.getByText('Afviste: 1')).toBeTruthy();
    expect(
      screen.getByText(
        // The fourth data row is row 5 of the file, as Excel numbers it (the header is row 1).
        'Række 5 i filen (til Borgere) — Startdato: "31-02-2025" er ikke en gyldig dato (dagen findes ikke)',
      ),
    ).toBeTruthy();
    expect(screen.getByText('Borger-ID "B2": Team Syd → Øst')).toBeTruthy();
    expect((await port.readTables(['Borgere'])).Borgere!.rows).toEqual(tables.Borgere.rows);

    await user.click(screen.getByRole('button', { name: 'Importér 2 rækker' }));
    await screen.findByText('Færdig: 1 ny række og 1 ændret række er skrevet.');
    const after = await port.readTables(['Borgere', 'Indstillinger']);
    expect(after.Borgere!.rows.map((r) => r[0])).toEqual(['B1', 'B2', 'B3']);
    expect(after.Borgere!.rows[0]).toEqual(tables.Borgere.rows[0]);
    expect(after.Indstillinger!.rows).toContainEqual(['Importkort:Borgere:Sagsnr', 'Borger-ID']);
    expect(onImported).toHaveBeenCalledWith({ table: 'Borgere', added: 1, updated: 1 });
  });

  test('unknown case-system codes are mapped once in the preview, written, and stored for next month', async () => {
    const { port, user } = setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Importér til tabellen' }), 'Forløb');
    await user.upload(
      document.querySelector('input[type=file]') as HTMLInputElement,
      csvFile('Borger-ID;Type;Startdato\nB1;VP;01-04-2025\nB2;VP;01-04-2025\nB2;LT;01-05-2025'),
    );
    await user.click(await screen.findByRole('button', { name: 'Vis forhåndsvisning' }));
    await screen.findByText('Ukendte værdier');
    expect(screen.getByText('Afviste: 3')).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type: "VP" (2 rækker)' }), 'Virksomhedspraktik');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type: "LT" (1 række)' }), 'Løntilskud');
    await user.click(screen.getByRole('button', { name: 'Brug valgene' }));
    await screen.findByText('Nye: 3');
    expect(screen.queryByText('Ukendte værdier')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Importér 3 rækker' }));
    await screen.findByText(/Færdig: 3 nye rækker/);
    const after = await port.readTables(['Forløb', 'Indstillinger']);
    expect(after.Forløb!.rows.map((r) => r[1])).toEqual([
      'Virksomhedspraktik',
      'Virksomhedspraktik',
      'Virksomhedspraktik',
      'Løntilskud',
    ]);
    expect(after.Indstillinger!.rows).toContainEqual(['Værdikort:Forløb:Type:VP', 'Virksomhedspraktik']);
  }, 30000);

  test('rows missing from the export are listed, not deleted', async () => {
    const { port, user } = setup();
    await user.upload(
      document.querySelector('input[type=file]') as HTMLInputElement,
      csvFile('Borger-ID;Målgruppe;Team;Sagsbehandler;Startdato\nB1;Andet;Nord;Sara;01-12-2024'),
    );
    await user.click(await screen.findByRole('button', { name: 'Vis forhåndsvisning' }));
    // Folded away behind the count until opened.
    const summary = await screen.findByText('1 åben række i projektmappen er ikke i eksporten');
    const details = summary.closest('details')!;
    expect(details.open).toBe(false);
    await user.click(summary);
    expect(details.open).toBe(true);
    const missing = within(details).getByRole('region', { name: 'Ikke i eksporten' });
    expect(
      within(missing).getByText(
        'Borger-ID "B2" (Borgere række 2): sæt kun Slutdato, hvis borgeren er fraflyttet, død eller gået på folkepension',
      ),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Importér 1 række' }));
    await screen.findByText(/Færdig/);
    expect((await port.readTables(['Borgere'])).Borgere!.rows.map((r) => r[0])).toEqual(['B1', 'B2']);
  });

  test('a progress bar shows while rows are written', async () => {
    const { port, user } = setup();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const append = port.appendRows.bind(port);
    port.appendRows = async (table, rows) => {
      await gate;
      return append(table, rows);
    };
    await user.upload(
      document.querySelector('input[type=file]') as HTMLInputElement,
      csvFile('Borger-ID;Målgruppe;Team;Sagsbehandler;Startdato\nB7;Andet;Nord;Sara;01-12-2024'),
    );
    await user.click(await screen.findByRole('button', { name: 'Vis forhåndsvisning' }));
    await user.click(await screen.findByRole('button', { name: 'Importér 1 række' }));
    expect(await screen.findByRole('progressbar')).toBeTruthy();
    expect(screen.getByText('0 af 1 række skrevet')).toBeTruthy();
    release();
    await screen.findByText('Færdig: 1 ny række og 0 ændrede rækker er skrevet.');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  test('a binary file is refused with a Danish message and nothing changes', async () => {
    const { port, tables, user } = setup();
    await user.upload(
      document.querySelector('input[type=file]') as HTMLInputElement,
      new File([Uint8Array.from([0x41, 0, 0x42])], 'x.csv'),
    );
    expect(await screen.findByText(/x\.csv: Filen indeholder binære data/)).toBeTruthy();
    expect((await port.readTables(['Borgere'])).Borgere!.rows).toEqual(tables.Borgere.rows);
  });

  test('English labels when locale is en, and the mapping problem in English too', async () => {
    const { user } = setup('en');
    expect(screen.getByText('Import from case system')).toBeTruthy();
    await user.upload(document.querySelector('input[type=file]') as HTMLInputElement, csvFile('Borger-ID;Navn\nB1;x'));
    expect(await screen.findByRole('button', { name: 'Show preview' })).toBeTruthy();
    expect(screen.getByText(/The export has no column for "Målgruppe"/)).toBeTruthy();
    expect(screen.queryByText(/Eksporten har ingen kolonne/)).toBeNull();
  });

  test('each step has no axe violations (colour contrast cannot be computed in jsdom)', async () => {
    const { user } = setup();
    const check = async (step: string) => {
      const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
      expect({
        step,
        violations: result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      }).toEqual({ step, violations: [] });
    };
    await check('choose');
    await user.upload(screen.getByLabelText('Eksportfil (.csv eller .xlsx)'), csvFile(EXPORT));
    await screen.findByRole('combobox', { name: 'Sagsnr' });
    await check('mapping');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sagsnr' }), 'Borger-ID');
    await user.click(screen.getByRole('button', { name: 'Vis forhåndsvisning' }));
    await screen.findByText('4 rækker i eksporten');
    await check('preview');
  }, 30_000); // three axe runs in jsdom take about 4 s alone, more on a loaded 2-core machine

  test('only open rows missing from the export are listed; closed ones are only counted', async () => {
    // B2 left the target group (Slutdato 1 February 2025): an export of current cases rightly leaves it out.
    const { user } = setup('da', (tables) => {
      tables.Borgere.rows[1][tables.Borgere.headers.indexOf('Slutdato')] = 45689;
    });
    await user.upload(
      document.querySelector('input[type=file]') as HTMLInputElement,
      csvFile('Borger-ID;Målgruppe;Team;Sagsbehandler;Startdato\nB1;Andet;Nord;Sara;01-12-2024'),
    );
    await user.click(await screen.findByRole('button', { name: 'Vis forhåndsvisning' }));
    await screen.findByText('1 afsluttet række er heller ikke i eksporten; det er som ventet.');
    expect(screen.queryByText(/åbne? rækker? i projektmappen er ikke i eksporten/)).toBeNull();
    expect(screen.queryByRole('region', { name: 'Ikke i eksporten' })).toBeNull();
  }, 30000);

  test('the mapping step shows the first three non-empty values of each export column', async () => {
    const { user } = setup();
    await user.upload(
      document.querySelector('input[type=file]') as HTMLInputElement,
      csvFile(['Sagsnr;Bemærkning;Team', 'B1;;Nord', 'B2;;Syd', 'B3;ring;Vest', 'B4;;Øst'].join('\n')),
    );
    await screen.findByRole('combobox', { name: 'Sagsnr' });
    expect(screen.getByText('Fx: B1 · B2 · B3')).toBeTruthy();
    expect(screen.getByText('Fx: Nord · Syd · Vest')).toBeTruthy();
    // Empty cells are skipped: the one value of a mostly empty column.
    expect(screen.getByText('Fx: ring')).toBeTruthy();
  }, 30000);

  test('the Back and Import buttons stay in view under a long preview (sticky)', async () => {
    const { user } = setup();
    const many = Array.from({ length: 80 }, (_, i) => `N${i + 10};Andet;Nord;Sara;01-12-2024`);
    await user.upload(
      document.querySelector('input[type=file]') as HTMLInputElement,
      csvFile(['Borger-ID;Målgruppe;Team;Sagsbehandler;Startdato', ...many].join('\n')),
    );
    await user.click(await screen.findByRole('button', { name: 'Vis forhåndsvisning' }));
    const confirm = await screen.findByRole('button', { name: 'Importér 80 rækker' });
    const bar = screen.getByTestId('import-actions');
    expect(bar.contains(confirm)).toBe(true);
    const style = getComputedStyle(bar);
    expect(style.position).toBe('sticky');
    expect(style.bottom).toBe('0px');
  }, 30000);
});

import { BORGERE, FORLØB, INDSTILLINGER } from '../../src/workbook/contract';
import type { CellUpdate, CellValue, RawTable, SetupResult, WorkbookPort } from '../../src/workbook/port';
import {
  foldHeader,
  loadMapping,
  mappingError,
  mappingKey,
  resolveMapping,
  saveMapping,
} from '../../src/import/mapping';
import { planProblemsText } from '../../src/text/imports';

/** A tiny in-memory port for the mapping store (Indstillinger only). */
class SettingsOnlyPort implements WorkbookPort {
  constructor(public settings: RawTable | null) {}
  async readTables(names: readonly string[]) {
    const out: Record<string, RawTable | null> = {};
    for (const n of names) out[n] = n === 'Indstillinger' && this.settings ? structuredClone(this.settings) : null;
    return out;
  }
  async writeOutputSheets() {}
  async appendRows(table: string, rows: readonly Record<string, CellValue>[]) {
    const t = this.settings!;
    for (const r of rows) t.rows.push(t.headers.map((h) => r[h] ?? null));
  }
  async updateCells(table: string, updates: readonly CellUpdate[]) {
    for (const u of updates) this.settings!.rows[u.row - 1][this.settings!.headers.indexOf(u.column)] = u.value;
  }
  async ensureInputTables(): Promise<SetupResult> {
    this.settings ??= { name: 'Indstillinger', headers: INDSTILLINGER.columns.map((c) => c.header), rows: [] };
    return { created: ['Indstillinger'], upgraded: {}, unchanged: [] };
  }
}

describe('foldHeader', () => {
  test.each([
    ['borger id', 'Borger-ID'],
    ['BORGER-ID', 'Borger-ID'],
    ['Start dato', 'Startdato'],
    ['maalgruppe', 'Målgruppe'],
    ['Timer pr uge', 'Timer pr. uge'],
    ['  Næste   skridt ', 'Næste skridt'],
  ])('%s matches %s', (a, b) => expect(foldHeader(a)).toBe(foldHeader(b)));

  test('different headers stay different', () => {
    expect(foldHeader('Startdato')).not.toBe(foldHeader('Slutdato'));
  });
});

describe('resolveMapping', () => {
  test('contract headers in another order and case map themselves; others are ignored', () => {
    const m = resolveMapping(BORGERE, ['startdato', 'SAGSBEHANDLER', 'Borger id', 'team', 'målgruppe', 'CPR']);
    expect(m.missingRequired).toEqual([]);
    expect(m.errors).toEqual([]);
    expect([...m.targets]).toEqual([
      ['Startdato', 0],
      ['Sagsbehandler', 1],
      ['Borger-ID', 2],
      ['Team', 3],
      ['Målgruppe', 4],
    ]);
    expect(m.columns[5]).toEqual({ sourceIndex: 5, sourceHeader: 'CPR', target: null, automatic: false });
  });

  test('a user mapping maps foreign headers and can switch an automatic one off', () => {
    const m = resolveMapping(FORLØB, ['Sagsnr', 'Ydelse', 'Fra', 'Note'], {
      Sagsnr: 'Borger-ID',
      Ydelse: 'type',
      Fra: 'Startdato',
      Note: '',
    });
    expect(mappingError(m)).toBeNull();
    expect(m.targets.get('Type')).toBe(1);
    expect(m.targets.has('Note')).toBe(false);
  });

  test('missing required columns give one clear error naming them, in Danish and English', () => {
    const m = resolveMapping(BORGERE, ['Borger-ID', 'Navn']);
    expect(m.missingRequired).toEqual(['Målgruppe', 'Team', 'Sagsbehandler', 'Startdato']);
    expect(mappingError(m)).toEqual([
      {
        code: 'missingRequired',
        params: { table: 'Borgere', columns: ['Målgruppe', 'Team', 'Sagsbehandler', 'Startdato'] },
      },
    ]);
    expect(planProblemsText(mappingError(m)!, 'en')).toMatch(
      /^The export has no column for "Målgruppe", .* Borgere requires/,
    );
    expect(planProblemsText(mappingError(m)!)).toBe(
      'Eksporten har ingen kolonne til "Målgruppe", "Team", "Sagsbehandler", "Startdato", som Borgere kræver. ' +
        'Knyt en kolonne i eksporten til hver af dem (kolonnekort), eller tilføj kolonnerne i eksporten.',
    );
  });

  test('stored entries for columns this export lacks are ignored, even when stale', () => {
    const m = resolveMapping(BORGERE, ['Borger-ID', 'Målgruppe', 'Team', 'Sagsbehandler', 'Startdato'], {
      Gammel: 'Skostørrelse',
      Enhed: 'Team',
    });
    expect(mappingError(m)).toBeNull();
    expect(m.targets.get('Team')).toBe(2);
  });

  test('unknown target and two sources for one target are errors', () => {
    const m = resolveMapping(BORGERE, ['Borger-ID', 'Id2', 'X'], { Id2: 'Borger-ID', X: 'Skostørrelse' });
    expect(m.errors.map((e) => e.code)).toEqual(['unknownTarget', 'twoSources']);
    expect(planProblemsText(m.errors)).toBe(
      'Kortet knytter "X" til "Skostørrelse", men Borgere har ingen kolonne "Skostørrelse". ' +
        'Både "Borger-ID" og "Id2" er knyttet til Borgere-kolonnen "Borger-ID"; vælg én.',
    );
  });
});

describe('mapping stored in Indstillinger', () => {
  test('save then load round-trips; changed keys are updated in place, other settings untouched', async () => {
    const port = new SettingsOnlyPort({
      name: 'Indstillinger',
      headers: ['Nøgle', 'Værdi'],
      rows: [['Målregel', 'fsm-rate3']],
    });
    await saveMapping(port, 'Borgere', { Sagsnr: 'Borger-ID', Enhed: 'Team' });
    expect(await loadMapping(port, 'Borgere')).toEqual({ Sagsnr: 'Borger-ID', Enhed: 'Team' });
    expect(await loadMapping(port, 'Forløb')).toEqual({});
    await saveMapping(port, 'Borgere', { Enhed: 'Sagsbehandler' });
    expect(port.settings!.rows).toEqual([
      ['Målregel', 'fsm-rate3'],
      [mappingKey('Borgere', 'Sagsnr'), 'Borger-ID'],
      [mappingKey('Borgere', 'Enhed'), 'Sagsbehandler'],
    ]);
    expect(mappingKey('Borgere', 'Sagsnr')).toBe('Importkort:Borgere:Sagsnr');
  });

  test('creates Indstillinger when the workbook has none', async () => {
    const port = new SettingsOnlyPort(null);
    await saveMapping(port, 'Forløb', { Ydelse: 'Type' });
    expect(await loadMapping(port, 'Forløb')).toEqual({ Ydelse: 'Type' });
  });
});

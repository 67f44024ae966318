// The Indstillinger keys moved out of contract.ts: the Målregel description is built from RULE_IDS, and the
// text a user reads in a new workbook must stay word for word what it was when it was typed by hand.
import { RULE_IDS } from '../../src/domain/model';
import { IMPORT_KEY_PREFIXES, SETTINGS_KEYS } from '../../src/workbook/settingsKeys';

describe('SETTINGS_KEYS', () => {
  it('describes Målregel with every rule id, the last joined by "eller"', () => {
    const rule = SETTINGS_KEYS.find((k) => k.key === 'Målregel');
    expect(rule?.description).toBe('Målregel: fsm-rate3, fsm-rate2, fsm2-20, afklaring-80 eller custom.');
    for (const id of RULE_IDS) expect(rule?.description).toContain(id);
  });

  it('keeps the import mapping prefixes apart from every settings key', () => {
    expect(IMPORT_KEY_PREFIXES).toEqual(['Importkort:', 'Værdikort:']);
    for (const { key } of SETTINGS_KEYS) expect(IMPORT_KEY_PREFIXES.some((p) => key.startsWith(p))).toBe(false);
  });
});

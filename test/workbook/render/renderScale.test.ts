// Issue 27: `report --write` on 100,000 citizens died with "Maximum call stack size exceeded" while
// building Månedsdialog. A run of --write at that size takes minutes on this machine, so the renderers
// and the .xlsx sheet writer are tested here in memory at 150,000 citizens: every output sheet is
// rendered (Månedsdialog and Forløbsoversigt list every citizen) and written into a workbook package.
import { measure } from '../../../src/domain';
import { renderAll } from '../../../src/workbook/render';
import { XlsxWorkbook } from '../../../src/xlsx/xlsxWorkbook';
import { generateCaseload } from '../../support/synthetic';

const CITIZENS = 150_000;

test(`every output sheet renders and is written for ${CITIZENS.toLocaleString('da-DK')} citizens`, async () => {
  const caseload = generateCaseload({
    citizens: CITIZENS,
    placements: 60_000,
    hoursRows: 20_000,
    months: 4,
    startMonth: '2025-01',
    teams: 12,
    caseworkersPerTeam: 25,
    seed: 27,
  });
  const asOf = '2025-04-15';
  const measurement = measure(caseload, { asOf });
  const models = renderAll(measurement, caseload, {
    computedAt: '15-04-2025 kl. 10:00',
    dialogMonth: '2025-04',
  });
  const rows = Object.fromEntries(models.map((m) => [m.name, m.values.length]));
  // The two sheets that list citizens hold at least one row for each citizen in the gross group.
  const gross = measurement.report.months[measurement.report.months.length - 1].gross;
  expect(gross).toBeGreaterThan(CITIZENS / 2);
  expect(rows['Månedsdialog']).toBeGreaterThan(gross);
  expect(rows['Forløbsoversigt']).toBeGreaterThan(gross);
  const wb = XlsxWorkbook.create();
  await wb.writeOutputSheets(models);
  expect(wb.workbook.worksheets.map((w) => w.name)).toEqual(models.map((m) => m.name));
}, 1_800_000);

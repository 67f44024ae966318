// The task pane's start decision (src/taskpane/startMode.ts): inside an Office host a failed office.js
// load or host start is the error screen, never the demo workbook.
import { startMode } from '../../src/taskpane/startMode';

const EXCEL = 'Excel';

describe('startMode', () => {
  it('works on the workbook when Office reports Excel', () => {
    expect(startMode({ info: { host: EXCEL }, excelHost: EXCEL, hosted: true })).toBe('excel');
  });

  it('is an error inside an Office frame or web view when office.js is missing or never ready', () => {
    expect(startMode({ info: null, excelHost: undefined, hosted: true })).toBe('error');
    expect(startMode({ info: null, excelHost: EXCEL, hosted: true })).toBe('error');
  });

  it('is an error inside Office when the host did not start or is not Excel', () => {
    expect(startMode({ info: { host: null }, excelHost: EXCEL, hosted: true })).toBe('error');
    expect(startMode({ info: { host: 'Word' }, excelHost: EXCEL, hosted: true })).toBe('error');
  });

  it('shows the demo only in a plain browser', () => {
    expect(startMode({ info: null, excelHost: undefined, hosted: false })).toBe('preview');
    expect(startMode({ info: { host: null }, excelHost: EXCEL, hosted: false })).toBe('preview');
  });
});

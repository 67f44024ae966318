// "Gå til rækken": selects the cell a data issue names, in one Excel.run and ONE sync. The cell is
// found by table and column name (TableColumnCollection.getItem matches the header's text), so nothing
// needs loading first. Only a column Excel cannot find (a header typed with extra spaces) costs a second
// sync: then the whole row is selected instead.
// https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-select-member(1)

/** Selects table `table`'s cell at body row `row` (1-based; 0 = header row) in column `column`. */
export async function selectCell(
  context: Excel.RequestContext,
  table: string,
  row: number,
  column: string,
): Promise<void> {
  const t = context.workbook.tables.getItem(table);
  t.worksheet.activate();
  const inColumn = t.columns.getItem(column);
  const cell = row < 1 ? inColumn.getHeaderRowRange() : inColumn.getDataBodyRange().getCell(row - 1, 0);
  cell.select();
  try {
    await context.sync();
  } catch (e) {
    if (!isItemNotFound(e) || row < 1) throw e;
    const again = context.workbook.tables.getItem(table);
    again.worksheet.activate();
    again
      .getDataBodyRange()
      .getRow(row - 1)
      .select();
    await context.sync();
  }
}

function isItemNotFound(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'ItemNotFound';
}

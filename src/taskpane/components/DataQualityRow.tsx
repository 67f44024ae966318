// The row a data issue names, shown where "Gå til rækken" has no workbook window to select in (the
// preview): header and value per cell, the issue's own column marked. A separate chunk (bundle budget).
import React from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { parseCell } from '../../workbook/cells';
import { tableDef } from '../../workbook/contract';
import type { CellValue } from '../../workbook/port';
import type { Texts } from '../../text/ui';
import { useApp } from '../context';
import type { ShownRow } from './useDataQuality';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', overflowWrap: 'anywhere' },
  cell: {
    textAlign: 'start',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    verticalAlign: 'top',
  },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground2 },
});

/** A cell as a user reads it: dates and months in the pane's language, the rest as typed. */
function shownValue(table: string, header: string, value: CellValue, tx: Texts): string {
  if (value === null || value === '') return '';
  const col = tableDef(table)?.columns.find((c) => c.header === header);
  if (col && (col.type === 'date' || col.type === 'month')) {
    const parsed = parseCell(col, value);
    if (parsed.ok && typeof parsed.value === 'string')
      return col.type === 'date' ? tx.date(parsed.value) : tx.month(parsed.value);
  }
  return String(value);
}

export default function DataQualityRow({ shown, title, onClose }: { shown: ShownRow; title: string; onClose(): void }) {
  const { tx } = useApp();
  const s = useStyles();
  const { issue, cells } = shown;
  return (
    <Dialog open onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{tx.t('rowTitle', { table: issue.table, row: issue.row })}</DialogTitle>
          <DialogContent>
            <p>{title}</p>
            {cells.length === 0 ? (
              <p>{tx.t('rowGone')}</p>
            ) : (
              <table className={s.table} data-testid="data-quality-row">
                <tbody>
                  {cells.map((c) => (
                    <tr key={c.header} className={c.header === issue.column ? s.mark : undefined}>
                      <th scope="row" className={s.cell}>
                        {c.header}
                      </th>
                      <td className={s.cell}>{shownValue(issue.table, c.header, c.value, tx)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <p>{tx.t('rowPreviewNote')}</p>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {tx.t('close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

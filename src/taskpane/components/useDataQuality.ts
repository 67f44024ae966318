// The state behind the Datakvalitet section: the issues of the chosen person's caseload (domain
// dataQuality.ts) and "Gå til rækken" through src/app/goToRow (Excel selects the cell; the preview gets
// the row's values to show). No Office calls here: the port does that.
import { useEffect, useMemo, useRef, useState } from 'react';
import { goToRow } from '../../app/goToRow';
import { issuesOfCaseload } from '../../domain/dataQuality';
import type { DataIssue } from '../../domain/issues';
import type { CaseloadRole } from '../../domain/report';
import type { CellValue } from '../../workbook/port';
import { useApp } from '../context';

export interface ShownRow {
  issue: DataIssue;
  cells: { header: string; value: CellValue }[];
}

export interface DataQualityState {
  issues: DataIssue[];
  /** Where an issue points, in the pane's language ("Timer, række 3, kolonne Borger-ID"). */
  placeOf(issue: DataIssue): string;
  goTo(issue: DataIssue): Promise<void>;
  /** The row shown where there is no workbook window to select in (preview). */
  shown: ShownRow | null;
  closeShown(): void;
}

export function useDataQuality(person: string, role: CaseloadRole, citizenIds: ReadonlySet<string>): DataQualityState {
  const { caseload, measurement, port, tx, announce } = useApp();
  const issues = useMemo(() => {
    const theirs = new Set(citizenIds);
    for (const c of caseload.citizens)
      if ((role === 'Virksomhedskonsulent' ? c.companyConsultant : c.caseworker) === person) theirs.add(c.id);
    return issuesOfCaseload(caseload, measurement.report.issues, person, (id) => theirs.has(id));
  }, [caseload, measurement, person, role, citizenIds]);
  const [shown, setShown] = useState<ShownRow | null>(null);
  // The row dialog is not opened by a DialogTrigger, so focus goes back to the button by hand on close.
  const returnTo = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (shown || !returnTo.current) return;
    returnTo.current.focus();
    returnTo.current = null;
  }, [shown]);

  const placeOf = (issue: DataIssue) =>
    issue.row > 0
      ? tx.t('issuePlace', { table: issue.table, row: issue.row, column: issue.column })
      : tx.t('issuePlaceTable', { table: issue.table, column: issue.column });

  const goTo = async (issue: DataIssue) => {
    try {
      const result = await goToRow(port, issue);
      if (result.selected) announce(tx.t('goToRowDone', { place: placeOf(issue) }));
      else {
        returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        setShown({ issue, cells: result.cells });
      }
    } catch (e) {
      announce(tx.t('goToRowFailed', { error: e instanceof Error ? e.message : String(e) }));
    }
  };

  return { issues, placeOf, goTo, shown, closeShown: () => setShown(null) };
}

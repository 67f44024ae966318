// What the quick forms share: contract columns as form fields, the citizen field that follows the chosen
// citizen, and the ongoing placements of the caseload (the chosen citizen's first, so a form opens on them).
import { type Citizen, type Placement } from '../../domain/model';
import type { CaseloadRole } from '../../domain/report';
import type { ColumnDef, TableDef } from '../../workbook/contract';
import { useApp } from '../context';
import { chooseCitizen } from '../status';
import type { FieldSpec } from './fieldSpec';

/** What every quick form is given by QuickForms. */
export interface QuickFormProps {
  /** The person whose caseload the forms work on. */
  caseworker: string;
  role: CaseloadRole;
  citizens: Citizen[];
  /** The chosen citizen (or the preferred one, or the first); undefined when the caseload is empty. */
  current: Citizen | undefined;
}

const col = (def: TableDef, header: string): ColumnDef => def.columns.find((c) => c.header === header)!;
export const opts = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));

/** A contract column as a form field (the label is the Danish header users know from the sheet). */
export function field(def: TableDef, header: string, extra: Partial<FieldSpec> = {}): FieldSpec {
  const c = col(def, header);
  return {
    name: header,
    label: header,
    col: c,
    required: c.required,
    ...(c.type === 'list' ? { options: opts(c.values ?? []) } : {}),
    ...extra,
  };
}

/** The Borger-ID field as a list of the caseload's citizens; choosing one fills the other forms too. */
export function citizenField(def: TableDef, { citizens, current }: QuickFormProps): FieldSpec {
  return {
    ...field(def, 'Borger-ID'),
    options: citizens.map((c) => ({ value: c.id, label: c.name ? `${c.id} – ${c.name}` : c.id })),
    initial: current?.id,
    onValue: chooseCitizen,
  };
}

/** The caseload's placements running on the as-of date, the chosen citizen's first, with their list labels. */
export function useOngoingPlacements({ citizens, current }: QuickFormProps) {
  const { tx, asOf, caseload } = useApp();
  const ids = new Set(citizens.map((c) => c.id));
  const ongoing = caseload.placements.filter(
    (p) => ids.has(p.citizenId) && p.startDate <= asOf && (!p.endDate || p.endDate >= asOf),
  );
  const placements = [
    ...ongoing.filter((p) => p.citizenId === current?.id),
    ...ongoing.filter((p) => p.citizenId !== current?.id),
  ];
  const option = (p: Placement) => ({
    value: String(p.row),
    label: `${p.citizenId}: ${p.type}${p.company ? `, ${p.company}` : ''} (${tx.date(p.startDate)})`,
  });
  return { placements, option };
}

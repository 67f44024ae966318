// What the quick forms share: contract columns as form fields, the searchable citizen field that follows
// the chosen citizen, picklist fields of names already in the workbook, and each citizen's ongoing
// placements.
import { idKey } from '../../domain/rowRules';
import { type Caseload, type Citizen, type Placement } from '../../domain/model';
import { knownStaff } from '../../domain/staff';
import type { CaseloadRole } from '../../domain/report';
import type { ColumnDef, TableDef } from '../../workbook/contract';
import { useApp } from '../context';
import { chooseCitizen } from '../status';
import type { FieldSpec } from './fieldSpec';
import { picklistValues, type PicklistKind } from './picklists';
import type { MessageKey } from '../../text/ui';

/** What every quick form is given by QuickForms. */
export interface QuickFormProps {
  /** The person whose caseload the forms work on. */
  caseworker: string;
  role: CaseloadRole;
  citizens: Citizen[];
  /** The chosen citizen (or the preferred one, or the first); undefined when the caseload is empty. */
  current: Citizen | undefined;
  /** Changed to bring the form into view and focus it (a row action opened it). */
  focusTick?: number;
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
    ...(c.type === 'date' ? { placeholder: 'dd-mm-åååå' } : {}),
    ...extra,
  };
}

/**
 * The Borger-ID field as a searchable combobox of `pool` (the caseload's citizens by default), starting
 * on the current citizen and following it; choosing a citizen here chooses it for every form.
 */
export function useCitizenField(def: TableDef, { citizens, current }: QuickFormProps, pool = citizens): FieldSpec {
  const { tx } = useApp();
  const ids = new Map(pool.map((c) => [idKey(c.id), c.id]));
  const start = current && ids.has(idKey(current.id)) ? current.id : (pool[0]?.id ?? '');
  return {
    ...field(def, 'Borger-ID'),
    combobox: { choices: pool.map((c) => ({ value: c.id, label: c.name ? `${c.id} – ${c.name}` : c.id })) },
    placeholder: tx.t('citizenPlaceholder'),
    initial: start,
    sync: true,
    onValue: (v) => {
      const id = ids.get(idKey(v));
      if (id) chooseCitizen(id);
    },
  };
}

const NEW_LABELS: Record<PicklistKind, MessageKey> = {
  team: 'newTeam',
  caseworker: 'newCaseworker',
  consultant: 'newConsultant',
  company: 'newCompany',
};

/** Names from the optional Medarbejdere table for a picklist, so a listed colleague is offered before first use. */
function staffNames(caseload: Caseload, kind: PicklistKind): string[] {
  const staff = knownStaff(caseload);
  if (!staff) return [];
  if (kind === 'team') return staff.teams;
  if (kind === 'caseworker') return staff.byRole.Sagsbehandler;
  if (kind === 'consultant') return staff.byRole.Virksomhedskonsulent;
  return [];
}

/** A column as a picklist of the values already in the workbook, with an explicit "Ny ..." choice. */
export function usePicklistField(
  def: TableDef,
  header: string,
  kind: PicklistKind,
  extra: Partial<FieldSpec> = {},
): FieldSpec {
  const { tx, caseload } = useApp();
  const choices = picklistValues(caseload, kind, staffNames(caseload, kind));
  return field(def, header, {
    combobox: { choices, newLabel: tx.t(NEW_LABELS[kind]) },
    similarTo: choices.map((c) => c.value),
    ...extra,
  });
}

/** The caseload's placements running on the as-of date, by citizen, with their labels for a choice. */
export function useOngoingPlacements({ citizens }: QuickFormProps, only?: (p: Placement) => boolean) {
  const { tx, asOf, caseload } = useApp();
  const ids = new Set(citizens.map((c) => c.id));
  const ongoing = caseload.placements.filter(
    (p) => ids.has(p.citizenId) && p.startDate <= asOf && (!p.endDate || p.endDate >= asOf) && (!only || only(p)),
  );
  const of = (id: string | undefined) => ongoing.filter((p) => id !== undefined && idKey(p.citizenId) === idKey(id));
  const option = (p: Placement) => ({
    value: String(p.row),
    label: [
      p.type,
      p.company,
      tx.t('placementPeriod', {
        start: tx.date(p.startDate),
        end: p.endDate ? tx.date(p.endDate) : tx.t('openEnded'),
      }),
    ]
      .filter(Boolean)
      .join(', '),
  });
  const pool = citizens.filter((c) => of(c.id).length > 0);
  return { pool, of, option };
}

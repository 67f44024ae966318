// What one field of an entry form is: shared by the form, its state hook and the forms that build fields,
// in its own file so the hook and the form do not import each other.
import type { EntryResult } from '../../app/entry';
import type { ColumnDef } from '../../workbook/contract';

export interface Choice {
  value: string;
  label: string;
}

export interface FieldSpec {
  /** Key in the values passed to submit (a contract header, or any name for non-column fields). */
  name: string;
  label: string;
  col?: ColumnDef;
  required?: boolean;
  /** A fixed list (a select, or radios when `radio`). */
  options?: Choice[];
  radio?: boolean;
  /**
   * A searchable combobox: the user types, the list shows the choices that contain the text (value or
   * label). With `newLabel` it is a picklist that also accepts a new value through an explicit "Ny ..." choice.
   */
  combobox?: { choices: Choice[]; newLabel?: string };
  /** Existing names a typed new name is checked against (near-duplicates need the user's confirmation). */
  similarTo?: readonly string[];
  initial?: string;
  /** The value follows `initial` whenever it changes, even after the user typed (the chosen citizen). */
  sync?: boolean;
  placeholder?: string;
  /** Called with the new value as the user changes the field (e.g. choosing a citizen fills the form). */
  onValue?(value: string): void;
}

/** A change the form offers instead of a refusal (e.g. correct the month's hours), applied on confirmation. */
export interface Correction {
  /** The change in words ("Ret november 2026 fra 5 til 7 timer"). */
  text: string;
  confirmLabel: string;
  apply(): Promise<EntryResult>;
  /** A second way on (e.g. "Start et nyt forløb alligevel"). */
  alternative?: { label: string; run(): Promise<EntryResult> };
}

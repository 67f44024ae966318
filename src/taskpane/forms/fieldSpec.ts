// What one field of an entry form is: shared by the form, its state hook and the forms that build fields,
// in its own file so the hook and the form do not import each other.
import type { ColumnDef } from '../../workbook/contract';

export interface FieldSpec {
  /** Key in the values passed to submit (a contract header, or any name for non-column fields). */
  name: string;
  label: string;
  col?: ColumnDef;
  required?: boolean;
  options?: { value: string; label: string }[];
  initial?: string;
  placeholder?: string;
  /** Called with the new value as the user changes the field (e.g. choosing a citizen fills the form). */
  onValue?(value: string): void;
}

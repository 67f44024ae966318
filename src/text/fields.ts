// A field error of typed entry (src/app/entryCore.ts) in words: the finding's text in the reader's language,
// led by the field when the rule is about that one cell ("Startdato: mangler (skal udfyldes)"). The task pane
// renders in its locale; headless callers and tests keep the Danish default.
import type { IssueCode, IssueParams } from '../domain/issues';
import { findingText } from './issues';
import type { Locale } from './locale';

/** What a field error carries: the field, the finding's code and parameters, and whether it is about one cell. */
export interface FieldFinding {
  field: string;
  code: IssueCode;
  params: IssueParams[IssueCode];
  aboutCell: boolean;
}

export function fieldErrorText(error: FieldFinding, locale: Locale = 'da'): string {
  const text = findingText(error.code, error.params, locale);
  return error.aboutCell ? `${error.field}: ${text}` : text;
}

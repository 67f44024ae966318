// The languages Fremdrift speaks: Danish by default, English second. One type for the task pane,
// the output sheets and the CLI.
export type Locale = 'da' | 'en';

export const LOCALES: readonly Locale[] = ['da', 'en'];

// The task pane's languages and how a language tag picks one. Kept apart from the dictionaries so the
// boot file can choose the language without loading every text up front.
import type { Locale } from '../locale';

/** The task pane speaks the languages of the text layer (one Locale type for pane, sheets and CLI). */
export type { Locale };

/** Danish unless the language tag (Office's display language, ?lang=) says English. */
export function localeFrom(language: string | null | undefined): Locale {
  return language && language.toLowerCase().startsWith('en') ? 'en' : 'da';
}

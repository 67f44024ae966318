// The task pane's languages and how a language tag picks one. Kept apart from the dictionaries so the
// boot file can choose the language without loading every text up front.

/** The task pane's languages. */
export type Locale = 'da' | 'en';

/** Danish unless the language tag (Office's display language, ?lang=) says English. */
export function localeFrom(language: string | null | undefined): Locale {
  return language && language.toLowerCase().startsWith('en') ? 'en' : 'da';
}

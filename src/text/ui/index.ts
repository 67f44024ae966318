// The task pane's dictionaries and formats (views, forms, import wizard), part of the one text layer: Danish by
// default, English second. The one place that knows the languages, their plurals and formats.
import { da, type Dictionary, type MessageKey, type PluralText } from './da';
import { en } from './en';
import type { Locale } from './locale';
import { textsWith, type Texts } from './texts';

export { localeFrom, type Locale } from './locale';
export type { MessageKey, PluralText, Dictionary };
export const DICTIONARIES: Record<Locale, Dictionary> = { da, en };
export { LOCALES } from '../locale';

export type { Texts };

export function texts(locale: Locale): Texts {
  return textsWith(locale, DICTIONARIES[locale]);
}

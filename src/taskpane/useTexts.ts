// The pane's texts in its language, loading only that language's dictionary: Danish is in the first view's
// chunk, English is fetched when the pane speaks English (boot waits for it; a component rendered in English
// before it arrives suspends until then). Keeps the second dictionary out of the first view (issue 28).
import { useMemo } from 'react';
import { da, type Dictionary } from '../text/ui/da';
import type { Locale } from '../text/ui/locale';
import { textsWith, type Texts } from '../text/ui/texts';

const loaded: Partial<Record<Locale, Dictionary>> = { da };
const loading: Partial<Record<Locale, Promise<void>>> = {};

/** Fetches the locale's dictionary (once); resolves when `useTexts(locale)` can render without waiting. */
export function loadDictionary(locale: Locale): Promise<void> {
  if (loaded[locale]) return Promise.resolve();
  loading[locale] ??= import(/* webpackChunkName: "text-en" */ '../text/ui/en').then((m) => {
    loaded.en = m.en;
  });
  return loading[locale];
}

/** Suspends the rendering component (React Suspense) until the dictionary is there. */
function waitFor(locale: Locale): never {
  throw loadDictionary(locale);
}

export function useTexts(locale: Locale): Texts {
  const dict = loaded[locale] ?? waitFor(locale);
  return useMemo(() => textsWith(locale, dict), [locale, dict]);
}

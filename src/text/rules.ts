// Goal rule names in words, by the rule's id (DOMAIN.md section 2), Danish and English.
import type { RuleId } from '../domain/model';
import type { Locale } from './locale';

const NAMES: Record<Locale, Record<RuleId, string>> = {
  da: {
    'fsm-rate3': 'Flere skal med, 3. rate: mindst 40 % i virksomhedsrettet indsats tre måneder i træk',
    'fsm-rate2': 'Flere skal med, 2. rate: hele målgruppen afklaret og visiteret',
    'fsm2-20': 'Flere skal med 2: mindst 20 % med løntimer eller SU-uddannelse',
    'afklaring-80': 'Afklaringspuljen: mindst 80 % berørt af virksomhedsrettet indsats, uddannelse eller anden ydelse',
    custom: 'Lokalt mål',
  },
  en: {
    'fsm-rate3': 'Flere skal med, 3rd tranche: at least 40% in company-directed activity three months in a row',
    'fsm-rate2': 'Flere skal med, 2nd tranche: the whole target group clarified and visited',
    'fsm2-20': 'Flere skal med 2: at least 20% with paid hours or SU education',
    'afklaring-80': 'Afklaringspuljen: at least 80% touched by company-directed activity, education or another benefit',
    custom: 'Local target',
  },
};

export function ruleName(id: RuleId, locale: Locale = 'da'): string {
  return NAMES[locale][id];
}

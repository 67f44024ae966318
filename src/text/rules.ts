// Goal rule names and requirements in words, rendered from the rule's id and figures (DOMAIN.md section 2).
import type { RuleId } from '../domain/model';
import type { RuleSummary } from '../domain/report';
import { formatNumber } from './format';
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

/** "i virksomhedsrettet indsats ≥ 40 % i 3 måneder i træk" / "in company-directed activity ≥ 40% for 3 months in a row". */
export function ruleRequirement(rule: RuleSummary, locale: Locale = 'da'): string {
  const k = rule.monthsInARow;
  const t = formatNumber(rule.threshold, locale);
  if (locale === 'da') {
    const what = rule.basis === 'visited' ? 'visiterede' : 'i virksomhedsrettet indsats';
    return `${what} ≥ ${t} % i ${k} ${k === 1 ? 'måned' : 'måneder i træk'}`;
  }
  const what = rule.basis === 'visited' ? 'visited' : 'in company-directed activity';
  return `${what} ≥ ${t}% for ${k} ${k === 1 ? 'month' : 'months in a row'}`;
}

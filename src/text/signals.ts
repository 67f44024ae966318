// Dialogue signals in words, Danish and English, rendered from each signal's kind and fields (the
// domain gives no sentences). The JSON report carries the Danish text as `message`; the task pane
// renders the same kinds in English when English is chosen.
import type { Readiness } from '../domain/model';
import type { Signal, SignalKind } from '../domain/report';
import { formatDate, formatMonth, formatNumber } from './format';
import type { Locale } from './locale';

const LABELS: Record<Locale, Record<SignalKind, string>> = {
  da: {
    placementEndingSoon: 'Forløb slutter snart',
    followUpDue: 'Praktikopfølgning mangler',
    praktikWithoutHours: 'Praktik uden løntimer',
    notReviewed: 'Ikke gennemgået',
    caseloadAboveBand: 'Sagstal over anbefalet',
    agreementOverdue: 'Aftale over frist',
    readyWithoutStart: 'Klar uden start',
    readyWithoutVk: 'Klar uden virksomhedskonsulent',
    movedBack: 'Parathed gået tilbage',
    placementWithoutAgreement: 'Forløb uden mål og aftale',
  },
  en: {
    placementEndingSoon: 'Placement ending soon',
    followUpDue: 'Placement follow-up due',
    praktikWithoutHours: 'Work placement without paid hours',
    notReviewed: 'Not reviewed',
    caseloadAboveBand: 'Caseload above recommended',
    agreementOverdue: 'Agreement overdue',
    readyWithoutStart: 'Ready without a start',
    readyWithoutVk: 'Ready without a company consultant',
    movedBack: 'Readiness went back',
    placementWithoutAgreement: 'Placement without goal or agreement',
  },
};

/** A short label for the kind ("Ikke gennemgået"). */
export function signalLabel(kind: SignalKind, locale: Locale = 'da'): string {
  return LABELS[locale][kind];
}

const at = (company: string | null, locale: Locale) =>
  company ? (locale === 'da' ? ` hos ${company}` : ` at ${company}`) : '';

const READINESS_EN: Record<Readiness, string> = { Klar: 'Ready', 'Tæt på': 'Close', 'Længere fra': 'Further away' };

/** A Parathed value in the locale's words (the Danish value is the contract's own word). */
export function readinessText(r: Readiness, locale: Locale = 'da'): string {
  return locale === 'da' ? r : READINESS_EN[r];
}

/** The signal as one sentence for the dialogue. */
export function signalText(s: Signal, locale: Locale = 'da'): string {
  const d = (iso: string) => formatDate(iso, locale);
  const n = (x: number) => formatNumber(x, locale);
  const da = locale === 'da';
  switch (s.kind) {
    case 'placementEndingSoon':
      return da
        ? `${s.placementType}${at(s.company, locale)} slutter ${d(s.endDate)}: aftal næste skridt`
        : `${s.placementType}${at(s.company, locale)} ends ${d(s.endDate)}: agree the next step`;
    case 'followUpDue':
      if (s.neverFollowedUp) {
        return da
          ? `Praktik${at(s.company, locale)} startede ${d(s.lastFollowUp)} og er ikke fulgt op: følg op med virksomheden (hver ${n(s.followUpDays)}. dag)`
          : `Work placement${at(s.company, locale)} started ${d(s.lastFollowUp)} and has not been followed up: contact the company (every ${n(s.followUpDays)} days)`;
      }
      return da
        ? `Praktik${at(s.company, locale)} er sidst fulgt op ${d(s.lastFollowUp)}: følg op med virksomheden (hver ${n(s.followUpDays)}. dag)`
        : `Work placement${at(s.company, locale)} last followed up ${d(s.lastFollowUp)}: contact the company (every ${n(s.followUpDays)} days)`;
    case 'praktikWithoutHours':
      return da
        ? `Praktik${at(s.company, locale)} siden ${d(s.startDate)} (mindst ${n(s.weeks)} uger) uden løntimer de sidste tre måneder: aftal løntimer eller afslut praktikken`
        : `Work placement${at(s.company, locale)} since ${d(s.startDate)} (at least ${n(s.weeks)} weeks) without paid hours in the last three months: agree paid hours or end the placement`;
    case 'notReviewed':
      if (!s.updated) return da ? 'Aldrig gennemgået (Opdateret er tom)' : 'Never reviewed (Opdateret is empty)';
      return da
        ? `Ikke gennemgået siden ${d(s.updated)} (mere end ${n(s.reviewDays)} dage)`
        : `Not reviewed since ${d(s.updated)} (more than ${n(s.reviewDays)} days)`;
    case 'caseloadAboveBand': {
      const role = da ? s.role : s.role === 'Sagsbehandler' ? 'Caseworker' : 'Company consultant';
      return da
        ? `${role} ${s.caseworker} har ${n(s.citizens)} borgere; anbefalet højst ${n(s.bandMax)}`
        : `${role} ${s.caseworker} has ${n(s.citizens)} citizens; recommended at most ${n(s.bandMax)}`;
    }
    case 'agreementOverdue':
      return da
        ? `Aftale fra dialogen med frist ${d(s.due)} er stadig åben: ${s.text}`
        : `Agreement from the dialogue due ${d(s.due)} is still open: ${s.text}`;
    case 'readyWithoutStart':
      return da
        ? `Klar siden ${d(s.readinessSince)} (mere end ${n(s.days)} dage) uden et startet forløb: aftal en start`
        : `Ready since ${d(s.readinessSince)} (more than ${n(s.days)} days) without a placement started: agree a start`;
    case 'readyWithoutVk':
      return da
        ? 'Klar, men ingen virksomhedskonsulent: inddrag en virksomhedskonsulent'
        : 'Ready, but no company consultant: bring in a company consultant';
    case 'movedBack': {
      const was = readinessText(s.was, locale);
      const now = readinessText(s.readiness, locale);
      const when = s.readinessSince ? (da ? ` den ${d(s.readinessSince)}` : ` on ${d(s.readinessSince)}`) : '';
      return da
        ? `Parathed gået tilbage fra ${was} (lukning ${formatMonth(s.closedMonth, locale)}) til ${now}${when}: tal om hvorfor`
        : `Readiness went back from ${was} (close ${formatMonth(s.closedMonth, locale)}) to ${now}${when}: talk about why`;
    }
    case 'placementWithoutAgreement':
      return da
        ? `${s.placementType}${at(s.company, locale)} siden ${d(s.startDate)} mangler mål og skriftlig aftale: aftal dem med virksomheden`
        : `${s.placementType}${at(s.company, locale)} since ${d(s.startDate)} lacks a goal and a written agreement: agree them with the company`;
  }
}

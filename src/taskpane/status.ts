// Shared view helpers: the pane's words for a dialogue group, and the choices remembered across views:
// the role (sagsbehandler or virksomhedskonsulent) and the person of that role (kept per user in the
// ChoiceStore, choices.ts, so the pane opens on them), and the citizen the forms are about (for the session,
// chosen from any list or drill-down).
import { useContext, useEffect, useState } from 'react';
import type { DialogueGroup } from '../domain/dialogue';
import type { CaseloadRole, Report, SliceSeries } from '../domain/report';
import type { MessageKey } from '../text/ui';
import { ChoicesContext } from './choices';

/** The pane's words for each dialogue group (the grouping itself is src/domain/dialogue.ts). */
export const STATUS_KEYS: Record<DialogueGroup, MessageKey> = {
  active: 'statusActive',
  Klar: 'statusReady',
  'Tæt på': 'statusClose',
  'Længere fra': 'statusFar',
  unknown: 'statusUnknown',
};

export const ROLES: readonly CaseloadRole[] = ['Sagsbehandler', 'Virksomhedskonsulent'];

/** The person's month series and plan in the report (VKs from byConsultant). */
export function personSlice(
  report: Report,
  role: CaseloadRole,
  name: string,
): (SliceSeries & { team: string }) | undefined {
  return (role === 'Virksomhedskonsulent' ? report.byConsultant : report.byCaseworker)[name];
}

const KEYS = {
  caseworker: 'fremdrift.caseworker',
  consultant: 'fremdrift.consultant',
  role: 'fremdrift.role',
  citizen: 'fremdrift.citizen',
};
const CITIZEN_EVENT = 'fremdrift:citizen';

function stored(key: string): string | null {
  try {
    return window.sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

function store(key: string, value: string): void {
  try {
    window.sessionStorage.setItem(key, value);
  } catch {
    /* storage may be blocked; the choice then lasts until the pane closes */
  }
}

/** A name remembered in the ChoiceStore; the pane opens on it while that person still exists. */
function useRemembered(key: string, names: readonly string[]): [string, (name: string) => void] {
  const choices = useContext(ChoicesContext);
  const [name, setName] = useState<string>(() => choices.get(key) ?? '');
  const current = names.includes(name) ? name : (names[0] ?? '');
  const choose = (n: string) => {
    setName(n);
    choices.set(key, n);
  };
  return [current, choose];
}

/** The chosen person of a role (each role remembers its own). */
export function usePerson(role: CaseloadRole, names: readonly string[]): [string, (name: string) => void] {
  const caseworker = useRemembered(KEYS.caseworker, role === 'Sagsbehandler' ? names : []);
  const consultant = useRemembered(KEYS.consultant, role === 'Virksomhedskonsulent' ? names : []);
  return role === 'Virksomhedskonsulent' ? consultant : caseworker;
}

/** The chosen role, shared by Min sagsstamme and Månedsdialog. */
export function useRole(): [CaseloadRole, (role: CaseloadRole) => void] {
  const choices = useContext(ChoicesContext);
  const [role, setRole] = useState<CaseloadRole>(() =>
    choices.get(KEYS.role) === 'Virksomhedskonsulent' ? 'Virksomhedskonsulent' : 'Sagsbehandler',
  );
  return [
    role,
    (r) => {
      setRole(r);
      choices.set(KEYS.role, r);
    },
  ];
}

/** Chooses the citizen the forms are about, from anywhere (a list, the drill-down dialog). */
export function chooseCitizen(id: string): void {
  store(KEYS.citizen, id);
  window.dispatchEvent(new CustomEvent(CITIZEN_EVENT, { detail: id }));
}

/** The citizen chosen last (null until one is chosen), following chooseCitizen from any component. */
export function useChosenCitizen(): string | null {
  const [id, setId] = useState<string | null>(() => stored(KEYS.citizen));
  useEffect(() => {
    const on = (e: Event) => setId((e as CustomEvent<string>).detail);
    window.addEventListener(CITIZEN_EVENT, on);
    return () => window.removeEventListener(CITIZEN_EVENT, on);
  }, []);
  return id;
}

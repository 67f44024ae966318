// Shared view helpers: a citizen's status, the caseworker choice remembered for the session.
import { useState } from 'react';
import type { Citizen } from '../domain/model';
import type { MessageKey } from './i18n';

export type CitizenStatus = 'active' | 'Klar' | 'Tæt på' | 'Længere fra' | 'unknown';

export const STATUS_KEYS: Record<CitizenStatus, MessageKey> = {
  active: 'statusActive',
  Klar: 'statusReady',
  'Tæt på': 'statusClose',
  'Længere fra': 'statusFar',
  unknown: 'statusUnknown',
};

/** "I gang" when counted as active this month; otherwise the readiness the caseworker recorded. */
export function citizenStatus(c: Citizen, active: ReadonlySet<string>): CitizenStatus {
  if (active.has(c.id)) return 'active';
  return c.readiness ?? 'unknown';
}

const KEY = 'fremdrift.caseworker';

function stored(): string | null {
  try {
    return window.sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** The chosen caseworker, kept in sessionStorage so it survives switching views and reloads. */
export function useCaseworker(names: readonly string[]): [string, (name: string) => void] {
  const [name, setName] = useState<string>(() => stored() ?? '');
  const current = names.includes(name) ? name : names[0] ?? '';
  const choose = (n: string) => {
    setName(n);
    try {
      window.sessionStorage.setItem(KEY, n);
    } catch {
      /* storage may be blocked; the choice then lasts until the pane closes */
    }
  };
  return [current, choose];
}

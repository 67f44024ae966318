// Where the pane remembers the user's last choices (role, and the person of each role), so it opens on
// them next time. A tiny port so components never touch storage or Office: index.tsx gives localStorage,
// which inside Excel is the add-in's own storage for this user on this machine (Office's roaming
// settings exist only in Outlook, Mailbox API 1.1); without a provider, sessionStorage (tests).
import { createContext } from 'react';

export interface ChoiceStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

/** A store over Web Storage; storage that is blocked or full never breaks the pane, it just forgets. */
export function storageChoices(storage: () => Storage): ChoiceStore {
  return {
    get: (key) => {
      try {
        return storage().getItem(key);
      } catch {
        return null;
      }
    },
    set: (key, value) => {
      try {
        storage().setItem(key, value);
      } catch {
        /* the choice then lasts until the pane closes */
      }
    },
  };
}

export const ChoicesContext = createContext<ChoiceStore>(storageChoices(() => window.sessionStorage));

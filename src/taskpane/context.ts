// What every view needs: the port, texts, the latest measurement and the way to write and announce.
import { createContext, useContext } from 'react';
import type { Caseload } from '../domain/model';
import type { DrillQuery, Measurement } from '../domain/report';
import type { WorkbookPort } from '../workbook/port';
import type { Texts } from '../text/ui';

export interface Fremdrift {
  port: WorkbookPort;
  asOf: string;
  tx: Texts;
  caseload: Caseload;
  measurement: Measurement;
  busy: boolean;
  write<T>(action: () => Promise<T>): Promise<T>;
  reload(): Promise<void>;
  /** Puts a message in the aria-live region (and on screen). */
  announce(message: string): void;
  /** Opens the dialog listing the citizens behind a figure. */
  openDrill(query: DrillQuery, title: string): void;
}

export const FremdriftContext = createContext<Fremdrift | null>(null);

export function useApp(): Fremdrift {
  const ctx = useContext(FremdriftContext);
  // A programmer error (a component rendered outside the provider); never reaches a user: plain Error.
  if (!ctx) throw new Error('useApp outside FremdriftContext');
  return ctx;
}

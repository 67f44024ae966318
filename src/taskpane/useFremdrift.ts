// Loads the caseload through the port, measures it at `asOf`, and re-measures after every write and
// whenever the user edits an input table (port.onInputChanged). Reading and measuring are separate tasks,
// so the browser can paint and take input between them (issue 28: no one long task for the first view);
// the indicators and the company overview follow once the figures are shown (their own chunk, not in the
// first view).
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { loadCaseload } from '../app/loadCaseload';
import { measureCore, type CoreMeasurement } from '../domain/engine/core';
import type { Caseload } from '../domain/model';
import type { Measurement } from '../domain/report';
import type { WorkbookPort } from '../workbook/port';
import { afterPaint, nextTask } from './components/AfterFirstView';

export interface FremdriftState {
  caseload: Caseload | null;
  measurement: Measurement | null;
  error: string | null;
  /** True while loading/measuring or while a write runs. */
  busy: boolean;
  reload(): Promise<void>;
  /** Runs a write, then reloads so every figure reflects it. Returns the action's result. */
  write<T>(action: () => Promise<T>): Promise<T>;
}

export function useFremdrift(port: WorkbookPort, asOf: string): FremdriftState {
  const [caseload, setCaseload] = useState<Caseload | null>(null);
  const [measurement, setMeasurement] = useState<Measurement | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(0);
  const generation = useRef(0);
  const shown = useRef(false);
  const extrasFor = useRef<(() => void) | null>(null);

  const addExtras = useCallback(
    async (mine: number, core: CoreMeasurement, c: Caseload) => {
      try {
        // Fetched once the first view has been rendered and painted, never before it (issue 28's budget).
        await nextTask();
        await afterPaint();
        const { withExtras } = await import(/* webpackChunkName: "measure-extras" */ '../domain/engine/extras');
        await nextTask();
        if (mine === generation.current) setMeasurement(withExtras(core, c, { asOf }));
      } catch (e) {
        if (mine === generation.current) setError(e instanceof Error ? e.message : String(e));
      }
    },
    [asOf],
  );

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    setPending((n) => n + 1);
    try {
      const c = await loadCaseload(port);
      await nextTask();
      const core = measureCore(c, { asOf });
      // A later reload wins: an older, slower one must not overwrite newer figures.
      if (mine === generation.current) {
        const show = () => {
          setCaseload(c);
          setMeasurement(core.measurement);
          setError(null);
        };
        // The first figures render in slices between which the browser takes input (a transition), so
        // rendering the first view is no long task of its own; later ones at once (a write waits for them).
        // Indicators and companies come in their own chunk once these figures are on screen (the first
        // view shows neither; the effect below); the reload (and a write's "Tallene er opdateret") does not
        // wait for them.
        extrasFor.current = () => void addExtras(mine, core, c);
        if (shown.current) show();
        else startTransition(show);
        shown.current = true;
      }
    } catch (e) {
      if (mine === generation.current) setError(e instanceof Error ? e.message : String(e));
    } finally {
      setPending((n) => n - 1);
    }
  }, [port, asOf, addExtras]);

  const write = useCallback(
    async <T>(action: () => Promise<T>): Promise<T> => {
      setPending((n) => n + 1);
      try {
        const result = await action();
        await reload();
        return result;
      } finally {
        setPending((n) => n - 1);
      }
    },
    [reload],
  );

  // After the commit that shows a reload's figures (a transition may render them well after the reload).
  useEffect(() => {
    const extras = extrasFor.current;
    extrasFor.current = null;
    extras?.();
  }, [measurement]);

  useEffect(() => {
    void reload();
    const off = port.onInputChanged?.(() => void reload());
    return () => off?.();
  }, [port, reload]);

  return { caseload, measurement, error, busy: pending > 0, reload, write };
}

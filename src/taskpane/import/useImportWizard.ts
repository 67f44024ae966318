// The import wizard's state: which step it is on, the chosen table, the column and value choices, and the
// three actions that move it on (read the file, preview the plan, write it). Kept apart from the markup
// so ImportWizard reads as its steps.
import { useState } from 'react';
import { todayIso } from '../../app/today';
import type { TableDef } from '../../workbook/contract';
import type { WorkbookPort } from '../../workbook/port';
import { applyPlan, type ApplyProgress } from '../../import/apply';
import {
  foldHeader,
  loadMapping,
  resolveMapping,
  saveMapping,
  saveValueMapping,
  type UserMapping,
  type UserValueMapping,
} from '../../import/mapping';
import type { ImportPlan } from '../../import/plan';
import { prepareImport, readExport } from '../../import/session';
import { IMPORT_TABLES } from '../../import/tables';
import type { SourceTable } from '../../import/source';
import { planProblemsText, readerProblemText } from '../../text/imports';
import type { Texts } from '../../text/ui';
import { readFileBytes } from './readFileBytes';

type Step =
  | { name: 'choose' }
  | { name: 'reading' }
  | { name: 'mapping'; source: SourceTable; fileName: string }
  | { name: 'preview'; source: SourceTable; fileName: string; plan: ImportPlan }
  | { name: 'writing'; progress: ApplyProgress }
  | { name: 'done'; added: number; updated: number };

export type Imported = { table: string; added: number; updated: number };

/** The choices that differ from what the headers give by themselves: those are worth storing. */
function explicitChoices(def: TableDef, choices: Record<string, string>): UserMapping {
  const own = new Map(def.columns.map((c) => [foldHeader(c.header), c.header]));
  return Object.fromEntries(
    Object.entries(choices).filter(([source, target]) => (own.get(foldHeader(source)) ?? '') !== target),
  );
}

/** The column choices a file starts with: from its headers and the mapping stored in the workbook. */
async function initialChoices(port: WorkbookPort, def: TableDef, headers: string[]) {
  const resolved = resolveMapping(def, headers, await loadMapping(port, def.name));
  return Object.fromEntries(
    resolved.columns.filter((c) => c.sourceHeader !== '').map((c) => [c.sourceHeader, c.target ?? '']),
  );
}

export function useImportWizard(port: WorkbookPort, tx: Texts, onImported?: (result: Imported) => void) {
  const [tableName, setTableName] = useState<string>(IMPORT_TABLES[0].name);
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [error, setError] = useState<string | null>(null);
  const [choices, setChoices] = useState<Record<string, string>>({});
  const [valueChoices, setValueChoices] = useState<UserValueMapping>({});
  const def = IMPORT_TABLES.find((d) => d.name === tableName)!;

  const fail = (e: unknown) => {
    setError(e instanceof Error ? e.message : String(e));
  };

  async function pickFile(file: File | undefined) {
    if (!file) return;
    setError(null);
    setStep({ name: 'reading' });
    try {
      const result = await readExport(await readFileBytes(file), file.name);
      if (!result.ok) {
        setError(`${file.name}: ${readerProblemText(result.problem, tx.locale)}`);
        setStep({ name: 'choose' });
        return;
      }
      setChoices(await initialChoices(port, def, result.table.headers));
      setStep({ name: 'mapping', source: result.table, fileName: file.name });
    } catch (e) {
      fail(e);
      setStep({ name: 'choose' });
    }
  }

  async function preview(source: SourceTable, fileName: string, values: UserValueMapping = valueChoices) {
    setError(null);
    try {
      const prepared = await prepareImport(port, def, source, choices, values, todayIso());
      if (!prepared.result.ok) setError(planProblemsText(prepared.result.problems, tx.locale));
      else setStep({ name: 'preview', source, fileName, plan: prepared.result.plan });
    } catch (e) {
      fail(e);
    }
  }

  /** Value choices from the preview are merged into the earlier ones, then the plan is made again. */
  function chooseValues(source: SourceTable, fileName: string, values: UserValueMapping) {
    const merged: UserValueMapping = { ...valueChoices };
    for (const [column, v] of Object.entries(values)) merged[column] = { ...merged[column], ...v };
    setValueChoices(merged);
    void preview(source, fileName, merged);
  }

  async function confirm(plan: ImportPlan) {
    setError(null);
    setStep({ name: 'writing', progress: { done: 0, total: plan.added.length + plan.updated.length } });
    try {
      const result = await applyPlan(port, plan, { onProgress: (progress) => setStep({ name: 'writing', progress }) });
      await saveMapping(port, def.name, explicitChoices(def, choices));
      await saveValueMapping(port, def.name, valueChoices);
      setStep({ name: 'done', ...result });
      onImported?.({ table: def.name, ...result });
    } catch (e) {
      fail(e);
      setStep({ name: 'choose' });
    }
  }

  const choose = (source: string, target: string) => setChoices((c) => ({ ...c, [source]: target }));
  return {
    def,
    tableName,
    setTableName,
    step,
    setStep,
    error,
    choices,
    choose,
    pickFile,
    preview,
    chooseValues,
    confirm,
  };
}

// Application functions shared by the CLI, the task pane and the ribbon commands.
export { loadCaseload, refreshOutputs, INPUT_TABLE_NAMES, type RefreshOptions, type RefreshResult } from './refresh';
export { saveSettings } from './settings';
export {
  addCitizen,
  startPlacement,
  endPlacement,
  logHours,
  updateCitizen,
  type EntryResult,
  type FieldError,
} from './entry';

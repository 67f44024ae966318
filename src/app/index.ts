// Application functions shared by the CLI, the task pane and the ribbon commands.
export { loadCaseload, refreshOutputs } from './refresh';
export { saveSettings } from './settings';
export { addCitizen, startPlacement, endPlacement, logHours, updateCitizen } from './entry';

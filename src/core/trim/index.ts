/** TRiM's part of the one door into core (re-exported by core/index.ts): what adapters, the scheduler and the CLI use. */
export { ASSESS_FORM_PREFIX, assessmentForm, assessmentFormFor, CONFIRM_FORM_PREFIX, confirmForm, NOTES_MAX, parseAnswersForm, recordAssessment } from './assess.js';
export { closeCases, reassignCase, recordPlanning, showIncident } from './cases.js';
export { listDue } from './due.js';
export { INCIDENT_ASSIGN_FORM_ID, INCIDENT_FORM_ID, incidentAssignForm, incidentForm, logIncident, parseAssignForm, TITLE_MAX } from './incident.js';
export { NotesCipher, parseNotesKey, type Rekeyed } from './notes-cipher.js';
export { rekeyTrimNotes, type RekeyCounts } from './rekey.js';
export { assessmentReminders, planningReminders, type TrimReminder, type TrimReminderRun } from './reminders.js';
export { assignTrimRole, listTrimStaff, removeTrimRole } from './roles.js';
export { saveTool, showTool, TOOL_FORM_ID, toolForm } from './tool-config.js';
export { isTrimTimingKey, TRIM_TIMING_KEYS, TRIM_TIMINGS, type TrimTimingKey, timingHint, trimTimings } from './timings.js';
export type { TrimStage } from './tool.js';

/** The programmes engine's part of the one door into core (re-exported by core/index.ts). */
export { loadProgrammeAccess, loadProgrammeCommunity, loadRoleGranter, programmeEnabled, type ProgrammeAccess } from './access.js';
export { programmeAudit, type ProgrammeAuditEntry } from './audit.js';
export { addSteps, assignPractitioner, caseForActor, checkToolAnswers, closeProgrammeCase, nextOpenStep, openCase, recordStep, type OpenCaseInput, type PlannedStep, type VisibleCase } from './cases.js';
export { answerConsent, consentButtons, recordConsentQuestion } from './consent.js';
export { programmeRefusals, stepDefinition, type ConsentOutcome, type ProgrammeDefinition, type StaffStore, type StepDefinition } from './definition.js';
export { openNote, PROGRAMME_NOTES_MAX, sealNote } from './notes.js';
export { answerProgrammeConsent, isProgrammeId, PROGRAMME_IDS, programmeById, PROGRAMMES, type ProgrammeId, programmeStepReminders } from './registry.js';
export { assignProgrammeRole, listProgrammeStaff, removeProgrammeRole, setProgrammeEnabled } from './roles.js';
export { engineStaff, managersOf } from './staff-store.js';
export { holdReminder, type Reminder, type ReminderRun, stepReminderJobs, stepState, type StepState, withinWorkingHours } from './timeline.js';
export { currentProgrammeTool, PROGRAMME_TOOL_JSON_MAX, programmeToolAt, saveProgrammeTool, showProgrammeTool, type VersionedProgrammeTool } from './tool.js';

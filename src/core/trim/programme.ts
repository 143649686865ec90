/**
 * TRiM as a programme on the engine: its roles (held in its own `trim_staff`, which predates the engine),
 * its risk tool, and its timeline — the managers' planning meeting, then the initial and follow-up
 * assessments. On in every community unless a coordinator switches it off.
 */
import { trimRoleOf, trimStaffRoles } from '../../db/queries/trim-staff.js';
import { sourceText } from '../../i18n/index.js';
import { DEFAULT_RISK_TOOL } from '../../model/risk-tool.js';
import type { ProgrammeDefinition } from '../programmes/definition.js';

export const TRIM: ProgrammeDefinition = {
  id: 'trim',
  name: 'TRiM',
  roles: ['practitioner', 'manager'],
  managerRole: 'manager',
  // The engine's definition takes strings: the catalogue's English until it takes messages (TRiM's own views use the messages).
  roleLabel: { practitioner: sourceText('trim.role.practitioner'), manager: sourceText('trim.role.manager') },
  enabledByDefault: true,
  // The community's own setting (trim.overdueAfterDays) wins; this is its default.
  overdueAfterDays: 2,
  steps: [
    { id: 'planning', label: sourceText('trim.stage.planning'), remind: 'managers', scored: false },
    { id: 'initial', label: sourceText('trim.stage.initial'), remind: 'practitioner', scored: true },
    { id: 'follow-up', label: sourceText('trim.stage.followUp'), remind: 'practitioner', scored: true },
  ],
  defaultTool: DEFAULT_RISK_TOOL,
  recordHint: sourceText('trim.recordHint'),
  refusals: {
    noRole: { code: 'trim-only' },
    needsManager: { code: 'trim-only', reason: { id: 'needs-trim-manager' } },
    notGranter: { code: 'not-allowed', reason: { id: 'trim-managers-too' } },
  },
  staff: { roleOf: trimRoleOf, holders: trimStaffRoles },
};

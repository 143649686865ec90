/**
 * Mentoring as a programme on the engine: its roles (mentors, and mentoring coordinators who pair people
 * and hand out roles beside the community's coordinators), off in a community until a coordinator
 * switches it on, audited as `mentoring.<action>`, and the consent question at the end of a pair
 * (feedback.ts). It uses no case timeline: its rhythm prompts both people, which the engine's step
 * reminders (to a practitioner) do not, so it keeps its own jobs (rhythm.ts). No notes are kept.
 */
import { t } from '../../i18n/index.js';
import { openPairsMentoredBy } from '../../db/queries/mentor.js';
import { programmeRefusals, type ProgrammeDefinition } from '../programmes/definition.js';
import { engineStaff } from '../programmes/staff-store.js';
import { answerFeedbackConsent } from './consent.js';

export const MENTORING: ProgrammeDefinition = {
  id: 'mentoring',
  name: 'Mentoring',
  roles: ['mentor', 'manager'],
  managerRole: 'manager',
  roleLabel: { mentor: t('mentor.role.mentor'), manager: t('mentor.role.manager') },
  enabledByDefault: false,
  overdueAfterDays: 2,
  steps: [],
  defaultTool: null,
  recordHint: t('mentor.recordHint'),
  refusals: programmeRefusals('Mentoring'),
  staff: engineStaff('mentoring'),
  onConsent: answerFeedbackConsent,
  openWorkOf: openPairsMentoredBy,
};

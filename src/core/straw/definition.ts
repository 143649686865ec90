/**
 * StRaW (Sustaining Resilience at Work) as a programme on the engine: peer support for everyday work
 * stress. A colleague refers themselves, or someone refers them with their consent; a StRaW manager
 * assigns a practitioner, who holds a structured conversation with the community's tool; the outcome is
 * peer support (with follow-up meetings) or signposting to professional help; a follow-up comes at about
 * one month. Off in a community until a coordinator switches it on.
 */
import { programmeTool, type ProgrammeTool } from '../../model/programme-tool.js';
import { programmeRefusals, type ProgrammeDefinition } from '../programmes/definition.js';
import { engineStaff } from '../programmes/staff-store.js';

/** When each step falls due. Fixed for now; a community's own values would live beside TRiM's timings. */
export const STRAW_TIMINGS = {
  /** A manager assigns a practitioner within this many hours of the case opening. */
  assignWithinHours: 48,
  /** The conversation is due this many days after a practitioner is assigned. */
  conversationWithinDays: 7,
  /** With peer support, a follow-up meeting this many days after the conversation. */
  meetingAfterDays: 14,
  /** The follow-up, this many days after the conversation (about one month). */
  followUpAfterDays: 28,
} as const;

/**
 * Commonly described StRaW conversation areas, shipped only as a labelled default: the StRaW course
 * material is not public, so the organisation's StRaW manager replaces or confirms it.
 */
export const DEFAULT_STRAW_TOOL: ProgrammeTool = programmeTool.parse({
  name: 'StRaW conversation guide (default — check against your StRaW training)',
  source:
    'General work-stress areas written for Peerline, not taken from the StRaW (March on Stress) course material, which is not public. Your StRaW manager should replace or confirm them.',
  items: [
    { id: 'work-demands', text: 'Workload or demands at work feel too much?' },
    { id: 'work-relationships', text: 'Difficult relationships at work (manager, colleagues)?' },
    { id: 'change', text: 'Worried about change or uncertainty at work?' },
    { id: 'home-stressors', text: 'Stress outside work (family, money, health, housing)?' },
    { id: 'sleep', text: 'Sleeping badly for more than a couple of weeks?' },
    { id: 'mood', text: 'Low mood, worry or irritability most days?' },
    { id: 'functioning', text: 'Struggling to get through the working day?' },
    { id: 'alcohol', text: 'Drinking more (or using other substances) to cope?' },
    { id: 'poor-support', text: 'Lacks people to talk to, at work or at home?' },
    { id: 'not-coping', text: 'Feels their usual ways of coping are not working?' },
  ],
  outcomes: [
    { id: 'peer-support', label: 'Peer support: follow-up meetings with their practitioner' },
    { id: 'signpost', label: 'Signpost to professional help (EAP, GP, resources)' },
    { id: 'close', label: 'No further StRaW support needed: close' },
  ],
  thresholds: {
    conversation: [
      { minScore: 0, recommendation: 'peer-support' },
      { minScore: 5, recommendation: 'signpost' },
    ],
    'follow-up': [
      { minScore: 0, recommendation: 'close' },
      { minScore: 3, recommendation: 'signpost' },
    ],
  },
});

export const STRAW: ProgrammeDefinition = {
  id: 'straw',
  name: 'StRaW',
  roles: ['practitioner', 'manager'],
  managerRole: 'manager',
  roleLabel: { practitioner: 'StRaW practitioner', manager: 'StRaW manager' },
  enabledByDefault: false,
  overdueAfterDays: 2,
  steps: [
    { id: 'assign', label: 'practitioner assignment', remind: 'managers', scored: false, firstReminder: 'at-once' },
    { id: 'conversation', label: 'StRaW conversation', remind: 'practitioner', scored: true },
    { id: 'meeting', label: 'peer support meeting', remind: 'practitioner', scored: false },
    { id: 'follow-up', label: 'one-month follow-up', remind: 'practitioner', scored: true },
  ],
  defaultTool: DEFAULT_STRAW_TOOL,
  recordHint: 'Record it with the StRaW record command (see StRaW help); a manager assigns a practitioner with StRaW assign.',
  refusals: programmeRefusals('StRaW'),
  staff: engineStaff('straw'),
};

/**
 * StRaW (Sustaining Resilience at Work) as a programme on the engine: peer support for everyday work
 * stress. A colleague refers themselves, or someone refers them with their consent; a StRaW manager
 * assigns a practitioner, who holds a structured conversation with the community's tool; the outcome is
 * peer support (with follow-up meetings) or signposting to professional help; a follow-up comes at about
 * one month. Off in a community until a coordinator switches it on.
 */
import { programmeTool, type ProgrammeTool } from '../../model/programme-tool.js';
import { localise, t, type Text } from '../../i18n/index.js';
import { type DefaultToolWords, programmeRefusals, type ProgrammeDefinition } from '../programmes/definition.js';
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

/** The shipped tool's words, from the catalogue (by item and outcome id). */
export const DEFAULT_STRAW_TOOL_WORDS: DefaultToolWords = {
  name: t('straw.tool.name'),
  source: t('straw.tool.source'),
  items: {
    'work-demands': t('straw.tool.item.workDemands'),
    'work-relationships': t('straw.tool.item.workRelationships'),
    change: t('straw.tool.item.change'),
    'home-stressors': t('straw.tool.item.homeStressors'),
    sleep: t('straw.tool.item.sleep'),
    mood: t('straw.tool.item.mood'),
    functioning: t('straw.tool.item.functioning'),
    alcohol: t('straw.tool.item.alcohol'),
    'poor-support': t('straw.tool.item.poorSupport'),
    'not-coping': t('straw.tool.item.notCoping'),
  },
  outcomes: { 'peer-support': t('straw.tool.outcome.peerSupport'), signpost: t('straw.tool.outcome.signpost'), close: t('straw.tool.outcome.close') },
};

const english = (text: Text): string => localise(text, 'en');

/**
 * Commonly described StRaW conversation areas, shipped only as a labelled default: the StRaW course
 * material is not public, so the organisation's StRaW manager replaces or confirms it. Saved in English
 * (a community's tool is its own data); shown in the reader's language while it still holds these words.
 */
export const DEFAULT_STRAW_TOOL: ProgrammeTool = programmeTool.parse({
  name: english(DEFAULT_STRAW_TOOL_WORDS.name),
  source: english(DEFAULT_STRAW_TOOL_WORDS.source),
  items: Object.entries(DEFAULT_STRAW_TOOL_WORDS.items).map(([id, text]) => ({ id, text: english(text) })),
  outcomes: Object.entries(DEFAULT_STRAW_TOOL_WORDS.outcomes).map(([id, label]) => ({ id, label: english(label) })),
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
  roleLabel: { practitioner: t('straw.role.practitioner'), manager: t('straw.role.manager') },
  enabledByDefault: false,
  overdueAfterDays: 2,
  steps: [
    { id: 'assign', label: t('straw.step.assign'), remind: 'managers', scored: false, firstReminder: 'at-once' },
    { id: 'conversation', label: t('straw.step.conversation'), remind: 'practitioner', scored: true },
    { id: 'meeting', label: t('straw.step.meeting'), remind: 'practitioner', scored: false },
    { id: 'follow-up', label: t('straw.step.followUp'), remind: 'practitioner', scored: true },
  ],
  defaultTool: DEFAULT_STRAW_TOOL,
  defaultToolWords: DEFAULT_STRAW_TOOL_WORDS,
  recordHint: t('straw.recordHint'),
  refusals: programmeRefusals('StRaW'),
  staff: engineStaff('straw'),
};

/**
 * The one command table. Each adapter parses its platform's payload into a `ChatCommand` (refs already
 * built) and renders the view that comes back; which use case a command runs is decided here, once,
 * for Slack, Discord and the playground alike. The table is typed by kind, so a command without an
 * entry does not compile (as `core/actions.ts` does for buttons and `scheduler/jobs` for job kinds).
 */
import { type Action, type Actor, addExtraResource, assignTrimRole, cancelRequest, changeSettings, type ChannelRef, closeCases, configureCommunity, type ConfigureCommunityInput, type CoreDeps, DASHBOARD_OFF, defineSlot, duty, endSession, enrolVolunteer, FEED_OFF, forgetMe, issueDashboardLink, issueRotaFeed, issueTrimPageLink, listDue, listTrimStaff, listVolunteers, offerSwap, ok, reassignCase, recordPlanning, removeExtraResource, removeSlot, removeTrimRole, removeVolunteer, requestListener, type RequestListenerInput, type Result, revokeRotaFeed, setShiftCap, showIncident, showResources, showRota, showSettings, showStats, showTool, signUp, type SlotInput, type SpaceRef, type TextSettingKey, type TrimTimingKey, trimTimings, updateMyProfile, type UserRef, type TextView as View, watchChannel, withdraw } from '../core/index.js';
import { assignProgrammeRole, assignStraw, closeStraw, listProgrammeStaff, PROGRAMMES, type ProgrammeId, recordStraw, referColleague, removeProgrammeRole, saveProgrammeTool, selfRefer, setProgrammeEnabled, showProgrammeTool, strawCase, strawDue } from '../core/index.js';
import { askForDifferentMentor, askForMentor, endPair, listMentors, listPairs, myMentoring, pairMentee, pausePair, resumePair, type Rhythm, setCapacity, talkToMentor } from '../core/index.js';
import { detectMessage } from '../crisis/index.js';
import type { Text } from '../i18n/index.js';
import type { Guard } from './guard.js';

/** Which help a command belongs to: the main commands or TRiM's. */
export type HelpTopic = 'main' | 'trim' | 'settings' | 'rota' | 'straw' | 'mentor';

/** Programmes whose roles and tool live in the engine's tables (TRiM keeps its own commands). */
export type EngineProgrammeId = Exclude<ProgrammeId, 'trim'>;

/** Every command a chat adapter can send core, platform-neutral. */
export type ChatCommand =
  | { readonly kind: 'help'; readonly topic: HelpTopic }
  /** What did not parse; `reason` is the adapter's own words about its syntax. */
  | { readonly kind: 'unsupported'; readonly topic: HelpTopic; readonly reason: Text }
  | { readonly kind: 'listen'; readonly input: RequestListenerInput }
  | { readonly kind: 'cancel' }
  | { readonly kind: 'resources'; readonly country: string | null }
  | { readonly kind: 'forget-me' }
  | { readonly kind: 'duty'; readonly mode: 'on' | 'off' | 'status' }
  | { readonly kind: 'end'; readonly space: SpaceRef }
  | { readonly kind: 'setup'; readonly input: ConfigureCommunityInput }
  | { readonly kind: 'volunteer-add'; readonly user: UserRef; readonly tags: readonly string[]; readonly trainedUntil: string | null; readonly capacity: number | null }
  | { readonly kind: 'volunteer-remove'; readonly user: UserRef }
  | { readonly kind: 'volunteers' }
  | { readonly kind: 'stats'; readonly days: number | null }
  | { readonly kind: 'dashboard' }
  | { readonly kind: 'settings' }
  | { readonly kind: 'settings-set'; readonly values: Partial<Record<TextSettingKey, string>> }
  | { readonly kind: 'watch'; readonly channel: ChannelRef; readonly watch: boolean }
  | { readonly kind: 'resource-add'; readonly name: string; readonly reach: string; readonly hours: string; readonly url: string }
  | { readonly kind: 'resource-remove'; readonly number: number }
  /** A volunteer's own profile; null = leave as it is (both null: show it). */
  | { readonly kind: 'profile'; readonly displayName: string | null; readonly tags: readonly string[] | null }
  | { readonly kind: 'trim-due' }
  /** A private sign-in link to the TRiM page on the web. */
  | { readonly kind: 'trim-page' }
  | { readonly kind: 'trim-case'; readonly number: number }
  | { readonly kind: 'trim-planned'; readonly number: number }
  | { readonly kind: 'trim-assign'; readonly number: number; readonly person: UserRef; readonly practitioner: UserRef }
  | { readonly kind: 'trim-close'; readonly number: number; readonly person: UserRef | null }
  | { readonly kind: 'trim-tool' }
  /** The TRiM timings: none given = show them; otherwise the values as typed, keyed by timing. */
  | { readonly kind: 'trim-timings'; readonly values: Partial<Record<TrimTimingKey, string>> }
  | { readonly kind: 'trim-role-add'; readonly user: UserRef; readonly role: 'practitioner' | 'manager' }
  | { readonly kind: 'trim-role-remove'; readonly user: UserRef }
  | { readonly kind: 'trim-roles' }
  /** Coordinators switch a programme on or off for their community. */
  | { readonly kind: 'programme-switch'; readonly programme: ProgrammeId; readonly enabled: boolean }
  | { readonly kind: 'programme-role-add'; readonly programme: EngineProgrammeId; readonly user: UserRef; readonly role: string }
  | { readonly kind: 'programme-role-remove'; readonly programme: EngineProgrammeId; readonly user: UserRef }
  | { readonly kind: 'programme-roles'; readonly programme: EngineProgrammeId }
  | { readonly kind: 'programme-tool'; readonly programme: EngineProgrammeId }
  /** A new version of the programme's tool, as JSON. */
  | { readonly kind: 'programme-tool-save'; readonly programme: EngineProgrammeId; readonly json: string }
  /** StRaW: `person` null = refer oneself; otherwise ask that colleague's consent. */
  | { readonly kind: 'straw-refer'; readonly person: UserRef | null }
  | { readonly kind: 'straw-assign'; readonly number: number; readonly practitioner: UserRef }
  /** Records the case's next step: items answered yes, the outcome (null: show the score first), optional notes. */
  | { readonly kind: 'straw-record'; readonly number: number; readonly yes: readonly string[]; readonly outcome: string | null; readonly notes: string | null }
  | { readonly kind: 'straw-due' }
  | { readonly kind: 'straw-case'; readonly number: number }
  | { readonly kind: 'straw-close'; readonly number: number }
  /** The rota's next `weeks` weeks (null: the default). */
  | { readonly kind: 'rota'; readonly weeks: number | null }
  | { readonly kind: 'rota-add'; readonly input: SlotInput }
  | { readonly kind: 'rota-remove'; readonly number: number }
  | { readonly kind: 'rota-signup'; readonly number: number; readonly date: string }
  | { readonly kind: 'rota-withdraw'; readonly number: number; readonly date: string }
  /** Offers one's own shift for a swap. */
  | { readonly kind: 'rota-swap'; readonly number: number; readonly date: string }
  /** A volunteer's own cap on shifts a week: a number, 'none', or 'show' to see it. */
  | { readonly kind: 'rota-cap'; readonly perWeek: number | 'none' | 'show' }
  /** A new private calendar feed URL for one's shifts, or `revoke` to end it. */
  | { readonly kind: 'rota-calendar'; readonly revoke: boolean }
  /** Mentoring (core/mentoring, a programme on the engine; its switch and roles are the programme-* commands). How many mentees a mentor may have at once: */
  | { readonly kind: 'mentor-capacity'; readonly user: UserRef; readonly capacity: number }
  | { readonly kind: 'mentors' }
  | { readonly kind: 'mentor-pair'; readonly mentee: UserRef; readonly mentor: UserRef; readonly rhythm: Rhythm | null; readonly weeks: number | null }
  | { readonly kind: 'mentor-pairs' }
  /** A member asks for a mentor (a coordinator approves by pairing them). */
  | { readonly kind: 'mentor-signup' }
  /** The mentee asks for a different mentor, without a reason. */
  | { readonly kind: 'mentor-change' }
  | { readonly kind: 'mentor-talk' }
  /** Pause, resume or end a pair: the actor's own (mentee null), or the named mentee's. */
  | { readonly kind: 'mentor-state'; readonly change: 'pause' | 'resume' | 'end'; readonly mentee: UserRef | null }
  | { readonly kind: 'mentor-status' };

export type ChatCommandKind = ChatCommand['kind'];

/** What the table needs besides the command: core, and the adapter's own renderings of help. */
export interface CommandContext {
  readonly deps: CoreDeps;
  /** Where the coordinator dashboard and the TRiM page are reached; unset = not offered. */
  readonly dashboardUrl: string | undefined;
  readonly help: (topic: HelpTopic) => View;
  readonly unsupported: (cmd: Extract<ChatCommand, { kind: 'unsupported' }>) => View;
}

type Handler<K extends ChatCommandKind> = (c: CommandContext, actor: Actor, cmd: Extract<ChatCommand, { kind: K }>) => Result<View> | Promise<Result<View>>;

const COMMANDS: { readonly [K in ChatCommandKind]: Handler<K> } = {
  help: (c, _a, cmd) => ok(c.help(cmd.topic)),
  unsupported: (c, _a, cmd) => ok(c.unsupported(cmd)),
  listen: async (c, actor, cmd) => {
    const r = await requestListener(c.deps, actor, cmd.input);
    return r.ok ? ok(r.value.view) : r;
  },
  cancel: (c, actor) => cancelRequest(c.deps, actor),
  resources: (c, actor, cmd) => showResources(c.deps, actor, cmd.country ?? undefined),
  'forget-me': (c, actor) => forgetMe(c.deps, actor),
  duty: (c, actor, cmd) => duty(c.deps, actor, cmd.mode),
  end: (c, actor, cmd) => endSession(c.deps, actor, { spaceRef: cmd.space }),
  setup: (c, actor, cmd) => configureCommunity(c.deps, actor, cmd.input),
  'volunteer-add': (c, actor, cmd) =>
    enrolVolunteer(c.deps, actor, { user: cmd.user, tags: [...cmd.tags], trainedUntil: cmd.trainedUntil, ...(cmd.capacity === null ? {} : { capacity: cmd.capacity }) }),
  'volunteer-remove': (c, actor, cmd) => removeVolunteer(c.deps, actor, { user: cmd.user }),
  volunteers: (c, actor) => listVolunteers(c.deps, actor),
  stats: (c, actor, cmd) => showStats(c.deps, actor, cmd.days === null ? {} : { days: cmd.days }),
  dashboard: (c, actor) => (c.dashboardUrl === undefined ? ok(DASHBOARD_OFF) : issueDashboardLink(c.deps, actor, c.dashboardUrl)),
  settings: (c, actor) => showSettings(c.deps, actor),
  'settings-set': (c, actor, cmd) => changeSettings(c.deps, actor, cmd.values),
  watch: (c, actor, cmd) => watchChannel(c.deps, actor, { channel: cmd.channel, watch: cmd.watch }),
  'resource-add': (c, actor, cmd) => addExtraResource(c.deps, actor, { name: cmd.name, reach: cmd.reach, hours: cmd.hours, url: cmd.url }),
  'resource-remove': (c, actor, cmd) => removeExtraResource(c.deps, actor, cmd.number),
  profile: (c, actor, cmd) =>
    updateMyProfile(c.deps, actor, { ...(cmd.displayName === null ? {} : { displayName: cmd.displayName }), ...(cmd.tags === null ? {} : { tags: [...cmd.tags] }) }),
  'trim-due': (c, actor) => listDue(c.deps, actor),
  'trim-page': (c, actor) => issueTrimPageLink(c.deps, actor, c.dashboardUrl),
  'trim-case': (c, actor, cmd) => showIncident(c.deps, actor, { number: cmd.number }),
  'trim-planned': (c, actor, cmd) => recordPlanning(c.deps, actor, { number: cmd.number }),
  'trim-assign': (c, actor, cmd) => reassignCase(c.deps, actor, { number: cmd.number, person: cmd.person, practitioner: cmd.practitioner }),
  'trim-close': (c, actor, cmd) => closeCases(c.deps, actor, { number: cmd.number, ...(cmd.person === null ? {} : { person: cmd.person }) }),
  'trim-tool': (c, actor) => showTool(c.deps, actor),
  'trim-timings': (c, actor, cmd) => trimTimings(c.deps, actor, cmd.values),
  'trim-role-add': (c, actor, cmd) => assignTrimRole(c.deps, actor, { user: cmd.user, role: cmd.role }),
  'trim-role-remove': (c, actor, cmd) => removeTrimRole(c.deps, actor, { user: cmd.user }),
  'trim-roles': (c, actor) => listTrimStaff(c.deps, actor),
  'programme-switch': (c, actor, cmd) => setProgrammeEnabled(c.deps, actor, PROGRAMMES[cmd.programme], cmd.enabled),
  'programme-role-add': (c, actor, cmd) => assignProgrammeRole(c.deps, actor, PROGRAMMES[cmd.programme], { user: cmd.user, role: cmd.role }),
  'programme-role-remove': (c, actor, cmd) => removeProgrammeRole(c.deps, actor, PROGRAMMES[cmd.programme], { user: cmd.user }),
  'programme-roles': (c, actor, cmd) => listProgrammeStaff(c.deps, actor, PROGRAMMES[cmd.programme]),
  'programme-tool': (c, actor, cmd) => showProgrammeTool(c.deps, actor, PROGRAMMES[cmd.programme]),
  'programme-tool-save': (c, actor, cmd) => saveProgrammeTool(c.deps, actor, PROGRAMMES[cmd.programme], { json: cmd.json }),
  'straw-refer': (c, actor, cmd) => (cmd.person === null ? selfRefer(c.deps, actor) : referColleague(c.deps, actor, { person: cmd.person })),
  'straw-assign': (c, actor, cmd) => assignStraw(c.deps, actor, { number: cmd.number, practitioner: cmd.practitioner }),
  'straw-record': (c, actor, cmd) => recordStraw(c.deps, actor, { number: cmd.number, yes: [...cmd.yes], outcome: cmd.outcome, ...(cmd.notes === null ? {} : { notes: cmd.notes }) }),
  'straw-due': (c, actor) => strawDue(c.deps, actor),
  'straw-case': (c, actor, cmd) => strawCase(c.deps, actor, { number: cmd.number }),
  'straw-close': (c, actor, cmd) => closeStraw(c.deps, actor, { number: cmd.number }),
  rota: (c, actor, cmd) => showRota(c.deps, actor, cmd.weeks),
  'rota-add': (c, actor, cmd) => defineSlot(c.deps, actor, cmd.input),
  'rota-remove': (c, actor, cmd) => removeSlot(c.deps, actor, cmd.number),
  'rota-signup': (c, actor, cmd) => signUp(c.deps, actor, { number: cmd.number, date: cmd.date }),
  'rota-withdraw': (c, actor, cmd) => withdraw(c.deps, actor, { number: cmd.number, date: cmd.date }),
  'rota-swap': (c, actor, cmd) => offerSwap(c.deps, actor, { number: cmd.number, date: cmd.date }),
  'rota-calendar': (c, actor, cmd) => (cmd.revoke ? revokeRotaFeed(c.deps, actor) : c.dashboardUrl === undefined ? ok(FEED_OFF) : issueRotaFeed(c.deps, actor, c.dashboardUrl)),
  'mentor-capacity': (c, actor, cmd) => setCapacity(c.deps, actor, { user: cmd.user, capacity: cmd.capacity }),
  mentors: (c, actor) => listMentors(c.deps, actor),
  'mentor-pair': (c, actor, cmd) => pairMentee(c.deps, actor, { mentee: cmd.mentee, mentor: cmd.mentor, rhythm: cmd.rhythm, weeks: cmd.weeks }),
  'mentor-pairs': (c, actor) => listPairs(c.deps, actor),
  'mentor-signup': (c, actor) => askForMentor(c.deps, actor),
  'mentor-change': (c, actor) => askForDifferentMentor(c.deps, actor),
  'mentor-talk': (c, actor) => talkToMentor(c.deps, actor, null),
  'mentor-state': (c, actor, cmd) => MENTOR_CHANGES[cmd.change](c.deps, actor, { mentee: cmd.mentee }),
  'mentor-status': (c, actor) => myMentoring(c.deps, actor),
  'rota-cap': (c, actor, cmd) => setShiftCap(c.deps, actor, cmd.perWeek === 'show' ? undefined : cmd.perWeek === 'none' ? null : cmd.perWeek),
};

const MENTOR_CHANGES = { pause: pausePair, resume: resumePair, end: endPair } as const;

/** Mentoring sub-commands that take nothing, by the word both platforms use for them. */
const MENTOR_WORDS: Readonly<Record<string, ChatCommand>> = {
  status: { kind: 'mentor-status' },
  signup: { kind: 'mentor-signup' },
  talk: { kind: 'mentor-talk' },
  change: { kind: 'mentor-change' },
  list: { kind: 'mentors' },
  pairs: { kind: 'mentor-pairs' },
  roles: { kind: 'programme-roles', programme: 'mentoring' },
};

/** The mentoring command a bare word names (`/peer mentor talk`, `/mentor talk`), or null. */
export function mentorWord(word: string): ChatCommand | null {
  const w = word.toLowerCase();
  return Object.hasOwn(MENTOR_WORDS, w) ? MENTOR_WORDS[w]! : null;
}

/** Runs `cmd` as `actor` through the guard: the view to render, whatever happened. */
export function runCommand(c: CommandContext, guard: Guard, actor: Actor, cmd: ChatCommand): Promise<View> {
  // The mapped table pairs each kind with its own handler; TypeScript cannot follow that through a union.
  const handler = COMMANDS[cmd.kind] as Handler<ChatCommandKind>;
  return guard.view(cmd.kind, async () => handler(c, actor, cmd));
}

/**
 * Whether a command's work may not wait its turn behind other work after the ack (the shared limiter):
 * a `/listen` whose note carries crisis language is answered with the crisis line before anything else
 * (see requestListener), and under a burst the limiter's queue can hold work for a minute. Everything
 * else waits its turn.
 */
export function skipsTheQueue(cmd: ChatCommand): boolean {
  if (cmd.kind !== 'listen') return false;
  const note = cmd.input.note;
  return typeof note === 'string' && note.trim().length > 0 && detectMessage(note).tier !== 'none';
}

/** The same for buttons: a person's answer to "are you safe?", the support line, and "talk to someone now". */
export function actionSkipsTheQueue(action: Action): boolean {
  return action.kind === 'crisis-answer' || action.kind === 'resources' || action.kind === 'crisis-listener';
}

/**
 * A programme on the engine: its roles, its configurable tool, the steps of a case's timeline and who is
 * reminded of each, and whether it is on in a community until a coordinator says otherwise. TRiM, StRaW
 * and mentoring are each one of these; the engine's functions (access, roles, consent, notes, audit,
 * cases and reminders) take the definition and do the rest the same way for all.
 */
import type { Db } from '../../db/client.js';
import type { Text } from '../../i18n/index.js';
import type { ProgrammeTool } from '../../model/programme-tool.js';
import type { ProgrammeConsentRow } from '../../db/queries/programmes.js';
import type { CoreDeps } from '../deps.js';
import type { UserRef } from '../ports.js';
import type { CoreError } from '../result.js';
import type { TextView as View } from '../views/types.js';

/** What a person's answer to a consent question comes to: their reply, and private messages to send after the commit. */
export interface ConsentOutcome {
  readonly reply: View;
  readonly tell: readonly { readonly to: UserRef; readonly view: View }[];
}

/** One step of a case's timeline. */
export interface StepDefinition {
  /** Stable id stored with the step (`assign`, `conversation`, `follow-up`; numbered steps such as `meeting-2` use their prefix). */
  readonly id: string;
  /** How people read it: "StRaW conversation". */
  readonly label: Text;
  /** Who is reminded when it falls due: the case's practitioner (managers too once overdue), or the managers alone. */
  readonly remind: 'practitioner' | 'managers';
  /** Recording it answers the tool's items, scored with the tool's bands for this step id. */
  readonly scored: boolean;
  /** `at-once`: the first reminder goes when the step is added (a case waiting for its practitioner); otherwise on the due day. */
  readonly firstReminder?: 'at-once' | 'due';
}

/** Where a programme's role holders live: the engine's `programme_staff`, unless the programme predates it (TRiM). */
export interface StaffStore {
  roleOf(db: Db, communityId: string, user: string): Promise<string | null>;
  holders(db: Db, communityId: string): Promise<{ user: string; role: string }[]>;
}

export interface ProgrammeDefinition {
  /** Lower-case id: the prefix of its audit actions and job payloads (`straw`). */
  readonly id: string;
  /** Its name in copy ("StRaW"). */
  readonly name: string;
  /** Its roles, least first; `managerRole` may do everything the others may and hand out roles. */
  readonly roles: readonly string[];
  readonly managerRole: string;
  /** How each role reads in copy ("StRaW practitioner"). */
  readonly roleLabel: Readonly<Record<string, Text>>;
  /** On in a community until a coordinator switches it off (true), or off until one switches it on. */
  readonly enabledByDefault: boolean;
  /** Days after a step falls due before it is reported overdue. */
  readonly overdueAfterDays: number;
  readonly steps: readonly StepDefinition[];
  /** The shipped tool, clearly labelled as a default to check against the organisation's training; null: no tool. */
  readonly defaultTool: ProgrammeTool | null;
  /** The shipped tool's words in the catalogue, by item and outcome id (`defaultTool` holds them in English, as stored). */
  readonly defaultToolWords?: DefaultToolWords;
  /** How a reminder names the command that records a step (the programme's help has the syntax). */
  readonly recordHint: Text;
  /** The refusals for someone without a role, a non-manager doing a manager's thing, and someone who may not hand out roles. */
  readonly refusals: { readonly noRole: CoreError; readonly needsManager: CoreError; readonly notGranter: CoreError };
  readonly staff: StaffStore;
  /** What follows a person's answer to a consent question (inside the transaction that records it); absent: the programme asks none. */
  readonly onConsent?: (tx: Db, deps: CoreDeps, consent: ProgrammeConsentRow, answer: 'given' | 'declined', now: Date) => Promise<ConsentOutcome>;
  /**
   * Open work a role holder carries that the engine does not keep as cases (mentoring's pairs): while
   * there is some, their role is not taken away, as with open cases. Absent: cases only.
   */
  readonly openWorkOf?: (tx: Db, communityId: string, userRef: string) => Promise<number>;
}

/** The words of a programme's shipped tool, from the catalogue: shown in the reader's language while a community's tool still holds them. */
export interface DefaultToolWords {
  readonly name: Text;
  readonly source: Text;
  readonly items: Readonly<Record<string, Text>>;
  readonly outcomes: Readonly<Record<string, Text>>;
}

/** The step definition for a stored step id (`meeting-2` → `meeting`). */
export function stepDefinition(def: ProgrammeDefinition, stepId: string): StepDefinition | undefined {
  return def.steps.find((s) => s.id === stepId) ?? def.steps.find((s) => stepId.startsWith(`${s.id}-`));
}

/** The usual refusals for a programme on the engine (TRiM keeps its own wording). */
export function programmeRefusals(name: string): ProgrammeDefinition['refusals'] {
  return {
    noRole: { code: 'programme-only', reason: { id: 'programme-staff', programme: name } },
    needsManager: { code: 'programme-only', reason: { id: 'needs-programme-manager', programme: name } },
    notGranter: { code: 'not-allowed', reason: { id: 'programme-managers-too', programme: name } },
  };
}

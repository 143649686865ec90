/**
 * The demo community the playground shows, seeded through core's own use cases (as an admin would set
 * it up on Discord or Slack), and the demo clock that lets a visitor move time forward to see
 * check-ins and the escalation ladder. Neither exists outside demo mode.
 */
import { type Actor, configureCommunity, type CoreDeps, duty, enrolVolunteer, forgetMe, localDate, type Result, type UserRef } from '../../core/index.js';
import type { MessageId } from '../../i18n/index.js';
import { channelRef, communityRef, userRef } from './refs.js';

export const DEMO_SLUG = 'demo';
export const DEMO_COMMUNITY = communityRef(DEMO_SLUG);
export const DEMO_CHANNEL = channelRef(DEMO_SLUG, 'volunteers');
/**
 * The demo community's country, as setup requires one: the United Kingdom, so the playground shows a
 * named line with a number (Samaritans) as a real community would, not the international directory.
 */
export const DEMO_COUNTRY = 'GB';

export interface DemoPerson {
  readonly ref: UserRef;
  readonly name: string;
  readonly role: 'member' | 'volunteer' | 'coordinator';
  /** One line for the pane heading: who this is in the story. */
  readonly about: MessageId;
}

export const DEMO_PEOPLE = {
  member: { ref: userRef(DEMO_SLUG, 'riley'), name: 'Riley', role: 'member', about: 'play.about.member' },
  alex: { ref: userRef(DEMO_SLUG, 'alex'), name: 'Alex', role: 'volunteer', about: 'play.about.alex' },
  jordan: { ref: userRef(DEMO_SLUG, 'jordan'), name: 'Jordan', role: 'volunteer', about: 'play.about.jordan' },
  sam: { ref: userRef(DEMO_SLUG, 'sam'), name: 'Sam', role: 'coordinator', about: 'play.about.sam' },
} as const satisfies Record<string, DemoPerson>;

export const demoPeople: readonly DemoPerson[] = Object.values(DEMO_PEOPLE);

export function demoPerson(ref: string): DemoPerson | null {
  return demoPeople.find((p) => p.ref === ref) ?? null;
}

export const demoActor = (person: DemoPerson): Actor => ({
  user: person.ref,
  community: DEMO_COMMUNITY,
  // The coordinator set the community up; in the demo they stand in for the server's admin.
  ...(person.role === 'coordinator' ? { platformAdmin: true } : {}),
});

/** A clock running `offsetMs` ahead of the real one; only the demo moves it. */
export class DemoClock {
  #offsetMs = 0;
  constructor(private readonly real: () => number = Date.now) {}
  readonly now = (): Date => new Date(this.real() + this.#offsetMs);
  get offsetMs(): number {
    return this.#offsetMs;
  }
  advance(minutes: number): Date {
    this.#offsetMs += minutes * 60_000;
    return this.now();
  }
}

function must<T>(what: string, result: Result<T>): T {
  if (!result.ok) throw new Error(`demo seeding failed at ${what}: ${result.error.code}`);
  return result.value;
}

/**
 * Sets the demo community up, or brings it back to its starting state after a restart: the playground's
 * screens live in memory, so the member's requests and sessions from an earlier run (which no screen
 * shows any more) are closed with `/forget-me`, the same use case a member would run.
 */
export async function seedDemo(deps: CoreDeps, options: { timeZone: string }): Promise<{ created: boolean }> {
  const existed = (await deps.communities.get(deps.db, DEMO_COMMUNITY)) !== null;
  const sam = demoActor(DEMO_PEOPLE.sam);
  must(
    'setup',
    await configureCommunity(deps, sam, {
      // i18n-exempt: the demo community's name (data, as any community's name is)
      name: 'Peerline demo',
      settings: { volunteerChannel: DEMO_CHANNEL, timeZone: options.timeZone, country: DEMO_COUNTRY },
    }),
  );
  const now = deps.clock();
  const inDays = (days: number) => localDate(new Date(now.getTime() + days * 86_400_000), options.timeZone);
  // Each step's name is only for the operator, in the error thrown if seeding fails.
  // i18n-exempt: a seeding step's name (operator only); the tags are demo data
  must('enrol Alex', await enrolVolunteer(deps, sam, { user: DEMO_PEOPLE.alex.ref, tags: ['grief', 'stress'], trainedUntil: inDays(365), capacity: 2 }));
  // Jordan's training runs out in three weeks, so the dashboard has an expiry to warn about.
  // i18n-exempt: a seeding step's name (operator only); the tags are demo data
  must('enrol Jordan', await enrolVolunteer(deps, sam, { user: DEMO_PEOPLE.jordan.ref, tags: ['study or work'], trainedUntil: inDays(21) }));
  // i18n-exempt: a seeding step's name (operator only)
  must('Alex on duty', await duty(deps, demoActor(DEMO_PEOPLE.alex), 'on'));
  // i18n-exempt: a seeding step's name (operator only)
  must('Jordan on duty', await duty(deps, demoActor(DEMO_PEOPLE.jordan), 'on'));
  // i18n-exempt: a seeding step's name (operator only)
  if (existed) must('reset member', await forgetMe(deps, demoActor(DEMO_PEOPLE.member)));
  return { created: !existed };
}

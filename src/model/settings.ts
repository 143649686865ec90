/**
 * A community's settings, stored as JSON on the community row and changed with admin commands.
 * Every field has a default so a community works the moment it is set up. The schema's own messages
 * are catalogue ids (src/i18n), put into words in the reader's language at the edge (`schemaText`).
 */
import { z } from 'zod';
import type { MessageId } from '../i18n/index.js';
import { LOCALES } from '../i18n/locales.js';
import type { ChannelRef, RoleRef } from './refs.js';

/** A ref an adapter built, stored in the settings: a non-empty string, typed by its kind. */
const refOf = <R extends string>() => z.custom<R>((v) => typeof v === 'string' && v.length > 0, 'error.schema.ref' satisfies MessageId);

/** One step of the escalation ladder, run when a request is still queued `afterMinutes` after it was made. */
export const escalationStep = z.object({
  afterMinutes: z.number().int().min(1).max(24 * 60),
  action: z.enum(['remention', 'page-coordinators', 'tell-member']),
});
export type EscalationStep = z.infer<typeof escalationStep>;

/** The stored value for "other / international": the catalogue's own code for its fallback entries. */
export const INTERNATIONAL = 'INTL';

/**
 * What a coordinator typed or picked, as stored: upper case; "UK" (what people type) is GB; "other",
 * "international" and "intl" mean the international directory.
 */
export function normaliseCountry(raw: string): string {
  const code = raw.trim().toUpperCase();
  if (code === 'UK') return 'GB';
  if (code === 'OTHER' || code === 'INTERNATIONAL' || code === INTERNATIONAL) return INTERNATIONAL;
  return code;
}

// The default topics become the community's own data when stored (coordinators rename them; requests match them), so they are not translated at render time
export const DEFAULT_TOPICS = [
  'stress',
  'loneliness',
  'relationships',
  'family',
  'grief',
  'study or work', // i18n-exempt: a default topic, stored as the community's own data (see above)
  'identity',
  'health',
  'something else', // i18n-exempt: a default topic, stored as the community's own data (see above)
] as const;

/** Zones already found valid: building a formatter to check one costs more than the rest of the parse (it showed in CPU profiles). */
const validZones = new Set<string>();

const timeZone = z.string().refine(
  (tz) => {
    if (validZones.has(tz)) return true;
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      validZones.add(tz);
      return true;
    } catch {
      return false;
    }
  },
  { message: 'error.schema.time-zone' satisfies MessageId },
);

/** A resource a community adds to the catalogue (an EAP, campus counselling); shown after the national line. */
export const communityResource = z.object({
  name: z.string().trim().min(1).max(80),
  phone: z.string().trim().min(3).max(40).optional(),
  sms: z.string().trim().min(3).max(60).optional(),
  url: z.url({ protocol: /^https?$/ }).max(200).optional(),
  hours: z.string().trim().min(1).max(60),
});
export type CommunityResource = z.infer<typeof communityResource>;

/** Working hours: the days (0 = Sunday … 6 = Saturday) and the minutes after local midnight they start and end (same day). */
export const workingHours = z
  .object({
    days: z
      .array(z.number().int().min(0).max(6))
      .min(1, 'error.schema.one-day' satisfies MessageId)
      .max(7)
      .refine((d) => new Set(d).size === d.length, 'error.schema.each-day-once' satisfies MessageId),
    startMinute: z.number().int().min(0).max(24 * 60 - 1),
    endMinute: z.number().int().min(1).max(24 * 60),
  })
  .refine((h) => h.endMinute > h.startMinute, 'error.schema.end-after-start' satisfies MessageId);
export type WorkingHours = z.infer<typeof workingHours>;

export const communitySettings = z.object({
  /** Channel ref where offer cards and coordinator alerts go. */
  volunteerChannel: refOf<ChannelRef>().nullable().default(null),
  /** Channel ref under which private session spaces are opened (Discord threads); null = volunteer channel. */
  sessionsLocation: refOf<ChannelRef>().nullable().default(null),
  /** Platform role ref whose holders count as coordinators, besides those enrolled as coordinators. */
  coordinatorRole: refOf<RoleRef>().nullable().default(null),
  /**
   * ISO 3166-1 alpha-2 code for crisis resources, or `INTL` when the coordinators chose "other /
   * international" (the international directory). null = never chosen: only communities set up before
   * setup required a country; they get the international directory too until a coordinator picks one.
   */
  country: z
    .string()
    .transform(normaliseCountry)
    .pipe(z.string().regex(/^([A-Z]{2}|INTL)$/, 'error.schema.country' satisfies MessageId))
    .nullable()
    .default(null),
  timeZone: timeZone.default('UTC'),
  /**
   * The community's default language (en, es, pt, fr, de): volunteer-channel cards and shared spaces use
   * it, and people whose own language the platform does not tell us (or that Peerline does not speak).
   */
  language: z.enum(LOCALES).default('en'),
  topics: z.array(z.string().min(1).max(40)).min(1).max(25).default([...DEFAULT_TOPICS]),
  escalation: z
    .object({
      routine: z.array(escalationStep).max(10),
      crisis: z.array(escalationStep).max(10),
    })
    .default({
      routine: [
        { afterMinutes: 5, action: 'remention' },
        { afterMinutes: 15, action: 'page-coordinators' },
        { afterMinutes: 60, action: 'tell-member' },
      ],
      crisis: [
        { afterMinutes: 1, action: 'remention' },
        { afterMinutes: 3, action: 'page-coordinators' },
        { afterMinutes: 10, action: 'tell-member' },
      ],
    }),
  /** Check-in offsets a member may choose from, in hours after the session ends. */
  checkInOffsetsHours: z.array(z.number().int().min(1).max(24 * 14)).min(1).max(5).default([4, 24, 72]),
  defaultCheckInHours: z.number().int().min(1).max(24 * 14).default(24),
  retentionDays: z.number().int().min(1).max(3650).default(30),
  watchedChannels: z.array(refOf<ChannelRef>()).max(50).default([]),
  /** Upper bound on any volunteer's concurrent sessions, whatever their own capacity says. */
  maxSessionsPerVolunteer: z.number().int().min(1).max(10).default(3),
  maxShiftHours: z.number().int().min(1).max(24).default(4),
  extraResources: z.array(communityResource).max(5).default([]),
  /** Minutes between two crisis replies to the same person unless the tier rises. */
  crisisCooldownMinutes: z.number().int().min(0).max(24 * 60).default(30),
  /**
   * When reminders to staff may be sent (TRiM's, for now), in the community's time zone: on `days`
   * (0 = Sunday … 6 = Saturday) from `startMinute` to `endMinute` after midnight. A reminder falling
   * outside is held to the next start. null = at any time.
   */
  workingHours: workingHours.nullable().default({ days: [0, 1, 2, 3, 4, 5, 6], startMinute: 9 * 60, endMinute: 17 * 60 + 30 }),
  /** TRiM timings. The initial assessment is never sooner than 72 hours after the incident. */
  trim: z
    .object({
      /** The managers' planning meeting is due this many hours after the incident. */
      planningWithinHours: z.number().int().min(1).max(7 * 24).default(24),
      initialAfterHours: z.number().int().min(72).max(14 * 24).default(72),
      followUpAfterDays: z.number().int().min(14).max(90).default(28),
      /** Days after an assessment falls due before it is reported overdue (to the practitioner and the managers). */
      overdueAfterDays: z.number().int().min(1).max(30).default(2),
    })
    .default({ planningWithinHours: 24, initialAfterHours: 72, followUpAfterDays: 28, overdueAfterDays: 2 }),
});
export type CommunitySettings = z.infer<typeof communitySettings>;
export type CommunitySettingsInput = z.input<typeof communitySettings>;

export function defaultSettings(): CommunitySettings {
  return communitySettings.parse({});
}

/**
 * The dashboard's settings page: the same use cases as the chat commands, behind the dashboard's check
 * (session and coordinator role) on every request, acting as the signed-in coordinator.
 */
import type { CoreDeps } from '../deps.js';
import { ok, type Result } from '../result.js';
import type { TextSettingKey } from '../settings-text.js';
import type { TextView } from '../views/types.js';
import { changeSettings } from './community-settings.js';
import { dashboardAccess, dashboardActor as actorOf, type DashboardAccess } from './dashboard-access.js';
import { watchChannel } from './watch-channel.js';

export interface SettingsPage {
  readonly access: DashboardAccess;
  readonly now: Date;
}

export async function dashboardSettingsPage(deps: CoreDeps, sessionSecret: string | null | undefined): Promise<Result<SettingsPage>> {
  const access = await dashboardAccess(deps, sessionSecret);
  return access.ok ? ok({ access: access.value, now: deps.clock() }) : access;
}

/** What a change from the dashboard did: the page's facts again, and the change's own result (saved, or why not). */
export interface SettingsChange extends SettingsPage {
  readonly outcome: Result<TextView>;
}

export async function dashboardChangeSettings(deps: CoreDeps, sessionSecret: string | null | undefined, values: Partial<Record<TextSettingKey, string>>): Promise<Result<SettingsChange>> {
  const access = await dashboardAccess(deps, sessionSecret);
  if (!access.ok) return access;
  const outcome = await changeSettings(deps, actorOf(access.value), values);
  return page(deps, sessionSecret, outcome);
}

export async function dashboardUnwatchChannel(deps: CoreDeps, sessionSecret: string | null | undefined, channel: string): Promise<Result<SettingsChange>> {
  const access = await dashboardAccess(deps, sessionSecret);
  if (!access.ok) return access;
  // Only a channel the community watches can be named here: the form lists them, and anything else changes nothing.
  const watched = access.value.community.settings.watchedChannels.find((c) => c === channel);
  const outcome: Result<TextView> =
    watched === undefined ? ok({ title: 'Nothing changed', text: 'That channel is not watched.' }) : await watchChannel(deps, actorOf(access.value), { channel: watched, watch: false });
  return page(deps, sessionSecret, outcome);
}

/** The page as it is after the change (read again, so it shows what was saved). */
async function page(deps: CoreDeps, sessionSecret: string | null | undefined, outcome: Result<TextView>): Promise<Result<SettingsChange>> {
  const after = await dashboardAccess(deps, sessionSecret);
  return after.ok ? ok({ access: after.value, now: deps.clock(), outcome }) : after;
}

/**
 * The one door into Peerline's platform-neutral core: adapters, the scheduler, the CLI and main.ts import
 * core only from here (enforced by `npm run lint` and test/unit/boundaries.test.ts). It exports what they
 * use — use cases, the views they render, the port they implement — and nothing more.
 */
export { finishAccept } from './accept-recovery.js';
export { parseAction, repeatable } from './actions.js';
export type { Actor } from './actor.js';
export { CommunityDirectory, type CommunityRecord } from './communities.js';
export { CrisisBacklog } from './crisis-backlog.js';
export { CrisisCooldown } from './crisis-cooldown.js';
export { beforeDeadline, FORM_DEADLINE_MS } from './deadline.js';
export type { CoreDeps } from './deps.js';
export { deliverOnce, type Effect } from './effects.js';
export { errorName } from './error-name.js';
export { crisisAudience, crisisMentions, crisisRoundJob, crisisRoundTellsMember, waitingCounts } from './escalation.js';
export { DUTY_CONFIRM_MINUTES, DUTY_REASK_MINUTES, job, type JobKind, type JobPayload, jobPayloads } from './jobs.js';
export { answeredKey, deliverOffer, mentionsFor, postOffer, queuedReply } from './offers.js';
export type { ChannelRef, ChatPlatform, Clock, CommunityRef, Delivery, Logger, MessageRef, Metrics, OpenSpaceInput, RoleRef, SpaceRef, UserRef } from './ports.js';
export { resourcesFor } from './resources.js';
export { type CoreError, fail, ok, type Result } from './result.js';
export { communitySettings, type CommunitySettings, defaultSettings, normaliseCountry } from './settings.js';
export { addMinutes, formatDuration, localDate, parseLocalDateTime, zoneFormatter, zoneOffsetMs } from './time.js';
export { isExplainedRefusal, tellCoordinators } from './undelivered.js';
export { formatUnscanned } from './unscanned-languages.js';
export { cancelRequest } from './use-cases/cancel-request.js';
export { configureCommunity, type ConfigureCommunityInput, countryChoices } from './use-cases/configure-community.js';
export { resumeConversation, silenceView } from './use-cases/crisis-answer.js';
export { raiseCrisis } from './use-cases/crisis-response.js';
export { canSignIn, type DashboardAccess, SESSION_HOURS, signInToDashboard, signOutOfDashboard } from './use-cases/dashboard-access.js';
export { COVERAGE_WEEKS, CRISIS_WEEKS, dashboardNowPage, dashboardStatsPage, dashboardVolunteersPage, OUTCOME_DAYS, STATS_WINDOWS } from './use-cases/dashboard-pages.js';
export { duty, lockOnDuty, takeOffDuty } from './use-cases/duty.js';
export { endSession } from './use-cases/end-session.js';
export { forgetMe } from './use-cases/forget-me.js';
export { handleAction } from './use-cases/handle-action.js';
export { handleMessage, type MessagePlace } from './use-cases/handle-message.js';
export { issueDashboardLink } from './use-cases/issue-dashboard-link.js';
export { enrolVolunteer, listVolunteers, removeVolunteer, setCoordinators } from './use-cases/manage-volunteers.js';
export { NOTE_MAX, requestListener, type RequestListenerInput } from './use-cases/request-listener.js';
export { showResources } from './use-cases/show-resources.js';
export { showStats, type Stats } from './use-cases/stats.js';
export { DASHBOARD_OFF } from './views/dashboard-off.js';
export { errorText, errorView, reasonText } from './views/errors.js';
export { LISTEN_FORM_ID, listenForm, parseListenForm } from './views/forms.js';
export { checkInView, coordinatorPageView, crisisRoundView, crisisWaitingView, deadJobView, debriefView, dutyDroppedView, shiftCheckView, stillNeededView, stillWaitingView, takenOffDutyView, takingLongerView, trainingReminderView } from './views/scheduled.js';
export type { FormField, FormView, Tone, View } from './views/types.js';
export * from './trim/index.js';

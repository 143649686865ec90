/** Local fake of Slack for end-to-end tests of the Slack adapter; see README.md. */
export { FakeSlackApi } from './fake-slack-api.js';
export type { Fault, RecordedCall, RecordedResponse } from './fake-slack-api.js';
export type { ApiArgs, ApiResult } from './web-api-methods.js';
export type { ChannelSeed, Conversation, StoredEphemeral, StoredMessage, StoredView, UserSeed, WorkspaceSeed } from './workspace.js';
export { encodeForBolt, postToBolt, signSlackRequest } from './signed.js';
export type { BoltRequestKind, BoltResponse, PostToBoltOptions, SlackSignatureHeaders } from './signed.js';
export { blockAction, eventCallback, messageEvent, newEventId, newTriggerId, slackTs, slashCommand, urlVerification, viewSubmission } from './payloads.js';
export type { BlockActionInput, EventCallbackInput, MessageEventInput, SlackEventInput, SlashCommandInput, ViewStateInput, ViewSubmissionInput } from './payloads.js';
export { BOLT_ENDPOINT, startBoltApp } from './bolt-app.js';
export type { RunningBoltApp, StartBoltAppOptions } from './bolt-app.js';
export type { Interception, Interceptor, OpenedConversation, PostedMessage, SlackCall } from './fake-slack-api.js';
export { click, command, message, sendToBolt, submit } from './requests.js';
export type { SendOptions, SlackBody } from './requests.js';
export { FakeSocketMode } from './socket-mode.js';
export type { DeliverOptions, Delivery, Envelope, EnvelopeType, SocketConnection } from './socket-mode.js';

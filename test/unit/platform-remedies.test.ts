/**
 * What a coordinator is told to do about a platform's refusal (ChatPlatform.explainFailure): catalogue
 * words, in the reader's language, English as before.
 */
import { describe, expect, it } from 'vitest';
import { remedy as discordRemedy } from '../../src/adapters/discord/errors.js';
import { remedy as slackRemedy } from '../../src/adapters/slack/errors.js';
import { localise } from '../../src/i18n/index.js';

describe('platform remedies', () => {
  it('tells a Slack coordinator what to fix, in English as before and in their own language', () => {
    expect(localise(slackRemedy('not-in-channel'), 'en')).toBe('Invite the Peerline app to the volunteer channel (/invite @Peerline).');
    expect(localise(slackRemedy('not-in-channel'), 'es')).toBe('Invita la app Peerline al canal de voluntarios (/invite @Peerline).');
    expect(localise(slackRemedy('unreachable'), 'de')).toBe('Sieh in den Logs des Bots nach dem Slack-Fehlercode.');
  });

  it('tells a Discord coordinator what to fix, and nothing for a failure it does not know', () => {
    const fix = discordRemedy('thread-limit');
    expect(fix === null ? null : localise(fix, 'en')).toBe('The server has too many active threads: archive old ones.');
    expect(fix === null ? null : localise(fix, 'fr')).toBe('Le serveur a trop de fils actifs : archive les anciens.');
    expect(discordRemedy('other')).toBeNull();
  });
});

/**
 * The member-facing slash commands' names and descriptions in every language Peerline speaks, from the
 * message catalogue (`discord.*` keys), as Discord's `name_localizations` / `description_localizations`.
 * Interactions still carry the English names, so parsing is unchanged. Volunteer, coordinator, rota and
 * TRiM commands are English for now (README, "Languages").
 */
import type { LocalizationMap, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { NOTE_MAX } from '../../core/index.js';
import { type Locale, localiser, type MessageId } from '../../i18n/index.js';

/** Discord's locale codes for each language (Spanish has Spain's and Latin America's). */
const DISCORD_LOCALES: Readonly<Record<Exclude<Locale, 'en'>, readonly string[]>> = { es: ['es-ES', 'es-419'], pt: ['pt-BR'], fr: ['fr'], de: ['de'] };

type Prefix = 'discord.listen' | 'discord.listen.topic' | 'discord.listen.note' | 'discord.listen.anonymous' | 'discord.listen.checkIn' | 'discord.resources' | 'discord.resources.country' | 'discord.end' | 'discord.forgetMe' | 'discord.help';

const COMMAND_KEYS: Readonly<Record<string, { readonly key: Prefix; readonly options?: Readonly<Record<string, Prefix>> }>> = {
  listen: { key: 'discord.listen', options: { topic: 'discord.listen.topic', note: 'discord.listen.note', anonymous: 'discord.listen.anonymous', 'check-in': 'discord.listen.checkIn' } },
  resources: { key: 'discord.resources', options: { country: 'discord.resources.country' } },
  end: { key: 'discord.end' },
  'forget-me': { key: 'discord.forgetMe' },
  'peer-help': { key: 'discord.help' },
};

function map(text: (locale: Locale) => string): LocalizationMap {
  const out: Record<string, string> = {};
  for (const [locale, codes] of Object.entries(DISCORD_LOCALES) as [Exclude<Locale, 'en'>, readonly string[]][]) for (const code of codes) out[code] = text(locale);
  return out;
}

function localised(prefix: Prefix): { name_localizations: LocalizationMap; description_localizations: LocalizationMap } {
  // Every name and description is a plain message; the note's description also says the limit.
  const say = (id: MessageId) => (locale: Locale) => localiser(locale).format(id, { max: NOTE_MAX });
  return { name_localizations: map(say(`${prefix}.name`)), description_localizations: map(say(`${prefix}.description`)) };
}

/** The commands with their localisations added (member-facing ones; the rest unchanged). */
export function withLocalisations(commands: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[]): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commands.map((command) => {
    const keys = COMMAND_KEYS[command.name];
    if (keys === undefined) return command;
    const options = command.options?.map((option) => {
      const key = keys.options?.[option.name];
      return key === undefined ? option : { ...option, ...localised(key) };
    });
    return { ...command, ...localised(keys.key), ...(options === undefined ? {} : { options }) };
  });
}

/**
 * Every slash command's words in every language Peerline speaks, from the message catalogue (`cmd.*`
 * keys, src/i18n/messages/commands/): each definition takes its description from `described`, a choice
 * its name from `choice`, and a member-facing command or option its name from `named`, each with
 * Discord's `description_localizations` / `name_localizations` beside the English.
 *
 * Keys follow the command path: `cmd.rota.show.weeks` describes the option `weeks` of `/rota show`; an
 * option shared by several subcommands is keyed once under its command; a choice is `cmd.<option>.<value>`
 * and a localised name `cmd.name.<path>`. Only the member-facing commands' names are localised (/listen,
 * /resources, /end, /forget-me, /peer-help); volunteers', coordinators' and practitioners' commands keep
 * their English names, which their help texts and the README name. Interactions carry the English names
 * whatever the member's language, so parsing is unchanged. test/discord/discord-commands-locales.test.ts
 * holds every command, subcommand, option and choice to this, and to Discord's limits.
 */
import type { LocalizationMap } from 'discord.js';
import { countryName } from '../../core/index.js';
import { type Locale, localise, localiser, type MessageId, type Param, type ParamsOf } from '../../i18n/index.js';

/** Discord's locale codes for each language (Spanish has Spain's and Latin America's). */
export const DISCORD_LOCALES: Readonly<Record<Exclude<Locale, 'en'>, readonly string[]>> = { es: ['es-ES', 'es-419'], pt: ['pt-BR'], fr: ['fr'], de: ['de'] };

type CommandId = Extract<MessageId, `cmd.${string}`>;
type Args<K extends MessageId> = [ParamsOf<K>] extends [never] ? [] : [params: ParamsOf<K>];

/** A text in English, and Discord's map of it in every other language. */
function inEveryLanguage(say: (locale: Locale) => string): { english: string; localizations: LocalizationMap } {
  const localizations: Record<string, string> = {};
  for (const [locale, codes] of Object.entries(DISCORD_LOCALES) as [Exclude<Locale, 'en'>, readonly string[]][]) for (const code of codes) localizations[code] = say(locale);
  return { english: say('en'), localizations };
}

// The compiler has checked the parameters against the English source where `described` was called.
const message = (id: CommandId, params: readonly unknown[]) => (locale: Locale) => localiser(locale).format(id, params[0] as Readonly<Record<string, Param>> | undefined);

/** A command's, subcommand's or option's description, in every language. */
export function described<K extends CommandId>(id: K, ...params: Args<K>): { description: string; description_localizations: LocalizationMap } {
  const { english, localizations } = inEveryLanguage(message(id, params));
  return { description: english, description_localizations: localizations };
}

/** A member-facing command's or option's name, in every language (lower case, no spaces: Discord's rule). */
export function named(id: Extract<CommandId, `cmd.name.${string}`>): { name: string; name_localizations: LocalizationMap } {
  const { english, localizations } = inEveryLanguage(message(id, []));
  return { name: english, name_localizations: localizations };
}

/** A choice: its name in every language, its value as core reads it. */
export function choice<V extends string>(id: CommandId, value: V): { name: string; name_localizations: LocalizationMap; value: V } {
  const { english, localizations } = inEveryLanguage(message(id, []));
  return { name: english, name_localizations: localizations, value };
}

/** A country choice: its name in every language (core's `countryName`, CLDR's region names), as core names it in English. */
export function countryChoice(code: string, english: string): { name: string; name_localizations: LocalizationMap; value: string } {
  const name = countryName(code);
  const { localizations } = inEveryLanguage((locale) => localise(name, locale));
  return { name: english, name_localizations: localizations, value: code };
}

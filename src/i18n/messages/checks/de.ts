/** Checks: what a schema of ours says about input it refuses, and a few notices to coordinators: German (every key of ./en.ts). */
import type { AreaTranslation } from '../def.js';
import type { checksEn } from './en.js';

export const checksDe: AreaTranslation<typeof checksEn> = {
  'checks.rota.start': 'schreib die Anfangszeit als HH:MM im 24-Stunden-Format (z. B. 18:00)',
  'checks.rota.end': 'schreib die Endzeit als HH:MM im 24-Stunden-Format (z. B. 18:00)',
  'checks.rota.wanted': 'schreib die gewünschten Personen als ganze Zahl',
  'checks.rota.wanted.min': 'mindestens 1 Person',
  'checks.rota.wanted.max': 'höchstens {max, plural, one {# Person} other {# Personen}}',
  'checks.rota.days': 'schreib die Tage als mon-fri oder mon,wed,fri (englische Namen mit drei Buchstaben)',
  'checks.rota.date': 'schreib das Datum als JJJJ-MM-TT (YYYY-MM-DD)',
  'checks.rota.short': 'eine Schicht dauert mindestens 15 Minuten (ein Ende vor dem Beginn geht über Mitternacht)',
  'checks.rota.slot': 'gib das Zeitfenster mit seiner Nummer an (der Dienstplan zeigt sie)',
  'checks.rota.cap.min': 'mindestens 1 Schicht pro Woche',
  'checks.rota.cap.max': 'höchstens {max, plural, one {# Schicht} other {# Schichten}} pro Woche',
  'checks.weeks.max': 'höchstens {max, plural, one {# Woche} other {# Wochen}}',
  'checks.undelivered.rotaReminder': 'Eine Erinnerung an eine Schicht konnte nicht an eine freiwillige Person gesendet werden.',
  'checks.undelivered.rotaOnDuty': 'Eine freiwillige Person wurde für ihre Schicht in den Dienst gesetzt, konnte aber nicht benachrichtigt werden.',
  'checks.undelivered.mentorPrompt': 'Eine Mentoring-Erinnerung konnte nicht {role, select, mentee {an eine betreute Person} other {an die Mentorin oder den Mentor}} gesendet werden.',

  'checks.mentoring.rhythm': 'der Rhythmus ist wöchentlich (weekly), alle zwei Wochen (fortnightly) oder alle vier Wochen (four-weekly)',
  'checks.mentoring.weeks.min': 'mindestens 1 Woche',
  'checks.mentoring.capacity.min': 'mindestens 1 Mentee',
  'checks.mentoring.capacity.max': 'höchstens {max, plural, one {# Mentee} other {# Mentees}}',

  'checks.tool.itemIds': 'die IDs der Einträge müssen verschieden sein',
  'checks.tool.bands': 'in thresholds fehlen Stufen für: {steps}',
  'checks.notes.max': 'Notizen: bis zu {max} Zeichen',
  'checks.profile.name.max': 'Dein Anzeigename darf bis zu {max, plural, one {# Zeichen} other {# Zeichen}} lang sein.',
  'checks.profile.tags.max': 'Bis zu {max, plural, one {# Schlagwort} other {# Schlagwörter}}.',
  'checks.date.format': 'nutze ein Datum wie 2027-03-31',
  'checks.date.real': 'kein echtes Datum',
  'checks.tags': 'Schlagwörter bestehen aus Wörtern, Zahlen, Leerzeichen, - und _',

  'checks.stats.title': '{days, plural, one {Der letzte Tag} other {Die letzten # Tage}}',
  'checks.stats.text': 'Nur Zahlen: keine Namen, keine Notizen. {method}',
  'checks.stats.requests': 'Anfragen',
  'checks.stats.waiting': 'Wartet jetzt',
  'checks.stats.median': 'Wartezeit, Median',
  'checks.stats.p90': 'Wartezeit, 90. Perzentil',
  'checks.stats.crisis': 'Krisenereignisse',
  'checks.stats.unread': 'Nachrichten, die der Bot nicht lesen konnte',
  'checks.stats.byTopic': 'Nach Thema',
  'checks.stats.none': 'keine',
  'checks.stats.over': 'über {wait}',
};

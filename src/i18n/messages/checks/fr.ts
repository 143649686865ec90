/** Checks: what a schema of ours says about input it refuses, and a few notices to coordinators: French (every key of ./en.ts). */
import type { AreaTranslation } from '../def.js';
import type { checksEn } from './en.js';

export const checksFr: AreaTranslation<typeof checksEn> = {
  'checks.rota.start': "écris l'heure de début au format HH:MM, sur 24 heures (par ex. 18:00)",
  'checks.rota.end': "écris l'heure de fin au format HH:MM, sur 24 heures (par ex. 18:00)",
  'checks.rota.wanted': "écris le nombre d'écoutants voulus en nombre entier",
  'checks.rota.wanted.min': 'au moins 1 écoutant',
  'checks.rota.wanted.max': 'au plus {max, plural, one {# écoutant} other {# écoutants}}',
  'checks.rota.days': 'écris les jours sous la forme mon-fri, ou mon,wed,fri (noms anglais à trois lettres)',
  'checks.rota.date': 'écris la date au format AAAA-MM-JJ (YYYY-MM-DD)',
  'checks.rota.short': "une permanence dure au moins 15 minutes (une fin avant le début passe minuit)",
  'checks.rota.slot': 'indique le créneau par son numéro (le planning les affiche)',
  'checks.rota.cap.min': 'au moins 1 permanence par semaine',
  'checks.rota.cap.max': 'au plus {max, plural, one {# permanence} other {# permanences}} par semaine',
  'checks.weeks.max': 'au plus {max, plural, one {# semaine} other {# semaines}}',
  'checks.undelivered.rotaReminder': "Un rappel de permanence n'a pas pu être envoyé à un bénévole.",
  'checks.undelivered.rotaOnDuty': "Un bénévole a été mis de permanence pour son créneau, mais n'a pas pu en être averti.",
  'checks.undelivered.mentorPrompt': "Un rappel de mentorat n'a pas pu être envoyé à {role, select, mentee {un mentoré} other {un mentor}}.",

  'checks.mentoring.rhythm': 'le rythme est hebdomadaire (weekly), toutes les deux semaines (fortnightly) ou toutes les quatre semaines (four-weekly)',
  'checks.mentoring.weeks.min': 'au moins 1 semaine',
  'checks.mentoring.capacity.min': 'au moins 1 personne accompagnée',
  'checks.mentoring.capacity.max': 'au plus {max, plural, one {# personne accompagnée} other {# personnes accompagnées}}',

  'checks.tool.itemIds': 'les ids des éléments doivent être différents',
  'checks.tool.bands': 'il manque des paliers dans thresholds pour : {steps}',
  'checks.notes.max': "notes : jusqu'à {max} caractères",
  'checks.profile.name.max': "Ton nom affiché peut compter jusqu'à {max, plural, one {# caractère} other {# caractères}}.",
  'checks.profile.tags.max': "Jusqu'à {max, plural, one {# étiquette} other {# étiquettes}}.",
  'checks.date.format': 'utilise une date comme 2027-03-31',
  'checks.date.real': "ce n'est pas une vraie date",
  'checks.tags': 'les étiquettes sont des mots, des chiffres, des espaces, - et _',

  'checks.stats.title': '{days, plural, one {Le dernier jour} other {Les # derniers jours}}',
  'checks.stats.text': 'Des décomptes seulement : aucun nom, aucune note. {method}',
  'checks.stats.requests': 'Demandes',
  'checks.stats.waiting': 'En attente maintenant',
  'checks.stats.median': 'Attente, médiane',
  'checks.stats.p90': 'Attente, 90e centile',
  'checks.stats.crisis': 'Événements de crise',
  'checks.stats.unread': "Messages que le bot n'a pas pu lire",
  'checks.stats.byTopic': 'Par sujet',
  'checks.stats.none': 'aucun',
  'checks.stats.over': 'plus de {wait}',
};

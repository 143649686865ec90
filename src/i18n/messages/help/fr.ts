/** The mentoring and StRaW help on Slack and Discord: French (every key of ./en.ts). */
import type { AreaTranslation } from '../def.js';
import type { helpEn } from './en.js';

export const helpFr: AreaTranslation<typeof helpEn> = {
  'help.mentor.intro': 'Mentorat : un mentoré et un mentor formé (un bénévole, pas un soignant) se rencontrent régulièrement pendant une période choisie. Peerline est un bot : il vous le rappelle à tous les deux en privé et ne garde aucun message.',
  'help.mentor.status': '{platform, select, slack {/peer mentor} other {/mentor status}} — ton mentorat : ton mentor, ou tes mentorés',
  'help.mentor.signup': '{platform, select, slack {/peer mentor signup} other {/mentor signup}} — demande un mentor ; un coordinateur forme le binôme',
  'help.mentor.talk': '{platform, select, slack {/peer mentor talk} other {/mentor talk}} — ouvre une conversation privée avec ton mentor',
  'help.mentor.change': '{platform, select, slack {/peer mentor change} other {/mentor change}} — demande un autre mentor ; pas besoin de donner de raison',
  'help.mentor.slack.state': '/peer mentor pause · resume · end — pour ton propre binôme (les mentors qui ont plusieurs mentorés ajoutent @mentoré) ; en cas de fin, on demande au mentoré avant de partager tout retour',
  'help.mentor.slack.coordinators': 'Coordinateurs (et coordinateurs du mentorat)',
  'help.mentor.slack.switch': '/peer mentor on · /peer mentor off — active ou désactive le mentorat ici (coordinateurs ; désactivé par défaut)',
  'help.mentor.slack.roles': '/peer mentor role add @nom mentor (ou coordinator) · /peer mentor role remove @nom · /peer mentor roles — les mentors doivent être des bénévoles inscrits',
  'help.mentor.slack.capacity': '/peer mentor capacity @nom <n> · /peer mentor list — le nombre de mentorés qu’un mentor peut avoir à la fois (2 par défaut), et la charge de chaque mentor',
  'help.mentor.slack.pair': '/peer mentor pair @mentoré @mentor [weekly|fortnightly|four-weekly] [12 weeks] — crée un binôme (répond aussi à une demande)',
  'help.mentor.slack.pairs': '/peer mentor pairs — binômes et demandes en attente, en privé et avec les noms',
  'help.mentor.slack.any': '/peer mentor pause|resume|end @mentoré — modifie n’importe quel binôme',
  'help.mentor.discord.state': '/mentor pause | resume | end [mentee:] — ton propre binôme (les mentors qui ont plusieurs mentorés en nomment un) ; en cas de fin, on demande au mentoré avant de partager tout retour',
  'help.mentor.discord.coordinators':
    'Coordinateurs (et coordinateurs du mentorat) : /mentor enable | disable (désactivé par défaut) · /mentor role-add user: role: · /mentor role-remove user: · /mentor roles · /mentor capacity user: mentees: · /mentor list · /mentor pair mentee: mentor: [rhythm:] [weeks:] · /mentor pairs · /mentor pause|resume|end mentee:',

  'help.straw.slack.intro': 'StRaW (Sustaining Resilience at Work) — un soutien entre pairs face au stress au travail, par des praticien·nes StRaW formé·es (des pairs, pas des thérapeutes). Désactivé tant qu’un coordinateur ne l’a pas activé.',
  'help.straw.slack.referSelf': '/peer straw refer — demande un soutien StRaW pour toi (privé, réservé à l’équipe StRaW)',
  'help.straw.slack.referColleague': '/peer straw refer @collègue — propose-le pour un collègue : on lui demande d’abord, par message privé, et tu sauras seulement s’il donne suite',
  'help.straw.slack.practitioners': 'Praticien·nes et responsables StRaW',
  'help.straw.slack.due': '/peer straw due — les dossiers ouverts et leur prochaine étape (les tiens ; un responsable les voit tous)',
  'help.straw.slack.case': '/peer straw case 3 — le dossier 3',
  'help.straw.slack.record':
    '/peer straw record 3 yes sleep,mood — le score et la suggestion de l’outil ; ajoute outcome peer-support|signpost|close pour l’enregistrer, et notes … (stockées chiffrées). Une rencontre n’a besoin d’aucune réponse : /peer straw record 3',
  'help.straw.slack.tool': '/peer straw tool — l’outil de conversation en usage (une version par défaut à vérifier avec ta formation StRaW)',
  'help.straw.slack.managers': 'Responsables StRaW',
  'help.straw.slack.manage': "/peer straw assign 3 @praticien · /peer straw close 3 · /peer straw tool save '{json}'",
  'help.straw.slack.coordinators': 'Coordination et responsables StRaW',
  'help.straw.slack.roles': '/peer straw enable · /peer straw disable (coordinateurs) · /peer straw role add @nom practitioner|manager · /peer straw role remove @nom · /peer straw roles',
  'help.straw.discord.intro': 'StRaW (Sustaining Resilience at Work), quand un coordinateur l’a activé : un soutien entre pairs face au stress au travail, par des praticien·nes StRaW formé·es (des pairs, pas des thérapeutes).',
  'help.straw.discord.refer': '/straw refer — pour toi (privé, réservé à l’équipe StRaW), ou nomme un collègue : on lui demande d’abord par message privé, et tu sauras seulement s’il donne suite',
  'help.straw.discord.practitioners': 'Praticien·nes : /straw due | case | record (yes: points abordés ; outcome: soutien par les pairs | orienter | clore ; notes: stockées chiffrées) | tool',
  'help.straw.discord.roles': 'Responsables : /straw assign | close | tool-save · Coordination : /straw enable | disable · Coordination et responsables : /straw role add | role remove | roles',
};

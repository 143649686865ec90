/** The mentoring and StRaW help on Slack and Discord: German (every key of ./en.ts). */
import type { AreaTranslation } from '../def.js';
import type { helpEn } from './en.js';

export const helpDe: AreaTranslation<typeof helpEn> = {
  'help.mentor.intro': 'Mentoring: Ein Mentee und eine geschulte Mentorin oder ein geschulter Mentor (ehrenamtlich, keine klinische Fachkraft) treffen sich regelmäßig über einen gewählten Zeitraum. Peerline ist ein Bot: Er erinnert euch beide privat und speichert keine Nachrichten.',
  'help.mentor.status': '{platform, select, slack {/peer mentor} other {/mentor status}} — dein Mentoring: deine Mentorin/dein Mentor oder deine Mentees',
  'help.mentor.signup': '{platform, select, slack {/peer mentor signup} other {/mentor signup}} — um Mentoring bitten; Koordinierende bilden das Paar',
  'help.mentor.talk': '{platform, select, slack {/peer mentor talk} other {/mentor talk}} — ein privates Gespräch mit deiner Mentorin/deinem Mentor öffnen',
  'help.mentor.change': '{platform, select, slack {/peer mentor change} other {/mentor change}} — um eine andere Mentorin/einen anderen Mentor bitten; ohne Begründung',
  'help.mentor.slack.state': '/peer mentor pause · resume · end — für dein eigenes Paar (wer mehrere Mentees hat, ergänzt @mentee); beim Beenden wird der Mentee gefragt, bevor Feedback geteilt wird',
  'help.mentor.slack.coordinators': 'Koordinierende (und Mentoring-Koordination)',
  'help.mentor.slack.switch': '/peer mentor on · /peer mentor off — Mentoring hier ein- oder ausschalten (Koordinierende; standardmäßig aus)',
  'help.mentor.slack.roles': '/peer mentor role add @name mentor (oder coordinator) · /peer mentor role remove @name · /peer mentor roles — Mentor:innen müssen eingetragene Ehrenamtliche sein',
  'help.mentor.slack.capacity': '/peer mentor capacity @name <n> · /peer mentor list — wie viele Mentees eine Mentorin oder ein Mentor gleichzeitig haben darf (standardmäßig 2), und die Auslastung aller Mentor:innen',
  'help.mentor.slack.pair': '/peer mentor pair @mentee @mentor [weekly|fortnightly|four-weekly] [12 weeks] — ein Paar beginnen (beantwortet auch eine Anmeldung)',
  'help.mentor.slack.pairs': '/peer mentor pairs — Paare und wartende Anmeldungen, privat und mit Namen',
  'help.mentor.slack.any': '/peer mentor pause|resume|end @mentee — ein beliebiges Paar ändern',
  'help.mentor.discord.state': '/mentor pause | resume | end [mentee:] — dein eigenes Paar (wer mehrere Mentees hat, nennt einen); beim Beenden wird der Mentee gefragt, bevor Feedback geteilt wird',
  'help.mentor.discord.coordinators':
    'Koordinierende (und Mentoring-Koordination): /mentor enable | disable (standardmäßig aus) · /mentor role-add user: role: · /mentor role-remove user: · /mentor roles · /mentor capacity user: mentees: · /mentor list · /mentor pair mentee: mentor: [rhythm:] [weeks:] · /mentor pairs · /mentor pause|resume|end mentee:',

  'help.straw.slack.intro': 'StRaW (Sustaining Resilience at Work) — kollegiale Unterstützung bei Arbeitsstress, durch geschulte StRaW-Fachkräfte (Kolleg:innen, keine Therapeut:innen). Aus, bis Koordinierende es einschalten.',
  'help.straw.slack.referSelf': '/peer straw refer — StRaW-Unterstützung für dich erbitten (nur für das StRaW-Team sichtbar)',
  'help.straw.slack.referColleague': '/peer straw refer @kollegin — es für jemanden aus dem Kollegium vorschlagen: Die Person wird zuerst per Direktnachricht gefragt, und du erfährst nur, ob sie es annimmt',
  'help.straw.slack.practitioners': 'StRaW-Fachkräfte und -Leitungen',
  'help.straw.slack.due': '/peer straw due — offene Fälle und ihr nächster Schritt (deine; eine Leitung sieht alle)',
  'help.straw.slack.case': '/peer straw case 3 — die Akte von Fall 3',
  'help.straw.slack.record':
    '/peer straw record 3 yes sleep,mood — die Punktzahl und der Vorschlag des Leitfadens; ergänze outcome peer-support|signpost|close, um es einzutragen, und notes … (verschlüsselt gespeichert). Ein Treffen braucht keine Antworten: /peer straw record 3',
  'help.straw.slack.tool': '/peer straw tool — der verwendete Gesprächsleitfaden (ein Standard, den du mit deiner StRaW-Schulung abgleichst)',
  'help.straw.slack.managers': 'StRaW-Leitungen',
  'help.straw.slack.manage': "/peer straw assign 3 @fachkraft · /peer straw close 3 · /peer straw tool save '{json}'",
  'help.straw.slack.coordinators': 'Koordinierende und StRaW-Leitungen',
  'help.straw.slack.roles': '/peer straw enable · /peer straw disable (Koordinierende) · /peer straw role add @name practitioner|manager · /peer straw role remove @name · /peer straw roles',
  'help.straw.discord.intro': 'StRaW (Sustaining Resilience at Work), wenn Koordinierende es eingeschaltet haben: kollegiale Unterstützung bei Arbeitsstress durch geschulte StRaW-Fachkräfte (Kolleg:innen, keine Therapeut:innen).',
  'help.straw.discord.refer': '/straw refer — für dich (nur für das StRaW-Team sichtbar), oder nenne jemanden aus dem Kollegium: Die Person wird zuerst per Direktnachricht gefragt, und du erfährst nur, ob sie es annimmt',
  'help.straw.discord.practitioners': 'Fachkräfte: /straw due | case | record (yes: besprochene Punkte; outcome: Unterstützung unter Kollegen | verweisen | schließen; notes: verschlüsselt gespeichert) | tool',
  'help.straw.discord.roles': 'Leitungen: /straw assign | close | tool-save · Koordinierende: /straw enable | disable · Koordinierende und Leitungen: /straw role add | role remove | roles',
};

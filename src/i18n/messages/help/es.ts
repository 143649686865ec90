/** The mentoring and StRaW help on Slack and Discord: Spanish (every key of ./en.ts). */
import type { AreaTranslation } from '../def.js';
import type { helpEn } from './en.js';

export const helpEs: AreaTranslation<typeof helpEn> = {
  'help.mentor.intro': 'Mentoría: una persona mentorizada y un mentor formado (un voluntario, no un profesional clínico) se reúnen con regularidad durante un periodo elegido. Peerline es un bot: os lo recuerda a los dos en privado y no guarda ningún mensaje.',
  'help.mentor.status': '{platform, select, slack {/peer mentor} other {/mentor status}} — tu mentoría: tu mentor o tus mentorizados',
  'help.mentor.signup': '{platform, select, slack {/peer mentor signup} other {/mentor signup}} — pide un mentor; un coordinador os empareja',
  'help.mentor.talk': '{platform, select, slack {/peer mentor talk} other {/mentor talk}} — abre una conversación privada con tu mentor',
  'help.mentor.change': '{platform, select, slack {/peer mentor change} other {/mentor change}} — pide otro mentor; no hace falta dar motivos',
  'help.mentor.slack.state': '/peer mentor pause · resume · end — para tu propia pareja (los mentores con varios mentorizados añaden @mentorizado); al terminar se pregunta a la persona mentorizada antes de compartir ninguna opinión',
  'help.mentor.slack.coordinators': 'Coordinadores (y coordinadores de mentoría)',
  'help.mentor.slack.switch': '/peer mentor on · /peer mentor off — activa o desactiva la mentoría aquí (coordinadores; desactivada por defecto)',
  'help.mentor.slack.roles': '/peer mentor role add @nombre mentor (o coordinator) · /peer mentor role remove @nombre · /peer mentor roles — los mentores tienen que ser voluntarios inscritos',
  'help.mentor.slack.capacity': '/peer mentor capacity @nombre <n> · /peer mentor list — cuántos mentorizados puede tener un mentor a la vez (2 por defecto), y la carga de cada mentor',
  'help.mentor.slack.pair': '/peer mentor pair @mentorizado @mentor [weekly|fortnightly|four-weekly] [12 weeks] — empieza una pareja (también responde a una solicitud)',
  'help.mentor.slack.pairs': '/peer mentor pairs — parejas y solicitudes en espera, en privado y con nombres',
  'help.mentor.slack.any': '/peer mentor pause|resume|end @mentorizado — cambia cualquier pareja',
  'help.mentor.discord.state': '/mentor pause | resume | end [mentee:] — tu propia pareja (los mentores con varios mentorizados nombran a uno); al terminar se pregunta a la persona mentorizada antes de compartir ninguna opinión',
  'help.mentor.discord.coordinators':
    'Coordinadores (y coordinadores de mentoría): /mentor enable | disable (desactivada por defecto) · /mentor role-add user: role: · /mentor role-remove user: · /mentor roles · /mentor capacity user: mentees: · /mentor list · /mentor pair mentee: mentor: [rhythm:] [weeks:] · /mentor pairs · /mentor pause|resume|end mentee:',

  'help.straw.slack.intro': 'StRaW (Sustaining Resilience at Work): apoyo entre compañeros para el estrés laboral, de profesionales StRaW formados (compañeros, no terapeutas). Desactivado hasta que un coordinador lo activa.',
  'help.straw.slack.referSelf': '/peer straw refer — pide apoyo StRaW para ti (privado para el equipo StRaW)',
  'help.straw.slack.referColleague': '/peer straw refer @colega — propónselo a un colega: primero se le pregunta por mensaje directo, y tú solo sabrás si sigue adelante',
  'help.straw.slack.practitioners': 'Profesionales y responsables de StRaW',
  'help.straw.slack.due': '/peer straw due — casos abiertos y su siguiente paso (los tuyos; un responsable los ve todos)',
  'help.straw.slack.case': '/peer straw case 3 — el registro del caso 3',
  'help.straw.slack.record':
    '/peer straw record 3 yes sleep,mood — la puntuación y la sugerencia de la herramienta; añade outcome peer-support|signpost|close para registrarlo, y notes … (se guarda cifrado). Una reunión no necesita respuestas: /peer straw record 3',
  'help.straw.slack.tool': '/peer straw tool — la herramienta de conversación en uso (una versión por defecto que debes contrastar con tu formación StRaW)',
  'help.straw.slack.managers': 'Responsables de StRaW',
  'help.straw.slack.manage': "/peer straw assign 3 @practicante · /peer straw close 3 · /peer straw tool save '{json}'",
  'help.straw.slack.coordinators': 'Coordinadores y responsables de StRaW',
  'help.straw.slack.roles': '/peer straw enable · /peer straw disable (coordinadores) · /peer straw role add @nombre practitioner|manager · /peer straw role remove @nombre · /peer straw roles',
  'help.straw.discord.intro': 'StRaW (Sustaining Resilience at Work), cuando un coordinador lo ha activado: apoyo entre compañeros para el estrés laboral, de profesionales StRaW formados (compañeros, no terapeutas).',
  'help.straw.discord.refer': '/straw refer — para ti (privado para el equipo StRaW), o nombra a un compañero: primero se le pregunta por mensaje directo, y tú solo sabrás si sigue adelante',
  'help.straw.discord.practitioners': 'Profesionales: /straw due | case | record (yes: temas tratados; outcome: apoyo entre pares | derivar | cerrar; notes: se guardan cifradas) | tool',
  'help.straw.discord.roles': 'Responsables: /straw assign | close | tool-save · Coordinadores: /straw enable | disable · Coordinadores y responsables: /straw role add | role remove | roles',
};

/** The mentoring and StRaW help on Slack and Discord: Portuguese (every key of ./en.ts). */
import type { AreaTranslation } from '../def.js';
import type { helpEn } from './en.js';

export const helpPt: AreaTranslation<typeof helpEn> = {
  'help.mentor.intro': 'Mentoria: um mentorado e um mentor treinado (um voluntário, não um profissional clínico) se encontram regularmente durante um período escolhido. O Peerline é um bot: ele lembra vocês dois em particular e não guarda nenhuma mensagem.',
  'help.mentor.status': '{platform, select, slack {/peer mentor} other {/mentor status}} — sua mentoria: seu mentor ou seus mentorados',
  'help.mentor.signup': '{platform, select, slack {/peer mentor signup} other {/mentor signup}} — peça um mentor; um coordenador forma o par',
  'help.mentor.talk': '{platform, select, slack {/peer mentor talk} other {/mentor talk}} — abra uma conversa privada com seu mentor',
  'help.mentor.change': '{platform, select, slack {/peer mentor change} other {/mentor change}} — peça outro mentor; não precisa dar motivo',
  'help.mentor.slack.state': '/peer mentor pause · resume · end — para o seu próprio par (mentores com vários mentorados acrescentam @mentorado); ao encerrar, o mentorado é consultado antes de qualquer feedback ser compartilhado',
  'help.mentor.slack.coordinators': 'Coordenadores (e coordenadores de mentoria)',
  'help.mentor.slack.switch': '/peer mentor on · /peer mentor off — ativa ou desativa a mentoria aqui (coordenadores; desativada por padrão)',
  'help.mentor.slack.roles': '/peer mentor role add @nome mentor (ou coordinator) · /peer mentor role remove @nome · /peer mentor roles — mentores precisam ser voluntários cadastrados',
  'help.mentor.slack.capacity': '/peer mentor capacity @nome <n> · /peer mentor list — quantos mentorados um mentor pode ter ao mesmo tempo (2 por padrão), e a carga de cada mentor',
  'help.mentor.slack.pair': '/peer mentor pair @mentorado @mentor [weekly|fortnightly|four-weekly] [12 weeks] — inicia um par (também responde a uma inscrição)',
  'help.mentor.slack.pairs': '/peer mentor pairs — pares e inscrições em espera, em particular e com nomes',
  'help.mentor.slack.any': '/peer mentor pause|resume|end @mentorado — altera qualquer par',
  'help.mentor.discord.state': '/mentor pause | resume | end [mentee:] — seu próprio par (mentores com vários mentorados indicam um); ao encerrar, o mentorado é consultado antes de qualquer feedback ser compartilhado',
  'help.mentor.discord.coordinators':
    'Coordenadores (e coordenadores de mentoria): /mentor enable | disable (desativada por padrão) · /mentor role-add user: role: · /mentor role-remove user: · /mentor roles · /mentor capacity user: mentees: · /mentor list · /mentor pair mentee: mentor: [rhythm:] [weeks:] · /mentor pairs · /mentor pause|resume|end mentee:',

  'help.straw.slack.intro': 'StRaW (Sustaining Resilience at Work): apoio entre colegas para o estresse no trabalho, de praticantes StRaW treinados (colegas, não terapeutas). Desativado até um coordenador ativá-lo.',
  'help.straw.slack.referSelf': '/peer straw refer — peça apoio StRaW para você (privado para a equipe StRaW)',
  'help.straw.slack.referColleague': '/peer straw refer @colega — sugira para um colega: ele é consultado primeiro, por mensagem direta, e você só fica sabendo se ele segue em frente',
  'help.straw.slack.practitioners': 'Praticantes e gestores StRaW',
  'help.straw.slack.due': '/peer straw due — casos abertos e o próximo passo de cada um (os seus; um gestor vê todos)',
  'help.straw.slack.case': '/peer straw case 3 — o registro do caso 3',
  'help.straw.slack.record':
    '/peer straw record 3 yes sleep,mood — a pontuação e a sugestão da ferramenta; acrescente outcome peer-support|signpost|close para registrar, e notes … (guardado criptografado). Um encontro não precisa de respostas: /peer straw record 3',
  'help.straw.slack.tool': '/peer straw tool — a ferramenta de conversa em uso (um padrão para conferir com o seu treinamento StRaW)',
  'help.straw.slack.managers': 'Gestores StRaW',
  'help.straw.slack.manage': "/peer straw assign 3 @praticante · /peer straw close 3 · /peer straw tool save '{json}'",
  'help.straw.slack.coordinators': 'Coordenadores e gestores StRaW',
  'help.straw.slack.roles': '/peer straw enable · /peer straw disable (coordenadores) · /peer straw role add @nome practitioner|manager · /peer straw role remove @nome · /peer straw roles',
  'help.straw.discord.intro': 'StRaW (Sustaining Resilience at Work), quando um coordenador o ativou: apoio entre colegas para o estresse no trabalho, de praticantes StRaW treinados (colegas, não terapeutas).',
  'help.straw.discord.refer': '/straw refer — para você (privado para a equipe StRaW), ou indique um colega: ele é consultado primeiro por mensagem direta, e você só fica sabendo se ele segue em frente',
  'help.straw.discord.practitioners': 'Praticantes: /straw due | case | record (yes: itens conversados; outcome: apoio entre pares | encaminhar | encerrar; notes: guardadas criptografadas) | tool',
  'help.straw.discord.roles': 'Gestores: /straw assign | close | tool-save · Coordenadores: /straw enable | disable · Coordenadores e gestores: /straw role add | role remove | roles',
};

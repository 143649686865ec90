/**
 * The Portuguese rule pack (Brazilian and European chat): the same kinds as the English one, with its
 * own hard negatives ("morrendo de rir", "morri de vergonha", "esse trabalho tá me matando", "vou me
 * matar de estudar", a friend's or a character's words, news, games, helplines). Chat spellings ("vc",
 * "hj", "n", "tô") are read as the words they stand for.
 *
 * NEEDS REVIEW BY NATIVE-SPEAKING CLINICIANS before real use: written by the project, not by
 * Portuguese-speaking clinicians (README, "Languages").
 */
import type { Rule, RulePack } from '../types.js';

const WANT = '[quero|queria|preciso|vou|eu vou|to pensando em|estou pensando em|decidi|tenho que|pronta pra|pronto pra|pronta para|pronto para]';
const MEANS = '[comprimidos|remedios|remedio|pilulas|medicamentos|calmantes|tarja preta|rivotril|paracetamol|ibuprofeno|dipirona|insulina|veneno|chumbinho|corda|arma|revolver|faca|lamina|laminas|gilete|navalha]';
const TAKEN = '[tomei|engoli|ja tomei|acabei de tomar]';

const RULES: readonly Rule[] = [
  // ── attempt in progress ──────────────────────────────────────────────────────────────────────
  {
    id: 'pt.attempt.overdose-taken',
    kind: 'attempt',
    phrases: [`${TAKEN} [todos os|todas as|a cartela toda de|a caixa toda de|uma caixa de|um monte de|muitos|muitas|varios|varias|vinte|trinta]`, 'tomei uma overdose'],
    firstPerson: true,
    negatable: true,
    requires: ['means'],
  },
  { id: 'pt.act.took-means', kind: 'taken', phrases: [`${TAKEN} [os|as|meus|minhas]`], firstPerson: true, negatable: true, requires: ['means'] },
  { id: 'pt.attempt.cut', kind: 'attempt', phrases: ['cortei [os pulsos|o pulso|minhas veias]', 'to sangrando muito', 'estou sangrando muito', 'nao para de sangrar', 'cortei fundo demais'], negatable: true },
  { id: 'pt.attempt.in-progress', kind: 'attempt', phrases: ['ja e tarde', 'ja estao fazendo efeito', 'ja to sentindo o efeito', 'ja tomei tudo'], requires: ['means'] },
  // ── explicit intent ───────────────────────────────────────────────────────────────────────────
  {
    id: 'pt.intent.kill-self',
    kind: 'intent',
    phrases: [`${WANT} [me matar|me suicidar|me enforcar|me envenenar|dar um tiro na cabeca|me jogar da ponte|me jogar do predio|me jogar na frente do trem]`, 'vou me matar', 'quero me matar', 'vou me suicidar', 'quero me suicidar', 'tentei [me matar|me suicidar|suicidio]', 'me matar [hoje|hoje a noite|essa noite]'],
    firstPerson: true,
    negatable: true,
    vetoAfter: ['de rir', 'de estudar', 'de trabalhar', 'estudando', 'trabalhando', 'na academia', 'se', 'jogando', 'de tanto'],
  },
  {
    id: 'pt.intent.end-life',
    kind: 'intent',
    phrases: [`${WANT} [tirar minha vida|tirar a minha vida|tirar minha propria vida|acabar com minha vida|acabar com a minha vida|acabar com tudo|dar fim a minha vida|dar um fim em tudo|parar de viver]`, 'vou acabar com tudo', 'vou tirar minha vida', 'tirar minha vida'],
    firstPerson: true,
    negatable: true,
    vetoAfter: ['o', 'a', 'os', 'as', 'isso', 'isto', 'esse', 'essa', 'esses', 'seu', 'sua', 'meu', 'minha', 'na', 'no'],
  },
  {
    id: 'pt.intent.want-die',
    kind: 'intent',
    phrases: [`${WANT} morrer`, 'eu quero morrer', 'quero morrer', 'queria morrer', 'quero estar [morta|morto]', 'vou morrer [hoje|hoje a noite|essa noite]', 'pronta pra morrer', 'pronto pra morrer'],
    firstPerson: true,
    negatable: true,
    vetoAfter: ['de rir', 'de vergonha', 'da vergonha', 'de fome', 'de sono', 'de calor', 'de frio', 'de tédio', 'de amor', 'de inveja', 'de velho', 'de velha', 'de medo', 'do susto', 'de raiva', 'de cansaço', 'de saudade', 'de fofura', 'de emoção', 'de ansiedade', 'se', 'quando', 'em paz', 'com', 'por'],
  },
  {
    id: 'pt.ideation.suicidal',
    kind: 'ideation',
    phrases: ['pensamentos suicidas', 'ideias suicidas', 'ideacao suicida', '[me sinto|to|estou|ando] suicida', 'vontade de [me matar|me suicidar|morrer]', '[penso|pensando|pensei|to pensando|estou pensando|nao paro de pensar] em [suicidio|me matar|me suicidar|tirar minha vida|acabar com tudo|morrer]', 'tentativa de suicidio'],
    firstPerson: true,
    negatable: true,
  },
  // ── method seeking ────────────────────────────────────────────────────────────────────────────
  {
    id: 'pt.method.lethal-dose',
    kind: 'method',
    phrases: ['dose [letal|fatal|mortal]', 'quantidade [letal|fatal|mortal]', 'quantos [comprimidos|remedios|rivotril|paracetamol] [pra|para|precisa pra|preciso pra|preciso tomar pra] [morrer|me matar|uma overdose|nao acordar]', 'quanto [paracetamol|remedio|insulina] [pra|para|precisa pra] [morrer|me matar]'],
  },
  { id: 'pt.method.lethal-means', kind: 'method', phrases: ['[e|sao|seria] [letal|letais|fatal|fatais|mortal|mortais]', 'suficiente pra [morrer|me matar|nao acordar]', 'suficiente para [morrer|me matar|nao acordar]'], requires: ['means'] },
  { id: 'pt.method.how-to', kind: 'method', phrases: ['como [me matar|me suicidar|tirar minha vida|me enforcar|morrer sem dor]', '[jeito|forma|maneira] [mais rapido|mais rapida|mais facil|indolor|sem dor] de [morrer|me matar|se matar|se suicidar]', 'como fazer [um no de forca|uma forca]', 'altura [pra|para] morrer'] },
  // ── recent self-harm ──────────────────────────────────────────────────────────────────────────
  {
    id: 'pt.self-harm.recent',
    kind: 'self-harm',
    phrases: ['me [cortei|corto|cortando|machuquei de proposito|machuco de proposito] [de novo|outra vez|os bracos|o braco|as pernas|a perna|de proposito]', 'voltei a me cortar', 'me automutilei', 'me automutilo', 'automutilacao', 'me autolesionei', 'me machuquei de proposito', 'recai na automutilacao', 'cortes novos', 'me queimei de proposito', '[vontade de|quero|preciso] [me machucar|me cortar|me automutilar]'],
    firstPerson: true,
    negatable: true,
  },
  { id: 'pt.command.voices', kind: 'command', phrases: ['[as vozes|uma voz|a voz] [me dizem|me diz|mandam|manda|me mandam|me manda] [pra|para|que eu|] [me matar|me machucar|me cortar|pular|morrer|me mate|me machuque|me corte|pule|morra]'] },
  // ── passive ideation, hopelessness, burden, entrapment ────────────────────────────────────────
  {
    id: 'pt.passive.wish-gone',
    kind: 'passive',
    phrases: ['queria estar [morta|morto]', 'queria nao ter nascido', 'queria nunca ter nascido', 'quero sumir', 'queria sumir', 'quero desaparecer', 'queria desaparecer', 'nao quero mais viver', 'nao quero viver mais', 'nao quero mais existir', 'nao quero [acordar|mais acordar|estar aqui|mais estar aqui]', '[cansada|cansado] de viver', 'odeio estar [viva|vivo]', 'melhor [morta|morto]', 'quero dormir pra sempre', 'dormir e nao acordar [mais|]', 'so quero que tudo acabe', 'quero que tudo acabe', 'a vida nao vale a pena', 'nao vale a pena viver', 'nao vejo sentido [na vida|em viver|em nada]', 'nao tenho [razao|motivo|motivos] pra viver', 'nao tenho [razao|motivo|motivos] para viver', 'pra que continuar vivendo', 'nao aguento mais viver', 'nao vejo saida', 'nao tem saida', 'desisti da vida', 'nao acordar nunca mais', 'nunca mais acordar', '[a|minha] vida [ja|] nao tem [mais|nenhum|] sentido', 'sem vontade de viver'],
    vetoAfter: ['sem voce', 'se voce', 'se', 'com', 'em', 'no', 'na', 'ate'],
    firstPerson: true,
    negatable: true,
  },
  {
    id: 'pt.passive.burden',
    kind: 'passive',
    phrases: ['sou um peso', 'sou um fardo', 'so sou um peso', 'ninguem [ia|iria] sentir minha falta', 'ninguem sentiria minha falta', 'ninguem [ia|iria] notar se eu [morresse|sumisse]', '[todos|todo mundo|voces|eles] [estariam|ficariam|seriam|estaria|ficaria|seria] [melhor|melhores|mais felizes] sem mim', 'o mundo seria melhor sem mim', 'ninguem ligaria se eu [morresse|sumisse]'],
    negatable: true,
  },
  {
    id: 'pt.passive.hopeless-trapped',
    kind: 'passive',
    phrases: ['me sinto [presa|preso]', 'to [presa|preso] nessa vida', 'sem esperanca', 'nao tenho esperanca', 'perdi [a esperanca|toda a esperanca]', 'nada vai melhorar', 'nunca vai melhorar', 'nao tenho futuro', 'nao existe futuro pra mim'],
    firstPerson: true,
    negatable: true,
    vetoAfter: ['no', 'na', 'em', 'de ganhar', 'de passar', 'com', 'entre', 'ai'],
  },
  // Second round (issue 12): the same classes as the English second round, in Portuguese.
  { id: 'pt.passive.wish-dead', kind: 'passive', phrases: ['queria ter morrido', 'quem me dera ter morrido', 'queria nao ter acordado', 'morrer [parece|seria] [bom|um alivio|um descanso]', 'a morte seria um alivio', 'so estou esperando [a morte|morrer]'], firstPerson: true, negatable: true },
  { id: 'pt.passive.why-live', kind: 'passive', phrases: ['pra que continuar [vivendo|viva|vivo|aqui]', 'para que continuar [vivendo|viva|vivo|aqui]', 'por que continuar vivendo', 'viver nao vale a pena', 'a vida nao vale a pena', 'nao vale a pena [viver|continuar vivendo]'], firstPerson: true, negatable: true },
  { id: 'pt.passive.cant-hold-on', kind: 'passive', phrases: ['nao sei quanto tempo [mais|] [vou aguentar|aguento|consigo aguentar]', 'nao vou aguentar muito mais', 'nao tenho mais forças', 'nao me restam forças', 'estou sem saida', 'nao tenho mais opçoes'], firstPerson: true, negatable: true },
  { id: 'pt.passive.death-thoughts', kind: 'passive', phrases: ['penso na morte [o tempo todo|todo dia|todos os dias]', 'penso muito na morte', 'nao paro de pensar na morte', 'penso em morrer [o tempo todo|todo dia|todos os dias]'], firstPerson: true, negatable: true },
  { id: 'pt.ideation.considering', kind: 'ideation', phrases: ['[considero|considerei|estou considerando|penso no] suicidio', 'o suicidio e [minha|a] [unica|melhor] [opçao|saida]', 'fantasio com [suicidio|me matar|morrer]'], firstPerson: true, negatable: true },
  { id: 'pt.intent.method-self', kind: 'intent', phrases: ['[quero|vou] [estourar|explodir] meus miolos', '[dar|meter] um tiro na minha cabeça', '[quero|vou] me jogar [na frente de um|debaixo de um|embaixo de um] [trem|carro|onibus|caminhao]', 'planejei meu suicidio', 'estou planejando meu suicidio'], firstPerson: true, negatable: true },
  { id: 'pt.method.ways', kind: 'method', phrases: ['[forma|jeito|maneira] [mais facil|mais rapida|indolor|sem dor|menos dolorosa] de [morrer|se matar]', 'morte [indolor|sem dor|rapida e sem dor]', 'como se matar sem dor'], negatable: true },
  { id: 'pt.distress.worthless', kind: 'distress', phrases: ['nao valho nada', 'eu nao sirvo pra nada', 'nao sirvo para nada', 'odeio minha vida', 'me odeio', 'sou um lixo', 'sou uma inutil', 'sou um inutil'], firstPerson: true, negatable: true, vetoAfter: ['kkk', 'kkkk', 'haha', 'rs'] },
  { id: 'pt.passive.something-stupid', kind: 'passive', phrases: ['antes que eu faça [uma besteira|uma loucura|algo]', 'medo de fazer [uma besteira|uma loucura]', 'vou fazer uma besteira', 'medo de me machucar'], firstPerson: true, negatable: true, vetoAfter: ['com', 'no', 'na', 'kkk', 'haha'] },
  // ── context signals ───────────────────────────────────────────────────────────────────────────
  {
    id: 'pt.act.do-it',
    kind: 'act',
    phrases: ['vou fazer isso [hoje|hoje a noite|agora|]', 'vou fazer [hoje|hoje a noite|agora]', 'vou pular', 'vou me jogar', 'eu pulo', 'vou tomar todos', 'vou tomar tudo', 'to pronta', 'to pronto', 'estou pronta', 'estou pronto'],
    firstPerson: true,
    negatable: true,
    vetoAfter: ['na piscina', 'no mar', 'na cama', 'no sofa', 'pra', 'para', 'de paraquedas', 'corda', 'o muro', 'a janta', 'o cafe', 'a prova', 'o trabalho', 'a tarefa', 'com', 'no rio'],
  },
  { id: 'pt.means.named', kind: 'means', phrases: [MEANS, 'os trilhos', 'a ponte', 'o telhado', 'o terraco', 'o penhasco'] },
  {
    id: 'pt.means.ready',
    kind: 'means-ready',
    phrases: ['[tenho|ja tenho|comprei] [a corda|uma corda|uma arma|o revolver|um revolver|a gilete na mao|a faca na mao|a lamina na mao]', 'carreguei a arma', 'a arma [esta|ta] carregada', 'os comprimidos [estao|tao] [prontos|separados|contados]', '[tenho|to com] os [comprimidos|remedios] [separados|prontos|contados|guardados|aqui do lado]', '[separei|juntei|guardei|acumulei] [os comprimidos|os remedios|comprimidos|remedios]', 'amarrei a corda', 'a corda [esta|ta] pronta'],
  },
  { id: 'pt.place.edge', kind: 'place', phrases: ['[to|estou|tô] [na ponte|no telhado|no terraco|nos trilhos|na beira|no penhasco|no parapeito|em cima da ponte|em cima do predio]', '[da|de cima da] ponte', 'na beira do [predio|penhasco|telhado]'] },
  { id: 'pt.time.soon', kind: 'time', phrases: ['hoje a noite', 'essa noite', 'esta noite', 'hoje', 'amanha', 'esse fim de semana', 'este fim de semana', 'daqui a uma hora'] },
  {
    id: 'pt.plan.decided',
    kind: 'plan',
    phrases: ['ja planejei tudo', 'ta tudo planejado', 'esta tudo planejado', 'tenho um plano', 'ja decidi', 'ja tomei a decisao', 'ja escolhi a data', '[dei|to dando|estou dando|doei] minhas coisas', 'ja me despedi de todos', 'me despedi de todo mundo', 'fiz meu testamento', 'deixei tudo organizado', 'deixei tudo em ordem'],
    negatable: true,
  },
  {
    id: 'pt.farewell.final',
    kind: 'farewell',
    phrases: ['isso e um adeus', 'esse e meu adeus', 'adeus pra sempre', 'adeus para sempre', 'minha ultima mensagem', 'quando voces lerem isso', 'quando voce ler isso eu ja', 'nao vou estar mais aqui [amanha|]', 'amanha eu nao [vou estar|estarei] mais aqui', 'nao vou acordar amanha', '[diz|diga|digam|fala] pra minha [mae|familia|irma|namorada] que eu [amo ela|a amo|amo]', '[cuida|cuidem] do meu [cachorro|gato]', 'desculpa por tudo, adeus', 'a gente se ve do outro lado', 'esse e o fim pra mim', '[minha|uma] carta de [despedida|suicidio]'],
    firstPerson: true,
    negatable: true,
  },
  { id: 'pt.farewell.goodbye', kind: 'goodbye', phrases: ['adeus', 'adeus a todos', 'adeus mundo', 'tchau pra sempre', 'tchau a todos', 'adeus mundo cruel'] },
  {
    id: 'pt.distress.done',
    kind: 'distress',
    phrases: ['nao aguento mais', 'nao consigo mais', 'to cansada de tudo', 'to cansado de tudo', 'estou cansada de tudo', 'estou cansado de tudo', 'desisto', 'ninguem liga pra mim', 'ninguem se importa comigo', 'ninguem me ama', 'me odeio', 'nada importa', 'tanto faz tudo'],
    firstPerson: true,
    negatable: true,
    vetoAfter: ['de rir', 'de fome', 'de sono', 'de calor', 'de frio', 'esse calor', 'kkk', 'kkkk', 'kkkkk', 'rs', 'com essa prova', 'de estudar', 'de esperar'],
  },
  { id: 'pt.retraction.laugh', kind: 'retraction', phrases: ['kkk', 'kkkk', 'kkkkk', 'kkkkkk', 'rsrs', 'hahaha', 'hauhau'], hyperbole: true },
  { id: 'pt.retraction.joke', kind: 'retraction', phrases: ['e brincadeira', 'era brincadeira', 'brincadeira', 'zoeira', 'zoando', 'to zoando', 'to bem', 'estou bem', 'esquece', 'deixa pra la', 'mentira'] },
  { id: 'pt.harassment.kys', kind: 'harassment', phrases: ['se mata', 'vai se matar', 'se mata logo', 'vai morrer', 'tomara que voce morra', 'se enforca', 'se joga da ponte'], vetoAfter: ['de'] },
];

export const PORTUGUESE: RulePack = {
  lang: 'pt',
  rules: RULES,
  self: ['eu', 'me', 'mim', 'meu', 'minha', 'meus', 'minhas', 'comigo'],
  // Not "cara" or "mano" ("dude"): in chat they address the reader, they do not name a third person.
  others: ['voce', 'voces', 'tu', 'te', 'ti', 'ele', 'ela', 'eles', 'elas', 'seu', 'sua', 'dele', 'dela', 'amigo', 'amiga', 'amigos', 'irmao', 'irma', 'mae', 'pai', 'filho', 'filha', 'namorado', 'namorada', 'primo', 'prima', 'avo', 'tio', 'tia', 'alguem', 'gente', 'personagem', 'colega', 'chefe', 'vizinho', 'vizinha', 'professor', 'professora', 'paciente', 'cantor', 'cantora', 'ator', 'atriz', 'quem'],
  negations: ['nao', 'nunca', 'jamais', 'nem', 'ninguem', 'sem'],
  reporting: ['noticia', 'noticias', 'materia', 'artigo', 'filme', 'serie', 'livro', 'musica', 'letra', 'jogo', 'game', 'partida', 'documentario', 'episodio', 'capitulo', 'novela', 'estudo', 'pesquisa', 'prevencao', 'setembro', 'estatisticas', 'podcast', 'aula', 'curso', 'redacao', 'cvv', 'personagem'],
  common: 'de a o que e do da em um para pra com nao uma os no se na por mais as dos como mas foi ao ele das tem seu sua ou ser quando muito ja eu tambem so pelo pela ate isso ela entre depois sem mesmo aos ter seus quem nas me esse eles voce essa num nem suas meu minha numa pelos elas qual nos lhe deles essas esses pelas este dele tu te voces vos lhes meus minhas teu tua teus tuas nosso nossa to tudo hoje quero vou'.split(' '),
  conjunctions: ['mas', 'porque', 'pois', 'ou', 'quando', 'se', 'enquanto', 'embora'],
  past: ['anos atrás', 'meses atrás', 'há anos', 'faz anos', 'faz tempo', 'quando eu era', 'na adolescência', 'no passado', 'costumava', 'quando criança'],
  spellings: { vc: 'voce', vcs: 'voces', n: 'nao', ngm: 'ninguem', hj: 'hoje', td: 'tudo', tds: 'todos', q: 'que', pq: 'porque', mt: 'muito', mto: 'muito', qro: 'quero', kero: 'quero', tou: 'to', tb: 'tambem', tbm: 'tambem', msm: 'mesmo', dnv: 'de novo' },
};

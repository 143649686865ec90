/**
 * The French rule pack: the same kinds as the English one, with its own hard negatives ("je meurs de
 * faim", "mort de rire", "ce boulot me tue", "je vais me tuer à la tâche", a friend's or a character's
 * words, news, games, helplines). Apostrophes join words once normalised ("j'ai" reads "jai", "je
 * n'en peux plus" reads "je nen peux plus"), and chat drops "ne" and shortens "je" ("jveux", "chuis"):
 * phrases are written in those forms where they matter.
 *
 * NEEDS REVIEW BY NATIVE-SPEAKING CLINICIANS before real use: written by the project, not by
 * French-speaking clinicians (README, "Languages").
 */
import type { Rule, RulePack } from '../types.js';

const WANT = "[je veux|jveux|veux|je voudrais|jvoudrais|je vais|jvais|j'ai envie de|jai envie de|envie de|je compte|j'ai décidé de|jai decide de|je suis prêt à|je suis prête à|il faut que je|je dois]";
const MEANS = '[médicaments|médocs|medocs|cachets|comprimés|pilules|somnifères|anxiolytiques|antidépresseurs|paracétamol|doliprane|ibuprofène|insuline|poison|javel|mort aux rats|corde|arme|pistolet|flingue|fusil|lame|lames|rasoir|couteau|cutter]';

const RULES: readonly Rule[] = [
  // ── attempt in progress ──────────────────────────────────────────────────────────────────────
  {
    id: 'fr.attempt.overdose-taken',
    kind: 'attempt',
    phrases: ["[j'ai pris|jai pris|j'ai avalé|jai avalé|je viens de prendre|je viens d'avaler] [toute la boîte de|toute la boite de|une boîte entière de|toute la plaquette de|tous mes|tous les|toutes mes|toutes les|plein de|trop de|vingt|trente]", "j'ai fait une overdose", 'je fais une overdose'],
    firstPerson: true,
    negatable: true,
    requires: ['means'],
  },
  { id: 'fr.act.took-means', kind: 'taken', phrases: ["[j'ai pris|jai pris|j'ai avalé|je viens de prendre] [les|mes|des]"], firstPerson: true, negatable: true, requires: ['means'] },
  { id: 'fr.attempt.cut', kind: 'attempt', phrases: ["je me suis [ouvert|ouverte|tailladé|tailladée|coupé|coupée] les veines", 'je saigne beaucoup', 'ça saigne trop', "ça s'arrête pas de saigner", 'je me vide de mon sang'], negatable: true },
  { id: 'fr.attempt.in-progress', kind: 'attempt', phrases: ["c'est trop tard", 'ça commence à faire effet', 'je sens les cachets', 'je les ai tous pris', 'je les ai toutes prises'], requires: ['means'] },
  // ── explicit intent ───────────────────────────────────────────────────────────────────────────
  {
    id: 'fr.intent.kill-self',
    kind: 'intent',
    phrases: [`${WANT} [me tuer|me suicider|me foutre en l'air|me pendre|me tirer une balle|me jeter sous un train|me jeter du pont|me jeter d'un pont|sauter du pont|sauter d'un pont|me défenestrer]`, 'je vais me tuer', 'jvais me tuer', 'je vais me suicider', 'je me suicide', "j'ai essayé de [me tuer|me suicider]", "j'ai tenté de [me tuer|me suicider]", 'tentative de suicide'],
    firstPerson: true,
    negatable: true,
    vetoAfter: ['à la tâche', 'au travail', 'à bosser', 'de rire', 'à la salle', 'en jouant', 'si', 'avec ce', 'avec cette', 'pour un', 'pour une', 'de honte'],
  },
  {
    id: 'fr.intent.end-life',
    kind: 'intent',
    phrases: [`${WANT} [en finir|mettre fin à mes jours|mettre fin à ma vie|mettre fin à tout|arrêter de vivre|tout arrêter pour de bon]`, 'je vais en finir', 'jvais en finir', 'en finir ce soir', 'en finir avec la vie', 'mettre fin à mes jours'],
    firstPerson: true,
    negatable: true,
    vetoAfter: ['avec ce', 'avec cette', 'avec le', 'avec la', 'avec les', 'avec mon', 'avec ma', 'avec mes', 'avec ton', 'avec ça', 'avec cet'],
  },
  {
    id: 'fr.intent.want-die',
    kind: 'intent',
    phrases: [`${WANT} [mourir|crever|être mort|être morte]`, 'je veux mourir', 'jveux mourir', 'je veux crever', 'je suis prêt à mourir', 'je suis prête à mourir', 'je vais mourir ce soir'],
    firstPerson: true,
    negatable: true,
    vetoAfter: ['de rire', 'du rire', 'de honte', 'de faim', 'de soif', 'de froid', 'de chaud', 'de fatigue', 'de peur', 'de sommeil', 'de jalousie', 'de vieillesse', "d'ennui", "d'amour", "d'envie", 'si', 'quand', 'en paix', 'vieux', 'vieille', 'avec', 'pour'],
  },
  {
    id: 'fr.ideation.suicidal',
    kind: 'ideation',
    phrases: ['pensées suicidaires', 'idées suicidaires', 'idées noires', "[je me sens|je suis|jsuis|chuis] suicidaire", "[je pense|jpense|j'ai pensé|je pense souvent|je pense tout le temps|je n'arrête pas de penser] [au suicide|à me tuer|à me suicider|à mourir|à en finir|à mettre fin à mes jours]", 'envie de me suicider', 'envie de me tuer'],
    firstPerson: true,
    negatable: true,
  },
  // ── method seeking ────────────────────────────────────────────────────────────────────────────
  {
    id: 'fr.method.lethal-dose',
    kind: 'method',
    phrases: ['dose [mortelle|létale]', 'quantité [mortelle|létale]', 'combien de [cachets|médicaments|comprimés|doliprane|paracétamol|somnifères] [pour|faut il pour|il faut pour|faut pour] [mourir|en finir|me tuer|faire une overdose|ne pas me réveiller]'],
  },
  { id: 'fr.method.lethal-means', kind: 'method', phrases: ['[est|sont|serait] [mortel|mortelle|mortels|mortelles|létal|létale|létaux]', 'assez pour [mourir|me tuer|ne pas me réveiller]', 'suffisant pour [mourir|me tuer]'], requires: ['means'] },
  { id: 'fr.method.how-to', kind: 'method', phrases: ['comment [me suicider|me tuer|en finir|mourir sans douleur|me pendre|faire un noeud coulant]', '[façon|moyen|manière] [la plus rapide|le plus rapide|indolore|sans douleur|la plus simple|le plus simple] de [mourir|me tuer|en finir|se suicider]', 'de quelle hauteur [sauter|faut il sauter] pour mourir'] },
  // ── recent self-harm ──────────────────────────────────────────────────────────────────────────
  {
    id: 'fr.self-harm.recent',
    kind: 'self-harm',
    phrases: ['je me scarifie', 'je me suis [scarifié|scarifiée|mutilé|mutilée|recoupé|recoupée]', 'je me suis [coupé|coupée] [encore|à nouveau|les bras|le bras|les poignets|le poignet|les cuisses|exprès|volontairement]', 'je me coupe [encore|à nouveau|les bras|les poignets]', 'je me mutile', 'je me fais du mal', 'je me suis fait du mal [exprès|volontairement]', 'automutilation', 'scarification', "j'ai rechuté [scarif|dans la scarification]", 'nouvelles coupures', 'je me suis brûlé exprès', 'je me suis brûlée exprès', '[envie de|besoin de|je veux] [me faire du mal|me scarifier|me couper|me mutiler]'],
    firstPerson: true,
    negatable: true,
  },
  { id: 'fr.command.voices', kind: 'command', phrases: ['[les voix|une voix|la voix] me [disent|dit|demandent|demande|ordonnent|ordonne] de [me tuer|me faire du mal|me couper|sauter|mourir]'] },
  // ── passive ideation, hopelessness, burden, entrapment ────────────────────────────────────────
  {
    id: 'fr.passive.wish-gone',
    kind: 'passive',
    phrases: ['je voudrais être [mort|morte]', "j'aimerais être [mort|morte]", "j'aurais préféré ne jamais naître", "j'aurais préféré ne pas naître", 'je voudrais ne jamais être [né|née]', '[je veux|jveux|je voudrais|j’aimerais|jaimerais] disparaître', 'je ne veux plus vivre', 'je veux plus vivre', 'jveux plus vivre', 'je ne veux plus exister', 'je veux plus exister', '[je veux|jveux] plus me réveiller', 'ne plus jamais me réveiller', 'ne jamais me réveiller', "j'en ai marre de vivre", 'marre de la vie', 'marre de vivre', '[fatigué|fatiguée] de vivre', 'je déteste être en vie', 'mieux [mort|morte]', 'dormir pour toujours', 'je veux que tout [s’arrête|sarrete|s’arrête]', 'que tout s’arrête', 'la vie ne vaut pas la peine', 'la vie vaut pas la peine', "[aucune|plus aucune|pas de] raison de vivre", 'à quoi bon vivre', 'je ne vois pas d’issue', 'je vois pas d’issue', 'aucune issue', 'plus envie de vivre', "[la|ma] vie n'a [plus|pas|aucun] de sens", "[la|ma] vie n'a plus aucun sens", 'dormir et ne jamais me réveiller'],
    vetoAfter: ['sans toi', 'si', 'sans', 'avec', 'dans', 'en', 'à', 'au', 'jusqu'],
    firstPerson: true,
    negatable: true,
  },
  {
    id: 'fr.passive.burden',
    kind: 'passive',
    phrases: ['je suis un fardeau', 'je suis un poids pour', 'un fardeau pour [tout le monde|ma famille|mes proches]', 'personne ne me regretterait', 'personne me regretterait', 'personne ne [remarquerait|verrait] si je [disparaissais|mourais]', '[ils|vous|tout le monde|ma famille] [seraient|serait|seriez] mieux sans moi', 'le monde serait mieux sans moi', 'tout le monde serait plus heureux sans moi'],
    negatable: true,
  },
  {
    id: 'fr.passive.hopeless-trapped',
    kind: 'passive',
    phrases: ['je me sens [piégé|piégée|coincé|coincée]', 'je suis [piégé|piégée]', 'sans espoir', 'aucun espoir', "j'ai perdu tout espoir", "j'ai perdu espoir", 'ça ira jamais mieux', 'ça ne ira jamais mieux', 'rien ne va jamais changer', "je n'ai pas d'avenir", "j'ai pas d'avenir", 'aucun avenir pour moi'],
    firstPerson: true,
    negatable: true,
    vetoAfter: ['dans', 'au', 'à', 'chez', 'en', 'de gagner', 'avec', 'entre'],
  },
  // Second round (issue 12): the same classes as the English second round, in French.
  { id: 'fr.passive.wish-dead', kind: 'passive', phrases: ["j'aurais voulu mourir [dans cet accident|]", "j'aurais préféré mourir", "j'aurais préféré ne pas me réveiller", 'mourir [serait|semble] un [soulagement|repos]', 'la mort serait un soulagement', "j'attends juste la mort", "j'attends de mourir"], firstPerson: true, negatable: true },
  { id: 'fr.passive.why-live', kind: 'passive', phrases: ['pourquoi continuer à vivre', 'pourquoi rester en vie', 'à quoi bon continuer', 'vivre ne vaut pas la peine', 'vivre vaut pas la peine', 'ça ne vaut plus la peine de vivre'], firstPerson: true, negatable: true },
  { id: 'fr.passive.cant-hold-on', kind: 'passive', phrases: ['je sais pas combien de temps [je vais tenir|je peux tenir|je tiendrai]', 'je ne sais pas combien de temps [je vais tenir|je peux tenir|je tiendrai]', 'je vais pas tenir [longtemps|encore longtemps]', 'je ne tiendrai plus longtemps', "je n'ai plus la force", "j'ai plus la force", "je n'ai plus d'options", 'plus aucune option'], firstPerson: true, negatable: true },
  { id: 'fr.passive.death-thoughts', kind: 'passive', phrases: ['je pense à la mort [tout le temps|tous les jours|sans arrêt]', 'je pense beaucoup à la mort', 'je pense à mourir [tout le temps|tous les jours|sans arrêt]'], firstPerson: true, negatable: true },
  { id: 'fr.ideation.considering', kind: 'ideation', phrases: ["[j'envisage|je considère|j'ai envisagé] le suicide", 'le suicide est [ma|la] [seule|meilleure] [option|solution|issue]', 'je fantasme sur [le suicide|ma mort]'], firstPerson: true, negatable: true },
  { id: 'fr.intent.method-self', kind: 'intent', phrases: ['[me faire|me tirer] sauter la cervelle', 'me tirer une balle [dans la tête|]', '[je veux|je vais] me jeter sous [un train|une voiture|le métro|un bus]', "j'ai planifié mon suicide", 'je planifie mon suicide'], firstPerson: true, negatable: true },
  { id: 'fr.method.ways', kind: 'method', phrases: ['[façon|manière|moyen] [la plus facile|la plus rapide|sans douleur|indolore|le plus facile|le plus rapide] de [mourir|se suicider|me suicider]', 'mort [sans douleur|indolore|rapide et sans douleur]', 'comment se suicider sans douleur'], negatable: true },
  { id: 'fr.distress.worthless', kind: 'distress', phrases: ['je vaux rien', 'je ne vaux rien', 'je sers à rien', 'je ne sers à rien', 'je déteste ma vie', 'je me déteste', 'je suis une merde', 'je suis nulle', 'je suis nul'], firstPerson: true, negatable: true, vetoAfter: ['mdr', 'lol', 'ptdr', 'en', 'au', 'à'] },
  { id: 'fr.passive.something-stupid', kind: 'passive', phrases: ["avant que je fasse une [bêtise|connerie]", 'peur de faire une [bêtise|connerie]', 'je vais faire une [bêtise|connerie]', 'peur de me faire du mal'], firstPerson: true, negatable: true, vetoAfter: ['avec', 'au', 'en', 'mdr', 'lol'] },
  // ── context signals ───────────────────────────────────────────────────────────────────────────
  {
    id: 'fr.act.do-it',
    kind: 'act',
    phrases: ['je vais le faire', 'jvais le faire', 'je le fais [ce soir|cette nuit|maintenant]', 'je vais sauter', 'je saute', 'je vais me jeter', 'je vais tous les prendre', 'je vais les prendre tous', 'je suis prêt', 'je suis prête', 'chuis prêt', 'chuis prête'],
    firstPerson: true,
    negatable: true,
    vetoAfter: ['dans la piscine', 'à l’eau', 'dans le lit', 'sur le canapé', 'pour', 'en parachute', 'à', 'au', 'avec', 'demain en cours', 'de joie', 'le repas', 'en élastique'],
  },
  { id: 'fr.means.named', kind: 'means', phrases: [MEANS, 'les rails', 'la voie ferrée', 'le pont', 'le toit', 'la falaise'] },
  {
    id: 'fr.means.ready',
    kind: 'means-ready',
    phrases: ["[j'ai|jai] [la corde|une corde|un flingue|une arme|le pistolet|la lame dans la main|le couteau dans la main]", "j'ai acheté [une corde|un pistolet|une arme]", "j'ai chargé [le pistolet|l'arme|le flingue]", "[le pistolet|l'arme|le flingue] est chargé", "j'ai [mis de côté|stocké|accumulé|gardé|compté] [mes cachets|des cachets|mes médicaments|des médicaments|les cachets]", "j'ai les cachets [devant moi|prêts|sous la main]", 'la corde est [prête|attachée|accrochée]', "j'ai attaché la corde"],
  },
  { id: 'fr.place.edge', kind: 'place', phrases: ['[je suis sur|sur|au bord du|en haut du|du haut du] [le pont|pont|toit|le toit|rebord|quai|la falaise|falaise]', '[je suis sur|sur|au bord de] [les rails|la voie ferrée|la falaise|le rebord]', 'au bord du vide', '[du|depuis le] [pont|toit]'] },
  { id: 'fr.time.soon', kind: 'time', phrases: ['ce soir', 'cette nuit', "aujourd'hui", 'demain', 'ce week-end', 'dans une heure', 'dans quelques heures', 'avant demain matin'] },
  {
    id: 'fr.plan.decided',
    kind: 'plan',
    phrases: ["j'ai tout prévu", 'tout est prévu', "j'ai tout planifié", "j'ai un plan", "c'est décidé", 'ma décision est prise', "j'ai pris ma décision", "[j'ai donné|je donne|je suis en train de donner] mes affaires", "j'ai choisi la date", "j'ai fait mon testament", "j'ai dit au revoir à tout le monde", "j'ai mis de l'ordre dans mes affaires", "j'ai rangé mes affaires pour de bon"],
    negatable: true,
  },
  {
    id: 'fr.farewell.final',
    kind: 'farewell',
    phrases: ["c'est un adieu", 'ceci est un adieu', 'adieu pour toujours', 'mon dernier message', 'quand vous lirez [ceci|ce message]', 'quand tu liras [ceci|ce message]', 'je ne serai plus là demain', 'je serai plus là demain', 'demain je serai plus là', 'demain je ne serai plus là', 'je ne me réveillerai pas demain', '[dites|dis] à ma [mère|famille|soeur|copine|femme] que je [l’aime|laime|les aime]', '[prenez soin|occupez vous|prends soin] de mon [chat|chien]', 'pardon pour tout, adieu', 'on se retrouve de l’autre côté', "c'est la fin pour moi", "[ma|une] lettre d'adieu", 'je vous dis adieu'],
    firstPerson: true,
    negatable: true,
  },
  { id: 'fr.farewell.goodbye', kind: 'goodbye', phrases: ['adieu', 'adieu tout le monde', 'adieu le monde', 'au revoir tout le monde', 'bye tout le monde', 'adieu monde cruel'] },
  {
    id: 'fr.distress.done',
    kind: 'distress',
    phrases: ["je n'en peux plus", "j'en peux plus", 'jen peux plus', "j'en ai marre de tout", 'je craque', "j'abandonne", 'je supporte plus rien', 'personne ne se soucie de moi', 'tout le monde se fiche de moi', 'tout le monde s’en fout de moi', "personne ne m'aime", 'je me déteste', 'je me hais', "plus rien n'a de sens", "j'ai plus la force"],
    firstPerson: true,
    negatable: true,
    vetoAfter: ['de rire', 'de ce', 'de cette', 'mdr', 'ptdr', 'lol', 'de faim', 'de chaud', 'du froid', 'avec ce', 'avec cette', 'des cours', 'du boulot'],
  },
  { id: 'fr.retraction.laugh', kind: 'retraction', phrases: ['mdr', 'ptdr', 'lol', 'haha', 'hahaha', 'xd'], hyperbole: true },
  { id: 'fr.retraction.joke', kind: 'retraction', phrases: ['je rigole', 'jrigole', 'je plaisante', 'jplaisante', "c'est une blague", "c'était une blague", 'ça va', 'je vais bien', "t'inquiète", 'oublie', 'laisse tomber'] },
  { id: 'fr.harassment.kys', kind: 'harassment', phrases: ['va te tuer', 'tue toi', 'va crever', 'crève', 'suicide toi', 'va te pendre', "jette toi d'un pont", "j'espère que tu vas crever"] },
];

export const FRENCH: RulePack = {
  lang: 'fr',
  rules: RULES,
  self: ['je', 'j', 'moi', 'me', 'mon', 'ma', 'mes', 'jai', 'jsuis', 'chuis', 'jme', 'jvais', 'jveux', 'jen', 'jpeux', 'jpense', 'jaimerais', 'jvoudrais'],
  others: ['tu', 't', 'te', 'toi', 'vous', 'il', 'elle', 'ils', 'elles', 'lui', 'leur', 'ton', 'ta', 'tes', 'votre', 'vos', 'son', 'sa', 'ses', 'tas', 'ami', 'amie', 'pote', 'frère', 'soeur', 'mère', 'père', 'maman', 'papa', 'fils', 'fille', 'copain', 'copine', 'cousin', 'cousine', 'quelqu’un', 'quelquun', 'gens', 'personnage', 'collègue', 'patron', 'voisin', 'voisine', 'prof', 'patient', 'patiente', 'chanteur', 'chanteuse', 'acteur', 'actrice', 'qui', 'on'],
  negations: ['ne', 'n', 'pas', 'jamais', 'sans', 'aucunement', 'nullement'],
  reporting: ['actualité', 'actu', 'article', 'film', 'série', 'livre', 'chanson', 'paroles', 'jeu', 'partie', 'documentaire', 'épisode', 'chapitre', 'roman', 'étude', 'recherche', 'prévention', 'statistiques', 'podcast', 'cours', 'dissertation', 'attentat', 'kamikaze', 'personnage', 'numéro'],
  common: "de la le et les des en un une du que qui est pas je il elle on ne se ce dans pour au sur avec plus par mais ou son sa ses tout tous mon ma mes me moi te toi tu vous nous ils elles a y été être avoir fait faire comme bien aussi très ça cette ces cet leur là si va vais veux suis ai jai demain soir aujourd'hui".split(' '),
  conjunctions: ['et', 'mais', 'car', 'donc', 'ou', 'quand', 'si', 'puisque', 'alors', 'parce'],
  past: ['il y a des années', 'il y a quelques années', 'il y a longtemps', "quand j'étais", 'autrefois', 'dans le passé', "à l'époque"],
  spellings: { jsui: 'jsuis', chui: 'chuis', tkt: 'tinquiete', pk: 'pourquoi', pq: 'pourquoi', bcp: 'beaucoup', mtn: 'maintenant', jvx: 'jveux', ptn: 'putain' },
};

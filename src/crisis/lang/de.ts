/**
 * The German rule pack: the same kinds as the English one, with its own hard negatives ("ich sterbe
 * vor Hunger", "ich lach mich tot", "die Arbeit bringt mich um", "ich könnte mich umbringen, Schlüssel
 * vergessen", a friend's or a character's words, news, games, helplines). Umlauts and ß are read
 * plain ("möchte" as "mochte", "weiß" as "weiss"), and the forms typed without umlauts ("moechte",
 * "wuerde") are spellings of the same words. German puts "nicht" after the verb, so a negated
 * phrase ("ich bringe mich nicht um") does not match the phrase at all.
 *
 * NEEDS REVIEW BY NATIVE-SPEAKING CLINICIANS before real use: written by the project, not by
 * German-speaking clinicians (README, "Languages").
 */
import type { Rule, RulePack } from '../types.js';

const WANT = '[ich will|will|ich möchte|möchte|ich werde|werde|ich muss|ich hab vor|ich habe vor|ich hab beschlossen|ich habe beschlossen|ich bin bereit|bin bereit]';
const MEANS = '[tabletten|pillen|medikamente|schlaftabletten|beruhigungsmittel|antidepressiva|paracetamol|ibuprofen|insulin|gift|rattengift|strick|seil|schlinge|waffe|pistole|knarre|klinge|klingen|rasierklinge|rasierklingen|messer]';
const TAKEN = '[ich habe|ich hab|hab|habe] [alle|die ganze packung|eine ganze packung|die packung|viel zu viele|zu viele|eine menge|zwanzig|dreißig|sämtliche]';

const RULES: readonly Rule[] = [
  // ── attempt in progress ──────────────────────────────────────────────────────────────────────
  { id: 'de.attempt.overdose-taken', kind: 'attempt', phrases: [TAKEN, 'ich habe eine überdosis genommen', 'hab eine überdosis genommen'], firstPerson: true, negatable: true, requires: ['means'] },
  { id: 'de.act.took-means', kind: 'taken', phrases: ['[ich habe|ich hab|hab] [die|meine] [tabletten|pillen|medikamente|schlaftabletten] genommen'], firstPerson: true, negatable: true, requires: ['means'] },
  { id: 'de.attempt.cut', kind: 'attempt', phrases: ['[ich habe mir|hab mir] die pulsadern aufgeschnitten', 'ich blute [stark|sehr stark|zu stark]', 'es hört nicht auf zu bluten', 'hab zu tief geschnitten'], negatable: true },
  { id: 'de.attempt.in-progress', kind: 'attempt', phrases: ['es ist zu spät', 'sie wirken schon', 'ich spüre die tabletten', 'hab sie alle genommen', 'habe sie alle genommen'], requires: ['means'] },
  // ── explicit intent ───────────────────────────────────────────────────────────────────────────
  {
    id: 'de.intent.kill-self',
    kind: 'intent',
    phrases: [`${WANT} mich [umbringen|töten|erhängen|aufhängen|erschießen|vergiften|vor den zug werfen|vor einen zug werfen]`, `${WANT} [von der brücke springen|vom dach springen|vor den zug springen]`, 'ich bring mich um', 'ich bringe mich um', `${WANT} mich [heute|heute nacht|heute abend|jetzt|gleich|einfach|endlich|bald|morgen] [umbringen|töten|erhängen|aufhängen|erschießen]`, 'ich [bring|bringe] mich [heute|heute nacht|heute abend|jetzt|gleich|einfach|endlich|bald|morgen] um', 'ich töte mich', 'ich häng mich auf', 'ich hänge mich auf', 'ich werde mich umbringen', 'selbstmord begehen', 'suizid begehen', '[ich habe|hab] versucht mich umzubringen', 'mich heute umbringen'],
    firstPerson: true,
    // "Ich könnte mich umbringen" (I could kick myself) is an idiom: "könnte" cancels like a negation.
    negatable: true,
    vetoAfter: ['vor lachen', 'vor freude', 'wenn', 'falls', 'beim', 'mit der arbeit', 'für'],
  },
  {
    id: 'de.intent.end-life',
    kind: 'intent',
    phrases: [`${WANT} [mir das leben nehmen|meinem leben ein ende setzen|allem ein ende setzen|allem ein ende machen|mit allem schluss machen|mit dem leben schluss machen|aufhören zu leben]`, 'ich nehme mir das leben', 'ich nehm mir das leben', 'ich mache allem ein ende', 'ich mach allem ein ende', 'ich setze meinem leben ein ende', 'mir das leben nehmen'],
    firstPerson: true,
    negatable: true,
  },
  {
    id: 'de.intent.want-die',
    kind: 'intent',
    phrases: [`${WANT} sterben`, 'ich will nur noch sterben', 'will einfach nur sterben', 'ich möchte tot sein', 'ich will tot sein', 'ich werde heute sterben', 'ich bin bereit zu sterben', 'ich wünsche mir den tod'],
    firstPerson: true,
    negatable: true,
    vetoAfter: ['vor', 'an', 'wenn', 'falls', 'in frieden', 'alt', 'als', 'für'],
  },
  {
    id: 'de.ideation.suicidal',
    kind: 'ideation',
    phrases: ['suizidgedanken', 'selbstmordgedanken', '[ich bin|bin|ich fühle mich|fühle mich] [suizidal|suizidgefährdet]', '[ich denke|denke|ich denk|denk|ich dachte] [an selbstmord|an suizid|ans sterben|daran mich umzubringen|daran mir das leben zu nehmen|darüber nach mich umzubringen]', 'gedanken mich umzubringen', 'ich habe einen suizidversuch hinter mir'],
    firstPerson: true,
    negatable: true,
  },
  // ── method seeking ────────────────────────────────────────────────────────────────────────────
  {
    id: 'de.method.lethal-dose',
    kind: 'method',
    phrases: ['[tödliche|letale] dosis', '[tödliche|letale] menge', 'wie viele [tabletten|pillen|schlaftabletten|paracetamol|ibuprofen] [um zu sterben|bis man stirbt|sind tödlich|braucht man um zu sterben]', 'wie viel [paracetamol|insulin|ibuprofen] [ist tödlich|um zu sterben]'],
  },
  { id: 'de.method.lethal-means', kind: 'method', phrases: ['tödlich', 'letal', 'reicht das um zu sterben', 'genug um zu sterben', 'genug um nicht mehr aufzuwachen'], requires: ['means'] },
  { id: 'de.method.how-to', kind: 'method', phrases: ['wie [bringe ich mich um|bring ich mich um|kann ich mich umbringen|töte ich mich|erhänge ich mich|sterbe ich schmerzlos]', 'schmerzlos sterben', '[schnellste|einfachste|sicherste] [weg|art|methode] [zu sterben|mich umzubringen|sich umzubringen]', 'wie [knüpfe|binde|mache] ich eine schlinge', 'wie hoch muss man springen'] },
  // ── recent self-harm ──────────────────────────────────────────────────────────────────────────
  {
    id: 'de.self-harm.recent',
    kind: 'self-harm',
    phrases: ['ich ritze mich', 'ich ritz mich', '[ich habe mich|hab mich|habe mich] [geritzt|wieder geritzt|selbst verletzt|wieder verletzt]', 'mich wieder geritzt', '[hab|habe] mich [wieder|absichtlich|extra] geschnitten', 'ich schneide mich [wieder|selbst|absichtlich]', 'ich verletze mich selbst', 'selbstverletzung', 'rückfall [beim ritzen|mit ritzen|ritzen]', 'neue schnitte', 'ich habe mich absichtlich verbrannt', '[lust mich zu|drang mich zu|druck mich zu] [ritzen|verletzen|schneiden]', 'ich will mich [ritzen|verletzen|selbst verletzen]'],
    firstPerson: true,
    negatable: true,
  },
  { id: 'de.command.voices', kind: 'command', phrases: ['[die stimmen|eine stimme|die stimme] [sagen|sagt|befehlen|befiehlt] mir [ich soll|dass ich] mich [umbringen|töten|verletzen|ritzen] [soll|]', '[die stimmen|eine stimme|die stimme] [sagen|sagt] mir ich soll [springen|sterben]'] },
  // ── passive ideation, hopelessness, burden, entrapment ────────────────────────────────────────
  {
    id: 'de.passive.wish-gone',
    kind: 'passive',
    phrases: ['ich wünschte ich wäre tot', 'wünschte ich wäre tot', 'ich wäre lieber tot', 'wäre lieber tot', 'ich wäre besser tot', '[ich wünschte|wünschte] ich wäre nie geboren', 'ich will nicht mehr leben', 'will nicht mehr leben', 'ich möchte nicht mehr leben', 'ich will nicht mehr existieren', '[ich will|will] [einfach|nur noch|] verschwinden', 'ich will nicht mehr aufwachen', 'einschlafen und nicht mehr aufwachen', 'nie wieder aufwachen', 'das leben hat keinen sinn [mehr|]', 'mein leben hat keinen sinn [mehr|]', 'es hat alles keinen sinn mehr', 'kein grund mehr zu leben', 'keinen grund zu leben', 'wofür noch leben', 'ich bin lebensmüde', 'ich fühle mich lebensmüde', '[müde|satt] vom leben', 'ich kann so nicht weiterleben', 'kann nicht mehr weiterleben', 'ich sehe keinen ausweg', 'es gibt keinen ausweg', 'ich will dass alles aufhört', 'will einfach dass alles aufhört', 'schlafen und nie mehr aufwachen', 'einschlafen und nie wieder aufwachen'],
    vetoAfter: ['ohne dich', 'wenn', 'in', 'mit', 'bei', 'bis'],
    firstPerson: true,
    negatable: true,
  },
  {
    id: 'de.passive.burden',
    kind: 'passive',
    phrases: ['ich bin [eine last|nur eine last|allen eine last|allen nur eine last]', 'eine last für [alle|meine familie|alle anderen]', '[niemand|keiner] würde mich vermissen', '[niemand|keiner] würde es merken wenn ich [weg wäre|sterbe|tot wäre]', '[alle|ihr|sie|meine familie] [wären|wäre] besser dran ohne mich', 'ohne mich besser dran', 'die welt wäre besser ohne mich', 'ohne mich wären alle glücklicher'],
    negatable: true,
  },
  {
    id: 'de.passive.hopeless-trapped',
    kind: 'passive',
    phrases: ['ich fühle mich gefangen', 'ich bin gefangen', 'hoffnungslos', 'keine hoffnung mehr', '[ich habe|hab] alle hoffnung verloren', 'es wird nie besser', 'es wird nie wieder gut', 'wird nie besser werden', 'ich habe keine zukunft', 'hab keine zukunft'],
    firstPerson: true,
    negatable: true,
    vetoAfter: ['im', 'in', 'auf', 'bei', 'mit', 'zwischen', 'das spiel', 'zu gewinnen', 'verliebt'],
  },
  // Second round (issue 12): the same classes as the English second round, in German.
  { id: 'de.passive.wish-dead', kind: 'passive', phrases: ['ich wünschte ich wäre [dabei|damals|] gestorben', 'wäre ich doch [nur|] gestorben', 'ich wünschte ich wäre nicht aufgewacht', 'sterben [wäre|klingt wie] eine erlösung', 'der tod wäre eine erlösung', 'ich warte nur noch auf den tod', 'ich warte nur noch aufs sterben'], firstPerson: true, negatable: true },
  { id: 'de.passive.why-live', kind: 'passive', phrases: ['warum [soll|sollte] ich [weiterleben|weiter leben|noch leben]', 'wozu [noch|] weiterleben', 'wozu noch leben', 'das leben ist es nicht wert', 'leben lohnt sich nicht [mehr|]', 'es lohnt sich nicht mehr zu leben'], firstPerson: true, negatable: true },
  { id: 'de.passive.cant-hold-on', kind: 'passive', phrases: ['ich weiß nicht wie lange ich [das|] noch [aushalte|durchhalte]', 'ich halte [das|] nicht mehr lange durch', 'ich habe keine kraft mehr', 'ich hab keine kraft mehr', 'keine kraft mehr zu leben', 'ich habe keine optionen mehr', 'ich sehe keinen ausweg mehr'], firstPerson: true, negatable: true },
  { id: 'de.passive.death-thoughts', kind: 'passive', phrases: ['ich denke [ständig|die ganze zeit|jeden tag|oft] an den tod', 'ich denke [ständig|die ganze zeit|jeden tag] ans sterben', 'ich muss ständig an den tod denken'], firstPerson: true, negatable: true },
  { id: 'de.ideation.considering', kind: 'ideation', phrases: ['ich [erwäge|überlege|ziehe] [selbstmord|suizid|mich umzubringen]', 'selbstmord [ist|wäre] [meine|die] [einzige|beste] [option|lösung]', 'suizid [ist|wäre] [meine|die] [einzige|beste] [option|lösung]', 'ich fantasiere [über|von] [selbstmord|suizid|meinem tod]'], firstPerson: true, negatable: true },
  { id: 'de.intent.method-self', kind: 'intent', phrases: ['mir [eine kugel|die kugel] in den kopf [jagen|schießen]', 'mir das hirn [rauspusten|wegpusten]', 'ich [will|werde] mich vor [einen zug|den zug|ein auto|die bahn|einen bus] werfen', 'ich habe meinen [selbstmord|suizid] geplant', 'ich plane meinen [selbstmord|suizid|tod]'], firstPerson: true, negatable: true },
  { id: 'de.method.ways', kind: 'method', phrases: ['[einfachste|schnellste|schmerzloseste|sicherste] [art|methode|weg] [zu sterben|sich umzubringen|mich umzubringen]', 'schmerzloser tod', '[schmerzlos|ohne schmerzen] sterben', 'wie bringt man sich schmerzlos um'], negatable: true },
  { id: 'de.distress.worthless', kind: 'distress', phrases: ['ich bin nichts wert', 'ich bin wertlos', 'ich hasse mein leben', 'ich hasse mich', 'ich bin zu nichts nütze', 'ich mache alles kaputt'], firstPerson: true, negatable: true, vetoAfter: ['lol', 'haha', 'xd', 'dafür'] },
  { id: 'de.passive.something-stupid', kind: 'passive', phrases: ['bevor ich [etwas|was] dummes [mache|tue]', 'angst [etwas|was] dummes zu [machen|tun]', 'angst mir was anzutun', 'angst mir etwas anzutun', 'bevor ich mir was antue', 'bevor ich mir etwas antue'], firstPerson: true, negatable: true, vetoAfter: ['mit', 'im', 'lol', 'haha'] },
  // ── context signals ───────────────────────────────────────────────────────────────────────────
  {
    id: 'de.act.do-it',
    kind: 'act',
    phrases: ['ich mache es [heute nacht|heute|jetzt|]', 'ich mach es [heute nacht|heute|jetzt|]', 'ich werde es tun', 'ich tu es', 'ich tue es', 'ich springe', 'ich spring', 'werde springen', 'ich nehme sie alle', 'ich bin bereit', 'bin bereit'],
    firstPerson: true,
    negatable: true,
    vetoAfter: ['ins', 'in', 'unter', 'kurz', 'schnell', 'auf', 'rein', 'mal', 'über', 'für', 'zum', 'zur', 'morgen', 'fertig', 'später', 'wenn', 'mit'],
  },
  { id: 'de.means.named', kind: 'means', phrases: [MEANS, 'die gleise', 'die brücke', 'das dach', 'die klippe'] },
  {
    id: 'de.means.ready',
    kind: 'means-ready',
    phrases: ['[ich habe|ich hab|hab|habe] [den strick|ein seil|eine waffe|eine pistole|die klinge in der hand|das messer in der hand|die tabletten bereit|die tabletten gezählt|tabletten gesammelt|tabletten gehortet]', '[ich habe|hab|habe] [ein seil|einen strick|eine pistole|eine waffe] gekauft', 'die [pistole|waffe] ist geladen', '[ich habe|hab] die [pistole|waffe] geladen', 'die schlinge ist [fertig|geknüpft|bereit]', 'die tabletten liegen bereit', 'die tabletten liegen vor mir'],
  },
  { id: 'de.place.edge', kind: 'place', phrases: ['[ich stehe|ich steh|stehe|ich sitze|sitze|bin] [auf der brücke|auf dem dach|an den gleisen|auf den gleisen|an der klippe|am abgrund|am rand]', 'auf der brücke', 'auf den gleisen', 'von der brücke'] },
  { id: 'de.time.soon', kind: 'time', phrases: ['heute nacht', 'heute abend', 'heute', 'morgen früh', 'noch heute', 'dieses wochenende', 'in einer stunde', 'in ein paar stunden'] },
  {
    id: 'de.plan.decided',
    kind: 'plan',
    phrases: ['[ich habe|hab] alles geplant', 'es ist alles geplant', '[ich habe|hab] einen plan', 'mein entschluss steht', '[ich habe|hab] mich entschieden', 'die entscheidung ist gefallen', '[ich habe|hab] meine sachen verschenkt', 'ich verschenke meine sachen', '[ich habe|hab] mein testament geschrieben', '[ich habe|hab] mich von allen verabschiedet', 'das datum steht', '[ich habe|hab] das datum gewählt'],
    negatable: true,
  },
  {
    id: 'de.farewell.final',
    kind: 'farewell',
    phrases: ['das ist mein abschied', 'abschied für immer', 'für immer tschüss', 'meine letzte nachricht', 'wenn ihr das lest [bin ich|]', 'wenn du das liest bin ich', 'morgen bin ich nicht mehr da', 'bin bald nicht mehr da', 'ich werde nicht mehr aufwachen', 'sagt [meiner mutter|meiner mama|meiner familie|meinem vater|meiner schwester|meinem bruder] dass ich sie liebe', 'sagt [meiner mutter|meiner mama|meiner familie|meinem vater|meiner schwester|meinem bruder] dass ich ihn liebe', '[passt|passt bitte] auf meine [katze|kinder] auf', 'kümmert euch um meinen [hund|kater]', 'wir sehen uns auf der anderen seite', 'das ist das ende für mich', '[einen|meinen|mein] abschiedsbrief', 'lebt wohl'],
    firstPerson: true,
    negatable: true,
  },
  { id: 'de.farewell.goodbye', kind: 'goodbye', phrases: ['tschüss alle', 'tschüss zusammen', 'macht es gut', 'machts gut', 'auf wiedersehen', 'tschüss welt', 'lebe wohl', 'adieu'] },
  {
    id: 'de.distress.done',
    kind: 'distress',
    phrases: ['ich kann nicht mehr', 'kann einfach nicht mehr', 'ich halte das nicht mehr aus', 'ich halt das nicht mehr aus', 'ich gebe auf', 'ich geb auf', 'ich will nicht mehr', 'mir ist alles egal', '[niemand|keiner] interessiert sich für mich', 'niemand liebt mich', 'ich hasse mich', 'ich schaffe das nicht mehr', 'ich schaff das nicht mehr', 'alles ist zu viel'],
    firstPerson: true,
    negatable: true,
    vetoAfter: ['vor lachen', 'vor hunger', 'essen', 'laufen', 'warten', 'lachen', 'haha', 'lol', 'xd', 'mit dir', 'mit euch', 'heute arbeiten', 'arbeiten', 'lernen', 'spielen', 'schlafen'],
  },
  { id: 'de.retraction.laugh', kind: 'retraction', phrases: ['haha', 'hahaha', 'lol', 'xd', 'xdd'], hyperbole: true },
  { id: 'de.retraction.joke', kind: 'retraction', phrases: ['nur spaß', 'war nur spaß', 'war nur ein witz', 'war spaß', 'spaß', 'mir geht es gut', 'mir gehts gut', 'alles gut', 'vergiss es', 'egal'] },
  { id: 'de.harassment.kys', kind: 'harassment', phrases: ['bring dich um', 'töte dich', 'häng dich auf', 'geh sterben', 'stirb', 'kill dich', 'ich hoffe du stirbst', 'spring von der brücke', 'verreck'] },
];

export const GERMAN: RulePack = {
  lang: 'de',
  rules: RULES,
  self: ['ich', 'mich', 'mir', 'mein', 'meine', 'meinen', 'meiner', 'meinem', 'ick', 'ik'],
  others: ['du', 'dich', 'dir', 'dein', 'deine', 'deinen', 'er', 'sie', 'ihr', 'ihm', 'ihn', 'ihnen', 'euch', 'euer', 'eure', 'jemand', 'freund', 'freundin', 'kumpel', 'bruder', 'schwester', 'mutter', 'mama', 'vater', 'papa', 'sohn', 'tochter', 'oma', 'opa', 'onkel', 'tante', 'cousin', 'cousine', 'kollege', 'kollegin', 'chef', 'chefin', 'nachbar', 'nachbarin', 'lehrer', 'lehrerin', 'figur', 'charakter', 'spieler', 'leute', 'wer', 'patient', 'patientin', 'sänger', 'sängerin', 'schauspieler'],
  // "könnte": "ich könnte mich umbringen" is an idiom for annoyance, not intent.
  negations: ['nicht', 'nie', 'niemals', 'kein', 'keine', 'keinen', 'nichts', 'ohne', 'niemand', 'könnte', 'könnt'],
  reporting: ['nachrichten', 'artikel', 'film', 'serie', 'buch', 'lied', 'song', 'songtext', 'spiel', 'game', 'runde', 'doku', 'dokumentation', 'folge', 'kapitel', 'roman', 'studie', 'forschung', 'prävention', 'statistik', 'podcast', 'unterricht', 'kurs', 'aufsatz', 'attentat', 'selbstmordattentäter', 'figur', 'telefonseelsorge'],
  common: 'der die das und in zu den von mit sich des auf für ist im dem nicht ein eine als auch es an er so dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch man sein wurde sei ich mich mir mein meine du dich dir hab habe bin will heute nacht morgen alles'.split(' '),
  conjunctions: ['und', 'aber', 'weil', 'denn', 'oder', 'wenn', 'obwohl', 'während', 'sondern'],
  past: ['vor jahren', 'vor ein paar jahren', 'vor langer zeit', 'früher', 'als kind', 'als ich jung war', 'als teenager', 'damals'],
  spellings: { moechte: 'mochte', moecht: 'mocht', wuerde: 'wurde', waere: 'ware', fuer: 'fur', muede: 'mude', ueber: 'uber', toeten: 'toten', haenge: 'hange', haeng: 'hang', erhaengen: 'erhangen', aufhaengen: 'aufhangen', wuenschte: 'wunschte', lebensmuede: 'lebensmude', koente: 'konte', koent: 'kont', bruecke: 'brucke' },
};

import { FILLER, REPLACEMENTS } from './characters.js';
import type { Rule, RulePack } from './types.js';

/**
 * The English rule pack, as data. Each rule has an id (what a crisis event records), a kind (how it
 * combines with others into a tier, see `tierOf` in detector.ts) and phrases. Phrases are templates: `[a|b]` is a
 * choice and `[a|]` an optional word; they go through the same normalisation as messages.
 *
 * Chat spellings ("wanna", "gonna", "rn") and filler words are handled by the normaliser, so phrases are
 * written in plain words. These rules need review by a clinician before real use (README, "Crisis tiers").
 */

export type { Rule, RuleKind } from './types.js';

const WANT = '[want to|wanted to|need to|going to|gon|will|plan to|planning to|ready to|about to|have to|should|gotta|decided to|trying to|try to]';
/** Wanting or deciding to die; not predicting it ("i'm going to die alone lol", "i'm gonna die if i don't eat"). */
const DESIRE = '[want to|wanted to|wanting to|need to|plan to|planning to|ready to|decided to|trying to|try to|should|have to|gotta]';
const MEANS = '[pils|pil|tablets|meds|medicine cabinet|my prescription|chemicals|household chemicals|medication|medicine|sleeping pils|painkilers|paracetamol|acetaminophen|tylenol|ibuprofen|advil|aspirin|insulin|antidepresants|oxy|opioids|bleach|poison|rope|noose|gun|razor|razors|blade|blades|knife]';

export const RULES: readonly Rule[] = [
  // ── attempt in progress ──────────────────────────────────────────────────────────────────────
  {
    id: 'attempt.overdose-taken',
    kind: 'attempt',
    // "Took my pills" and "took the pills" are everyday: only an amount, or swallowing, says overdose.
    phrases: ['[took|taken|swallowed|downed|ate|have taken|just took|already took|already swallowed] [a handful of|al|al of|al the|al my|everything in|the whole|a whole|too many|a bunch of|a lot of|lots of|a bottle of|the bottle of|many|over many|like many]', '[swallowed|downed|already swallowed] [the|my|some of]', 'overdosed on', 'i od d on', 'i oded on', 'i od on'],
    firstPerson: true,
    negatable: true,
    requires: ['means'],
  },
  { id: 'act.took-means', kind: 'taken', phrases: ['[took|taken|just took|already took|already taken|have taken] [the|my|some of|them al]'], firstPerson: true, negatable: true, requires: ['means'] },
  { id: 'attempt.overdosed', kind: 'attempt', phrases: ['i [just|have|] overdosed', 'i od d', 'ive overdosed'], firstPerson: true, negatable: true, vetoAfter: ['on'] },
  { id: 'attempt.cut', kind: 'attempt', phrases: ['slit my [wrist|wrists|throat]', 'cut my [wrist|wrists|throat]', 'cut too deep', 'wont stop bleding', 'cant stop the bleding', 'bleding out'], negatable: true },
  { id: 'attempt.in-progress', kind: 'attempt', phrases: ['its too late [now|]', 'already started', 'the rope is [around|on] my neck', 'noose is [around|on] my neck', 'i jumped', 'started to feel the pils', 'pils are kicking in', 'i can feel the pils', 'feel them [working|kicking in]', 'they are kicking in'], negatable: false, requires: ['means'] },
  // ── explicit intent ───────────────────────────────────────────────────────────────────────────
  {
    id: 'intent.kill-self',
    kind: 'intent',
    phrases: ['[kil|kiling|kiled|kils] myself', 'kil my self', 'kms', 'kmsl', 'kys myself', 'unalive myself', 'unalive', 'unaliving myself', 'unalived myself', 'self unalive', 'delete myself', 'hang myself', 'hanging myself', 'shoot myself', 'drown myself', 'poison myself', 'overdose on purpose', `${WANT} overdose`, `${WANT} od`, `${WANT} overdose on ${MEANS}`, 'tried to overdose', 'tried to kil myself', '[planing|plan] my suicide'],
    firstPerson: true,
    negatable: true,
    vetoAfter: ['laughing', 'at the gym', 'working', 'over this', 'on'],
  },
  {
    id: 'intent.end-life',
    kind: 'intent',
    phrases: ['[end|ending|take|taking|took] my [own|] life', 'im ending it [now|tonight|today|al|]', 'ending it [now|tonight|today]', 'close to ending [it|my life]', 'end it al', 'ending it al', 'end my [existence|suffering]', `${WANT} end it`, 'end things for good', 'i end it', 'i [wil|wil just|am going to] end it', 'il end it', 'end it tonight', 'not be alive [anymore|much longer|]', 'commit suicide', 'comit suicide', 'do suicide', 'suicide tonight', 'kil myself tonight'],
    firstPerson: true,
    negatable: true,
    vetoAfter: ['with', 'between', 'here', 'early', 'now and', 'on a', 'for the day', 'already with'],
  },
  {
    id: 'intent.want-die',
    kind: 'intent',
    phrases: [`${DESIRE} die`, `${DESIRE} be dead`, '[going to|wil] die [tonight|today|by my own hand]', 'wish to die', 'ready to die', 'want to stop living', 'going to stop living', 'want my life to end', 'want to not be alive', 'dont want to be alive [anymore|]'],
    firstPerson: true,
    negatable: true,
    vetoAfter: ['of', 'from', 'laughing', 'if', 'when', 'on this hil', 'for', 'on stage', 'alone in', 'in peace', 'a hero', 'old'],
  },
  {
    id: 'intent.suicidal',
    kind: 'ideation',
    phrases: ['suicidal', 'thoughts of suicide', 'thoughts of [killing|ending] [myself|my life]', 'thinking [about|of] suicide', 'think [about|of] suicide', 'thought about suicide', 'considering suicide', 'contemplating suicide', 'suicidal thoughts', 'suicidal ideation', 'thinking about ending it', 'thinking of ending it', 'thinking [about|of] ending things', 'thought about ending things', 'attempt suicide', 'attempted suicide', 'suicide attempt', 'my suicide note', 'suicide plan', 'sewer slide', 'su1cidal', 'want to commit', 'sucidal'],
    firstPerson: true,
    negatable: true,
  },
  // ── method seeking ────────────────────────────────────────────────────────────────────────────
  {
    id: 'method.lethal-dose',
    kind: 'method',
    phrases: ['lethal dose', 'fatal dose', 'deadly dose', 'lethal amount', 'fatal amount', 'deadly amount', 'how many [pils|tablets|meds|paracetamol|tylenol|ibuprofen|sleeping pils] [to|would|wil|does it take to|do i need to|would it take to|wil it take to|to take to] [die|kil|kil me|overdose|od]', 'how much [paracetamol|tylenol|ibuprofen|insulin|bleach|medication|acetaminophen] [to|would|wil|does it take to|do i need to|would it take to|wil it take to|to take to] [die|kil|kil me|overdose|od]', 'enough pils to [die|kil myself|not wake up]'],
    negatable: false,
  },
  {
    id: 'method.lethal-means',
    kind: 'method',
    phrases: ['[is|are|would be|wil be|is it] [lethal|fatal|deadly]', 'enough to [die|kil me|kil myself|overdose|od|not wake up]'],
    negatable: false,
    requires: ['means'],
  },
  {
    id: 'method.how-to',
    kind: 'method',
    phrases: ['how [to|do i|can i|should i|would i] [kil myself|end my life|end it|die painlesly|hang myself|comit suicide|overdose]', '[painles|quickest|easiest|best|quick|fastest|surest] way to [die|kil myself|end it|end my life|go]', 'best way to comit suicide', 'how long does it take to [die|bleed out|drown|suffocate]', 'where can i buy a [gun|rope] to', 'how high [to|do i need to] jump', 'tall enough to [die|kil]', 'how [to|do i|do you|can i] [tie|make] a noose', 'highest [bridge|building|cliff] near me'],
    negatable: false,
  },
  // ── recent self-harm ──────────────────────────────────────────────────────────────────────────
  {
    id: 'self-harm.recent',
    kind: 'self-harm',
    phrases: ['[cut|cuting|cuts|burned|burnt|burning|hurt|hurting|harmed|harming|scratched|scratching|hit|hiting|punched|starved|starving] myself', 'self harm', 'self harmed', 'self harming', 'selfharm', 'i relapsed on [cuting|self harm|sh]', 'sh again', 'relapsed on sh', 'fresh cuts', 'new cuts', 'cut again', 'cuting again', 'started cuting'],
    firstPerson: true,
    negatable: true,
    vetoAfter: ['shaving', 'cooking', 'by acident', 'acidentaly', 'at the gym', 'a break', 'some slack', 'out'],
  },
  // ── command voices ────────────────────────────────────────────────────────────────────────────
  { id: 'command.voices', kind: 'command', phrases: ['voices [tel|telling|told|keep telling|say|saying|are telling|are saying] me to [kil|hurt|die|end|jump|cut]', 'voice [tels|says|told|keeps telling|is telling] me to [kil|hurt|die|end|jump|cut]', 'voice in my head [tels|says|told|keeps telling|is telling] me to [kil|hurt|die|end|jump|cut]'], negatable: false },
  // ── passive ideation, hopelessness, burden, entrapment ────────────────────────────────────────
  {
    id: 'passive.wish-gone',
    kind: 'passive',
    phrases: ['wish i [could|would|] disappear', 'wish i [was|were|could be] [dead|gone|never born]', 'wish i [wasnt|werent|wasn t] [born|here|alive]', 'wish [i had|id|i] never been born', 'shouldnt have been born', 'deserve to die', 'wish i [would|could] die', 'cant wait to die', '[hope|wish] i [get|got|would get] hit by a [car|truck|bus|train]', '[hope|wish] [a|the|some] [car|truck|bus|train] [would|wil] hit me', 'dont think il make it through the night', 'hope i die [in my sleep|tonight|]', 'whats the point [of|in] [being alive|existing|life|staying alive]', 'wish i [didnt|would not|wouldnt|did not] exist', 'wish i would not exist', 'wish i could not exist', 'wish i could [vanish|stop existing|fade away|sleep forever]', 'want to disappear [forever|]', 'want to vanish', 'dont want to exist', 'want to stop existing', 'dont want to be here [anymore|]', 'dont want to live [anymore|]', 'dont want to be alive', 'not want to live', 'not want to be here', 'tired of living', 'tired of being alive', 'tired of existing', 'done with life', 'done with living', 'hate being alive', 'hate my life so much', 'rather be dead', 'better of dead', 'beter of dead', 'beter of not existing', 'want to sleep forever', 'sleep forever', 'never wake up', 'not wake up', 'dont want to wake up', 'hope i dont wake up', 'want it al to end', 'want it al to stop', 'want it to be over', 'want everything to stop', 'want the pain to stop', 'life isnt worth living', 'life is not worth living', 'not worth living', 'no point in living', 'no point living', 'no point in being alive', 'whats the point of living', 'nothing to live for', 'no reason to live', 'no reason for me to [live|keep going|go on|stay|be alive]', 'dont see [the|a|any] point [in|of] [living|life|being alive|going on|anything]', 'whats the point [anymore|of anything|of it al]', 'nothing [wil|is going to] get beter', 'no reason to keep going', 'no reason to go on', 'cant go on [anymore|like this|]', 'cant keep going', 'cant keep living like this', 'cant do this anymore', 'cant live like this', 'dont see a way out', 'no way out', 'give up on life', 'giving up on life', 'gave up on life'],
    firstPerson: true,
    negatable: true,
  },
  {
    id: 'passive.burden',
    kind: 'passive',
    phrases: ['[im|i am|im just|i feel like] a burden', 'nothing but a burden', '[tired of|sick of|hate] being a burden', 'such a burden', 'burden to [everyone|everybody|my family|them|you al|my friends]', 'beter of [without me|if i was gone|if i wasnt here|if i were gone|if i died|if i was dead|with me gone|if i disappeared|if i didnt exist|if i wasnt alive|if i wasnt around]', '[nobody|no one] would miss me', 'nobody would [miss|notice|care] if i [died|was gone|disappeared|wasnt here]', 'no one would [miss|notice|care] if i [died|was gone|disappeared|wasnt here]', 'everyone would be beter', 'world would be beter without me', '[happier|beter|fine|ok] if i [wasnt|werent|was not|were not|wasn t] [around|here|alive]', '[happier|beter] without me', 'they dont need me', 'nobody needs me', 'no one needs me'],
    negatable: true,
  },
  {
    id: 'passive.hopeless-trapped',
    kind: 'passive',
    vetoAfter: ['in this', 'in the', 'in a', 'in an', 'in traffic', 'in here', 'at', 'on', 'inside', 'behind', 'with this', 'with the', 'when it comes', 'about'],
    phrases: ['never going to get beter', 'its never going to get beter', 'wil never get beter', 'nothing wil ever get beter', 'nothing ever gets beter', 'im trapped', 'i feel trapped', 'so trapped', 'completely hopeles', 'feel hopeles', 'im hopeles', 'i am hopeles', 'no hope left', 'lost al hope', 'no future for me', 'there is no hope', 'theres no hope', 'i hate myself and want', 'empty inside and'],
    firstPerson: true,
    negatable: true,
  },
  // ── context signals ───────────────────────────────────────────────────────────────────────────
  {
    id: 'act.do-it',
    kind: 'act',
    phrases: ['[going to|wil|about to|ready to] do it', 'doing it tonight', 'doing it now', 'im [jumping|jumpin]', 'going to jump', 'about to jump', 'wil jump', 'jump of', 'jumping of', 'jump in front of', 'jump from', 'step in front of', 'go to sleep forever', 'im ready', 'i am ready', '[taking|take|swallow|swallowing] them al'],
    firstPerson: true,
    negatable: true,
    vetoAfter: ['on', 'in', 'into', 'to', 'at the chance', 'ship', 'back', 'around', 'through', 'for', 'up', 'with', 'again', 'the gun', 'right in', 'over', 'the queue', 'a cal', 'my bike', 'the bus', 'the train', 'the couch', 'the bed', 'the cal', 'the meeting', 'zoom', 'when', 'if', 'by', 'now lol'],
  },
  { id: 'means.named', kind: 'means', phrases: [MEANS, `${MEANS} [and|] [alcohol|vodka|whiskey|wine]`, 'bottle of pils', 'train tracks', 'tracks', 'bridge', 'rof', 'ledge', 'cliff'], negatable: false },
  { id: 'means.ready', kind: 'means-ready', phrases: ['loaded [the|my] gun', 'gun is loaded', 'got a gun', 'bought a gun', 'bought a rope', 'tied the [rope|noose]', 'made a noose', 'have the rope', 'got the rope', 'have the pils ready', 'pils are ready', 'lined up the pils', 'counted the pils', 'saved up [my|the|] [pils|meds|tablets]', 'ive saved [my|the] [pils|meds|tablets]', '[noose|rope] is [tied|ready|up]', '[gun|knife|blade|razor|pils|rope] [is|are|] in my hand', 'holding [a|the|my] [gun|knife|blade|razor]', 'stockpiled', 'stockpiling [pils|meds]', 'razor in my hand', 'blade in my hand', 'knife in my hand'], negatable: false },
  { id: 'place.edge', kind: 'place', phrases: ['[at|on|by|near|standing on|sitting on|top of|of|from|over] the [train tracks|tracks|bridge|rof|ledge|cliff|edge|platform|railway|overpas|balcony|parking garage]', 'on the [tracks|bridge|ledge|rof]'], negatable: false },
  { id: 'time.soon', kind: 'time', phrases: ['tonight', 'tonights', 'today', 'this evening', 'this weekend', 'tomorow', 'by morning', 'before morning', 'in an hour', 'in a few hours'], negatable: false },
  { id: 'plan.decided', kind: 'plan', phrases: ['everything is planned', 'its al planned', 'i have a plan', 'ive planned it', 'made up my mind', 'my mind is made up', 'decided', '[wrote|written|writen|writing] [my|the|a|] [letters|leter|notes|goodbye leters|goodbye leter]', 'left a note', 'gave away my [things|stuf|stuff]', 'giving away my [things|stuf|stuff]', 'said my goodbyes', 'saying my goodbyes', 'put my afairs in order', 'ive chosen the date', 'picked a date'], negatable: true },
  {
    id: 'farewell.final',
    kind: 'farewell',
    vetoAfter: ['for', 'until', 'til', 'from', 'on', 'this', 'next', 'over', 'at', 'to'],
    phrases: ['this is my goodbye', 'this is goodbye forever', 'goodbye forever', 'my final goodbye', 'last time youl hear from me', 'last message youl [get|see|read] from me', 'by the time you read this', 'wont be alive [by|tomorow|much longer|]', 'wont be here tomorow', 'wont be here much longer', 'wont wake up tomorow', 'il be gone [soon|tomorow|by morning|]', 'im saying goodbye', 'tel [my|everyone|al my] [mom|mum|dad|family|parents|sister|brother|friends|kids|wife|husband|] i [love|loved] [them|her|him|you|everyone]', 'take care of my [cat|dog|kids|family] for me', 'sory for everything i wil be gone', 'see you on the other side', 'this is the end for me', '[wrote|written|writen|finished|writing|left] my [suicide|goodbye|last|] note', '[wrote|written|writen|writing|left] a [suicide|goodbye] note'],
    firstPerson: true,
    negatable: true,
  },
  { id: 'farewell.goodbye', kind: 'goodbye', phrases: ['goodbye', 'bye [everyone|everybody|world|al|guys]', 'farewell [everyone|world|al]', 'goodbye cruel world'], negatable: false },
  { id: 'distress.done', kind: 'distress', phrases: ['im done', 'i am done', 'ive had enough', 'i cant anymore', 'cant take it anymore', 'cant take this anymore', 'i give up', 'im giving up', 'i cant cope', 'cant handle this anymore', 'want the pain to end', 'so tired of everything', 'its too late', 'nothing matters', 'no one cares', 'nobody cares', 'hate myself'], firstPerson: true, negatable: true, vetoAfter: ['with', 'for today', 'for the day', 'eating', 'here', 'now lol', 'lol', 'haha'] },
  { id: 'retraction.joke', kind: 'retraction', phrases: ['jk', 'jkjk', 'just kiding', 'only kiding', 'kiding', 'joking', 'just joking', 'im fine', 'i am fine', 'nvm', 'never mind', 'forget i said', 'dont worry about it', 'ignore that', 'lol', 'lmao', 'haha', 'hahaha'], negatable: false },
  { id: 'harassment.kys', kind: 'harassment', phrases: ['kys', 'kil yourself', 'kil urself', 'kil your self', 'go die', 'go kil yourself', 'neck yourself', 'unalive yourself', 'you should die', 'hope you die', 'drink bleach'], negatable: false, vetoAfter: ['myself'] },
];

/** Words that, just before a rule's phrase, cancel it ("i would never …"). */
export const NEGATIONS: readonly string[] = ['never', 'not', 'dont', 'wont', 'wouldnt', 'woudnt', 'didnt', 'isnt', 'arent', 'no', 'nobody', 'noone', 'nor', 'without', 'stoped', 'quit', 'against'];

/** Subjects that make a phrase about someone else ("my friend wants to die", "he said he'd kill himself"). */
export const OTHER_PEOPLE: readonly string[] = ['you', 'your', 'u', 'ur', 'we', 'were', 'us', 'our', 'lets', 'he', 'hes', 'she', 'shes', 'they', 'theyre', 'theyd', 'him', 'her', 'them', 'his', 'we', 'friend', 'friends', 'brother', 'sister', 'mom', 'mum', 'dad', 'mother', 'father', 'son', 'daughter', 'uncle', 'aunt', 'cousin', 'grandma', 'grandpa', 'wife', 'husband', 'girlfriend', 'boyfriend', 'partner', 'someone', 'somebody', 'people', 'character', 'villain', 'hero', 'player', 'patient', 'client', 'student', 'kid', 'man', 'woman', 'guy', 'girl', 'author', 'singer', 'actor', 'celebrity', 'who', 'cousin', 'colleague', 'coworker', 'boss', 'neighbor', 'neighbour', 'teacher'];

/** The speaker. */
export const SELF: readonly string[] = ['i', 'im', 'ive', 'id', 'il', 'me', 'my', 'myself', 'ima', 'imma', 'mine'];

/** Words that report or discuss rather than disclose ("a documentary about …", "the news said …"). */
export const REPORTING: readonly string[] = ['documentary', 'article', 'movie', 'film', 'book', 'song', 'lyrics', 'episode', 'news', 'story', 'novel', 'game', 'quote', 'research', 'study', 'awarenes', 'prevention', 'hotline', 'statistics', 'podcast', 'lecture', 'clas', 'course', 'training', 'essay'];

/** Common English words: never a phrase's key word. */
export const COMMON: readonly string[] =
  'i im ive id il me my myself mine you your he she we they it its is am are was were be been being the a an this that these those to of in on at by for from with and or but if so as not no dont do did does have has had get got go going wil would could should can cant want need al everyone anyone time now day today tonight here there what whats how when why who about like one more out up down over again ever never anymore much many just'.split(' ');

/** English: the default pack (`detect` in detector.ts). */
export const ENGLISH: RulePack = {
  lang: 'en',
  rules: RULES,
  self: SELF,
  others: OTHER_PEOPLE,
  negations: NEGATIONS,
  reporting: REPORTING,
  common: COMMON,
  spellings: REPLACEMENTS,
  filler: FILLER.split(' '),
};

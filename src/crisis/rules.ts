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

/** Someone else telling the speaker to die: harassment they report ("she told me to kill myself"), not their intent. */
const REPORTED = ['told me to', 'tell me to', 'telling me to', 'tells me to', 'told me i should', 'said i should', 'says i should', 'saying i should', 'want me to', 'wants me to', 'wanted me to', 'asked me to', 'dared me to', 'told me go'];

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
  {
    id: 'attempt.recent',
    kind: 'attempt',
    // An attempt made hours ago, not years: urgent whatever follows.
    phrases: ['[tried|trying|atempted] to [kil myself|hang myself|overdose|od|end my life|end it|slit my wrists|drown myself] [an hour ago|last night|earlier|just now|tonight|today|this morning|a few hours ago|yesterday|many minutes ago|many hours ago]', 'my attempt [didnt work|failed] [tonight|today|last night|]', 'i survived my attempt [last night|today|this morning]'],
    firstPerson: true,
    negatable: true,
  },
  { id: 'act.took-means', kind: 'taken', phrases: ['[took|taken|just took|already took|already taken|have taken] [the|my|some of|them al]'], firstPerson: true, negatable: true, requires: ['means'] },
  { id: 'attempt.overdosed', kind: 'attempt', phrases: ['i [just|have|] overdosed', 'i od d', 'ive overdosed'], firstPerson: true, negatable: true, vetoAfter: ['on'] },
  { id: 'attempt.cut', kind: 'attempt', phrases: ['slit my [wrist|wrists|throat]', 'cut my [wrist|wrists|throat]', 'cut too deep', 'wont stop bleding', 'cant stop the bleding', 'bleding out'], negatable: true, vetoBefore: ['want to', 'going to', 'wil', 'should', 'could', 'about to', 'thinking about', 'urge to', 'wanted to', 'need to', 'gona', 'ready to', 'planing to', 'plan to', 'trying to'] },
  { id: 'attempt.in-progress', kind: 'attempt', phrases: ['its too late [now|]', 'already started', 'the rope is [around|on] my neck', 'noose is [around|on] my neck', 'i jumped', 'started to feel the pils', 'pils are kicking in', 'i can feel the pils', 'feel them [working|kicking in]', 'they are kicking in', 'the pils didnt work', 'woke up after [taking|the] [pils|overdose]'], negatable: false, requires: ['means'] },
  // ── explicit intent ───────────────────────────────────────────────────────────────────────────
  {
    id: 'intent.kill-self',
    kind: 'intent',
    phrases: ['[kil|kiling|kiled|kils] myself', 'kil my self', 'kms', 'kmsl', 'kys myself', 'unalive myself', 'unalive', 'unaliving myself', 'unalived myself', 'self unalive', 'delete myself', 'hang myself', 'hanging myself', 'shoot myself', 'drown myself', 'poison myself', 'overdose on purpose', `${WANT} overdose`, `${WANT} over dose`, `${WANT} od`, '[planing|plan|planning] a [double|] suicide', `${WANT} overdose on ${MEANS}`, 'tried to overdose', 'tried to od', 'tried to kil myself', '[planing|plan] my suicide', 'ctb', 'catch the bus [tonight|today|soon|tomorrow|this week]', 'end myself', 'throw myself [of|from|in front of|under|into]', '[jump|leap|leaping|jumping] to my death', 'hang myself', 'slit my [wrists|wrist|throat]', `${WANT} [slit|cut] my [wrists|wrist|throat]`, 'kil myself on purpose', 'almost kiled myself on purpose'],
    firstPerson: true,
    negatable: true,
    vetoAfter: ['laughing', 'at the gym', 'working', 'over this', 'on', 'in minecraft', 'in the game', 'to respawn', 'in game', 'to prove'],
    vetoBefore: [...REPORTED, 'accidentally', 'by accident'],
  },
  {
    id: 'intent.end-life',
    kind: 'intent',
    phrases: ['[end|ending|ended|take|taking|took] my [own|] life', '[end|ending|ended|take|taking] my [miserable|pathetic|worthless|stupid|sad|shitty|useless|wretched|pointless] life', 'close to ending my life', 'end my [existence|suffering|own existence]', 'not be alive [anymore|much longer|]', 'commit suicide', 'do suicide', 'suicide tonight', 'kil myself tonight', '[im|i am] committing suicide', 'going to commit suicide'],
    firstPerson: true,
    negatable: true,
    vetoBefore: REPORTED,
  },
  {
    id: 'intent.end-it',
    kind: 'intent',
    phrases: ['[im|i am] ending it [now|tonight|today|al|]', 'ending it [now|tonight|today]', 'close to ending it', 'end it al', 'ending it al', `${WANT} end it`, 'end things for good', 'beter of [just|] ending [it|it al|things|my life]', 'can i [just|] end [it|this]', 'i want to end this', 'i end it', 'i [wil|wil just|am going to] end it', 'il end it', 'end it tonight', '[im|i am] ending it'],
    firstPerson: true,
    negatable: true,
    vetoAfter: ['with', 'between', 'here', 'early', 'now and', 'on a', 'for the day', 'already with', 'for today', 'for now'],
    vetoBefore: REPORTED,
  },
  {
    id: 'intent.want-die',
    kind: 'intent',
    phrases: [`${DESIRE} die`, `${DESIRE} be dead`, '[going to|wil] die [tonight|today|by my own hand]', 'wish to die', 'ready to die', 'want to stop living', 'going to stop living', 'want my life to end', 'want to not be alive', 'dont want to be alive [anymore|]', 'al i want [to do|] is [to|] die', 'al i want is [death|to be dead]', 'the only thing i want is to die', 'i want nothing more than to die', '[i|just] want death', 'its time for me to die', 'time for me to die', 'i should [just|] die', 'want to die', 'why cant i [just|] die', 'can i [just|] die [already|]', 'i want die', 'i want me dead', 'time to die i guess', 'i just want to be dead'],
    firstPerson: true,
    negatable: true,
    vetoBefore: [...REPORTED, 'the way i', 'the way he', 'the way she', 'the way they'],
    vetoAfter: ['of', 'from', 'laughing', 'if', 'when', 'on this hil', 'for my', 'for you', 'for her', 'for him', 'for them', 'for this', 'for a', 'for the', 'for it', 'for love', 'for our', 'for your', 'for what', 'for something', 'for someone', 'for freedom', 'for god', 'for jesus', 'for my country', 'on stage', 'alone in', 'in peace', 'a hero', 'old', 'a virgin', 'trying', 'in the best way', 'in a good way', 'but in a', 'but in like', 'protecting', 'fighting', 'saving', 'doing what i love', 'happy', 'rich', 'famous'],
  },
  {
    id: 'intent.suicidal',
    kind: 'ideation',
    phrases: ['suicidal', 'thoughts of suicide', 'thoughts of [killing|ending] [myself|my life]', 'thinking [about|of] suicide', 'think [about|of] suicide', 'thought about suicide', 'considering suicide', 'contemplating suicide', 'suicidal thoughts', 'suicidal ideation', 'thinking about ending it', 'thinking of ending it', 'thinking [about|of] ending things', 'thought about ending things', 'attempt suicide', 'attempted suicide', 'suicide attempt', 'my suicide note', 'suicide plan', 'sewer slide', 'sewerslide', 'su1cidal', 'want to commit', 'sucidal', '[thinking|think|thought|thoughts] [about|of] [committing|comiting] suicide', 'my suicide', 'considering [killing myself|ending my life|ending it]', 'thinking [about|of] [killing myself|ending my life|ctb|catching the bus|the bus|unaliving myself]', 'suicide is my [plan|choice|only option|only way out|way out]', 'suicide is the only [option|way out|answer]', '[urge|urges] to [kil myself|die|end it|end my life]', 'suicide makes [so much|] sense', 'suicide [has ben|is|keeps being|keeps coming] [on|in|into] my [mind|head|thoughts]', 'suicide has ben on my mind', 'suicide [is|seems like|feels like] the [only|best|easiest] [option|way|answer|choice]', 'suicide seems [like|] [the|my] only [option|way out]'],
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
    phrases: ['how [to|do i|can i|should i|would i] [kil myself|end my life|end it|die painlesly|hang myself|comit suicide|overdose]', '[painles|quickest|easiest|best|quick|fastest|surest] way to [die|kil myself|end it|end my life|go]', 'best way to comit suicide', 'how long does it take to [die|bleed out|drown|suffocate]', 'where can i buy a [gun|rope] to', 'how high [to|do i need to] jump', 'tall enough to [die|kil]', 'how [to|do i|do you|can i] [tie|make] a noose', 'highest [bridge|building|cliff] near me', '[good|easy|simple|quick|fast|sure|least painful|best|painles|quickest|easiest] [way|ways|method|methods] to [die|kil myself|end it|end my life|comit suicide|go]', 'ways to [kil myself|end my life|comit suicide]', 'would [a bottle of|a handful of|many] [pils|tablets|meds|ibuprofen|paracetamol|tylenol|sleeping pils] [do it|kil me|be enough]', 'how [to|do i|can i] [overdose|od|slit my wrists|hang myself]'],
    firstPerson: true,
    negatable: false,
  },
  // ── recent self-harm ──────────────────────────────────────────────────────────────────────────
  {
    id: 'self-harm.recent',
    kind: 'self-harm',
    phrases: ['[cut|cuting|cuts|burned|burnt|burning|hurt|hurting|harmed|harming|scratched|scratching|hit|hiting|punched|starved|starving] myself', 'self harm', 'self harmed', 'self harming', 'selfharm', 'i relapsed on [cuting|self harm|sh]', 'sh again', 'relapsed on sh', 'fresh cuts', 'new cuts', 'cut again', 'cuting again', 'started cuting', 'urge to [cut|self harm|hurt myself]', 'want to cut [myself|again|deeper]', 'relapsed on self harm'],
    firstPerson: true,
    negatable: true,
    vetoAfter: ['shaving', 'cooking', 'by acident', 'acidentaly', 'at the gym', 'a break', 'some slack', 'out'],
  },
  // ── command voices ────────────────────────────────────────────────────────────────────────────
  { id: 'command.voices', kind: 'command', phrases: ['voices [tel|telling|told|keep telling|say|saying|are telling|are saying] me to [kil|hurt|die|end|jump|cut]', 'voice [tels|says|told|keeps telling|is telling] me to [kil|hurt|die|end|jump|cut]', 'voice in my head [tels|says|told|keeps telling|is telling] me to [kil|hurt|die|end|jump|cut]', '[my brain|my mind|my head|my body|my thoughts|something in me] [is telling|keeps telling|tels|tell|keep telling|are telling] me to [kil|hurt|die|end|jump|cut]'], negatable: false },
  // ── passive ideation, hopelessness, burden, entrapment ────────────────────────────────────────
  {
    id: 'passive.wish-gone',
    kind: 'passive',
    phrases: ['wish i [could|would|] disappear', 'wish i [was|were|could be] [dead|gone|never born]', 'wish i [wasnt|werent|wasn t] [born|here|alive]', 'wish [i had|id|i] never been born', 'shouldnt have been born', 'deserve to die', 'wish i [would|could] die', 'cant wait to die', '[hope|wish] i [get|got|would get] hit by a [car|truck|bus|train]', '[hope|wish] [a|the|some] [car|truck|bus|train] [would|wil] hit me', '[hope|wish] i [get|got|would get] [into|in] [an|a] [accident|car accident|car crash|crash|fatal accident]', '[hope|wish] i [get|got] run over', 'dont think il make it through the night', 'hope i die [in my sleep|tonight|]', 'whats the point [of|in] [being alive|existing|life|staying alive]', 'wish i [didnt|would not|wouldnt|did not] exist', 'wish i would not exist', 'wish i could not exist', 'wish i could [vanish|stop existing|fade away|sleep forever]', 'want to disappear [forever|]', 'want to vanish', 'dont want to exist', 'want to stop existing', 'dont want to be here [anymore|]', 'dont want to live [anymore|]', 'dont want to be alive', 'not want to live', 'not want to be here', 'tired of living', 'tired of being alive', 'tired of existing', 'done with life', 'done with living', 'hate being alive', 'hate my life so much', 'rather be dead', 'better of dead', 'beter of dead', 'beter of not existing', 'never wake up', 'not wake up', 'dont want to wake up', 'hope i dont wake up', 'want it al to end', 'want it al to stop', 'want it to be over', 'want everything to stop', 'want the pain to stop', 'life isnt worth living', 'life is not worth living', 'not worth living', 'no point in living', 'no point living', 'no point in being alive', 'whats the point of living', 'nothing to live for', 'no reason to live', 'no reason for me to [live|keep going|go on|stay|be alive]', 'dont see [the|a|any] point [in|of] [living|life|being alive|going on|anything]', 'whats the point [anymore|of anything|of it al]', 'nothing [wil|is going to] get beter', 'no reason to keep going', 'no reason to go on', 'cant go on [anymore|like this]', 'cant go on |', 'cant keep going', 'dont think i can [keep going|go on|keep living|do this anymore|carry on]', 'dont want to keep going [anymore|]', 'cant keep living like this', 'cant do this anymore', 'cant do it anymore', 'cant live like this', 'dont see a way out', 'no way out', 'give up on life', 'giving up on life', 'gave up on life', '[whats|what is] [the|] point [of|in] [living|being alive|existing|life|staying alive|going on|trying|carrying on|it al|anything]', 'why [should|would|do] i [keep|] [living|go on|going|stay alive|bother living|keep on living]', 'dont want to go on [anymore|]', 'dont want to [continue|keep] living [like this|anymore|]', '[cant|dont know if i|cant decide if i] [decide if i|] want to live or die', 'want to live or die', 'dont know if i [should|want to|can] [live|keep living|go on|keep going|stay alive] [anymore|]', 'nothing [worth|left to] live for', 'nothing left to live for', 'nothing worth living for', 'being alive [is|was] a mistake', 'my existence is a mistake', 'dont deserve to [live|be alive|exist]', 'want it al to be over', 'want this to be over', 'wish it would al end', 'want it to [stop|end]', 'want everything to end', 'wish i could [go to sleep|sleep] and never wake up', 'easy way out', 'easiest way out', 'only way out', 'cant see a way out', 'tired of life', 'sick of living', 'sick of being alive', 'life is pointless', 'living is pointless', 'no will to live', 'lost the will to live', 'no longer want to live', '[please|just|] let me die', 'leave me [here|] to die', 'dont want to suffer anymore', '[being|staying] alive [this long|] [is|was] a mistake'],
    firstPerson: true,
    negatable: true,
  },
  {
    id: 'passive.sleep-forever',
    kind: 'passive',
    phrases: ['want to sleep forever', 'sleep forever', 'wish i could sleep forever'],
    firstPerson: true,
    negatable: true,
    vetoAfter: ['this weekend', 'after', 'when', 'once', 'til', 'until', 'tomorow', 'on', 'in', 'after exams', 'after this'],
  },
  {
    id: 'passive.burden',
    kind: 'passive',
    phrases: ['[im|i am|im just|i feel like] a burden', 'nothing but a burden', '[tired of|sick of|hate] being a burden', 'such a burden', 'burden to [everyone|everybody|my family|them|you al|my friends]', 'beter of [without me|if i was gone|if i wasnt here|if i were gone|if i died|if i was dead|with me gone|if i disappeared|if i didnt exist|if i wasnt alive|if i wasnt around]', '[nobody|no one] would miss me', '[nobody|no one] [wil|is going to] miss me', 'i wont be missed', 'nobody would [miss|notice|care] if i [died|was gone|disappeared|wasnt here]', 'no one would [miss|notice|care] if i [died|was gone|disappeared|wasnt here]', 'everyone would be beter', 'world would be beter without me', '[happier|beter|fine|ok] if i [wasnt|werent|was not|were not|wasn t] [around|here|alive]', '[happier|beter] without me', 'they dont need me', 'nobody needs me', 'no one needs me', 'everyone [would be|is] [better|happier] without me', 'world is better without me', 'nobody would care if i [died|was gone|disappeared]'],
    negatable: true,
  },
  {
    id: 'passive.hopeless-trapped',
    kind: 'passive',
    vetoAfter: ['in this', 'in the', 'in a', 'in an', 'in traffic', 'in here', 'at', 'on', 'inside', 'behind', 'with this', 'with the', 'when it comes', 'about'],
    phrases: ['never going to get beter', 'its never going to get beter', 'wil never get beter', 'nothing wil ever get beter', 'nothing ever gets beter', 'im trapped', 'i feel trapped', 'so trapped', 'completely hopeles', 'feel hopeles', 'im hopeles', 'i am hopeles', 'no hope left', 'lost al hope', 'no future for me', 'there is no hope', 'theres no hope', 'i hate myself and want', 'empty inside and', 'no way out of this', 'feel like a prisoner in my own life', 'stuck in this hell', 'living hell', 'cant escape this'],
    firstPerson: true,
    negatable: true,
  },
  // Second round (issue 12, classes read from the development parts of the real-data sets; phrases written for the class).
  {
    id: 'passive.wish-dead',
    kind: 'passive',
    // Wish to be dead (C-SSRS 1), in the forms the first rules missed: past wishes about now, death as a relief.
    phrases: ['wishing i [was|were] [dead|gone|never born]', 'wish i had died', 'wish i [would have|wouldve|had] died [in it|in my sleep|]', 'wish [it|that] [had|would have|wouldve] kiled me', 'wish i [hadnt|had not|didnt] [survived|woke up|wake up]', '[dying|death] [just|] [sounds|seems|feels] [nice|good|peaceful|like a relief|beter than this|like the only option]', 'death would be a relief', 'death would be [beter|easier] than this', '[sitting around|just|only] waiting to die', 'praying [to die|for death|i die]', 'welcome death'],
    firstPerson: true,
    negatable: true,
    // "wish i had died my hair": dyed, not died.
    vetoAfter: ['of', 'in the queue', 'in line', 'at the', 'at work', 'for the', 'laughing', 'my', 'her', 'his', 'their', 'it'],
  },
  {
    id: 'passive.why-live',
    kind: 'passive',
    // Asking why go on, and life not worth it (hopelessness about living itself, not about a task).
    phrases: ['why [keep|bother] [on|] living', 'why [should|would|do] i [keep|] [existing|continue living|continue my life|stick around|stay alive]', 'why [should|would] i continue [my life|living|to live|]', 'why stick around', 'no reason [for me|] to [hang around|stick around] [anymore|]', 'life [just|] [isnt|is not|aint] worth it [anymore|for me|]', 'life [isnt|is not] worth the [pain|suffering]', 'not worth it to [live|keep living|stay alive]', 'theres [just|] no point [anymore|in anything|in living|in trying anymore]', 'there is no point [anymore|in anything|in living]', 'whats the point [at al|of me|of my life|of my existence]', 'running out of reasons to [live|stay|keep going]'],
    firstPerson: true,
    negatable: true,
    // Where to live, not whether ("why bother living in the city").
    vetoAfter: ['in the', 'in a', 'in this city', 'at', 'near', 'with', 'on', 'so close', 'downtown', 'there', 'here when'],
  },
  {
    id: 'passive.cant-hold-on',
    kind: 'passive',
    // Entrapment, the end of endurance ("can't hang on any longer"): elevated, a check-in.
    phrases: ['cant hang on [any longer|anymore|much longer]', 'cant hold on [any longer|anymore|much longer]', 'dont know how [much|] longer i can [do this|keep this up|keep going|hold on|hang on|take this|go on|last|make it]', 'dont know how long i can [keep this up|keep going|hold on|hang on|go on|last]', 'barely hanging on', '[doubt|dont think] i [can|wil|can even] make it [through|past] [tomorow|the night|the week|this month|this week]', 'no fight left [in me|]', 'cant fight [this|it] anymore', 'dont want to fight [this|it|] anymore', 'im out of options', 'i am out of options', 'have no options left', 'no options left', 'out of reasons to live'],
    firstPerson: true,
    negatable: true,
  },
  {
    id: 'passive.death-thoughts',
    kind: 'passive',
    // Non-specific thoughts of death (C-SSRS 2 without "suicide"): a check-in, not an alarm.
    phrases: ['think about [death|dying|disappearing] [a lot|al the time|constantly|every day|more and more|every night]', 'thinking about [dying|disappearing] [a lot|al the time|constantly|every day|more and more]', 'cant stop thinking about [dying|death|jumping]', 'obsessed with [dying|death|jumping]', 'thoughts of [dying|death] [every day|al the time|constantly]'],
    firstPerson: true,
    negatable: true,
  },
  {
    id: 'passive.something-stupid',
    kind: 'passive',
    // The euphemism for harming oneself ("before I do something stupid"): a check-in.
    phrases: ['[afraid|scared|worried|terrified] [il|i wil|i might|that il|that i wil|that i might] do something [stupid|i regret|i wil regret|drastic]', 'before i do something [stupid|i shouldnt|i regret|drastic]', '[urge|desire|temptation] to do something [stupid|drastic] [to myself|]', 'i might do something [stupid|drastic]'],
    firstPerson: true,
    negatable: true,
    vetoAfter: ['like buy', 'like text', 'like cal', 'with my', 'with money', 'at work', 'in class', 'lol', 'haha'],
  },
  {
    id: 'ideation.considering',
    kind: 'ideation',
    // Non-specific active thoughts (C-SSRS 2): "I consider suicide", suicide as the answer.
    phrases: ['[consider|considered|contemplate|contemplated|contemplating] suicide', 'suicide is the right [thing|choice|answer] [for me|]', 'suicide is right for me', '[fantasize|fantasise|daydream|dream] about [suicide|killing myself|my suicide|dying]', 'suicide [is|keeps] [always|] on my mind'],
    firstPerson: true,
    negatable: true,
  },
  {
    id: 'intent.method-self',
    kind: 'intent',
    // Intent named with its method (C-SSRS 4), in the words chat uses.
    phrases: ['blow my [brains|head] [out|of]', 'put a bullet [in|through] my [head|brain]', `${WANT} [of|ofing] myself`, 'il [just|] of myself', '[ofing|ofed] myself', `${DESIRE} [jump|step|throw myself] in front of [a|the] [car|train|bus|truck|subway]`, '[planned|planed|planned out|planed out|planing out] my [entire|whole|] suicide', 'planning my [own|] death'],
    firstPerson: true,
    negatable: true,
    vetoBefore: REPORTED,
  },
  {
    id: 'method.ways',
    kind: 'method',
    // Method seeking (C-SSRS 3) in general ("you") form.
    phrases: ['lethal [dosage|dosages]', 'minimum lethal', '[painles|least painful|easiest|quickest|lethal|best|quick|simplest|surest|most painles] way to kil [yourself|urself|oneself]', 'how [to|do you|can you|would you] kil yourself', '[easiest|quickest|painles|most painles|least painful] [death|way to die]'],
    negatable: true,
    vetoAfter: ['in minecraft', 'in the game', 'in game'],
  },
  {
    id: 'prep.note',
    kind: 'farewell',
    // A note already written (C-SSRS preparatory behaviour), said in ways the farewell list missed ("got my note written").
    phrases: ['[got|have] my [suicide|goodbye|] note [written|ready|done]', 'my [suicide|goodbye|] note is [written|ready|done]', '[rewrote|rewritten|rewriting|drafted|drafting] my [suicide|goodbye|final|last] note', '[wrote|written|writen|finished] my final note'],
    firstPerson: true,
    negatable: true,
    vetoAfter: ['for', 'to', 'on', 'about', 'in', 'of'],
  },
  {
    id: 'distress.worthless',
    kind: 'distress',
    // Self-hatred and worthlessness: weight only beside a risk signal, never an alarm alone ("i hate myself").
    phrases: ['i [feel|am] [so|] worthless', 'im [so|] worthless', 'i hate my life', 'i ruin everything', 'i am nothing', 'im nothing', 'im a waste of space', 'i am a waste of space', 'i cant take this', 'i cant do this anymore'],
    firstPerson: true,
    negatable: true,
    vetoAfter: ['lol', 'haha', 'lmao', 'at'],
  },
  // ── context signals ───────────────────────────────────────────────────────────────────────────
  {
    id: 'act.do-it',
    kind: 'act',
    phrases: ['[going to|wil|about to|ready to] do it', 'doing it tonight', 'doing it now', 'im [jumping|jumpin]', 'going to jump', 'about to jump', 'wil jump', 'jump of', 'leap of', 'leaping of', 'leap from', 'going to leap', 'jumping of', 'jump in front of', 'jump from', 'step in front of', 'go to sleep forever', 'im ready', 'i am ready', '[taking|take|swallow|swallowing] them al', 'pul the trigger'],
    firstPerson: true,
    negatable: true,
    vetoAfter: ['on', 'in', 'into', 'to', 'at the chance', 'ship', 'back', 'around', 'through', 'for', 'up', 'with', 'again', 'the gun', 'right in', 'over', 'the queue', 'a cal', 'my bike', 'the bus', 'the train', 'the couch', 'the bed', 'the cal', 'the meeting', 'zoom', 'when', 'if', 'by', 'now lol'],
  },
  { id: 'means.named', kind: 'means', phrases: [MEANS, `${MEANS} [and|] [alcohol|vodka|whiskey|wine]`, 'bottle of pils', 'train tracks', 'tracks', 'bridge', 'rof', 'ledge', 'cliff'], negatable: false },
  { id: 'means.ready', kind: 'means-ready', phrases: ['loaded [the|my] gun', 'gun is loaded', 'got a gun', 'bought a gun', 'bought a rope', 'tied the [rope|noose]', 'made a noose', 'have the rope', 'got the rope', 'have the pils ready', 'pils are ready', 'lined up the pils', 'counted the pils', 'saved up [my|the|] [pils|meds|tablets]', 'ive saved [my|the] [pils|meds|tablets]', '[saving|saving up|hoarding|hoarded|stockpiling|collecting] [my|the|] [pils|meds|tablets|medication|sleeping pils]', '[noose|rope] is [tied|ready|up]', '[gun|knife|blade|razor|pils|rope] [is|are|] in my hand', 'holding [a|the|my] [gun|knife|blade|razor]', 'stockpiled', 'stockpiling [pils|meds]', 'razor in my hand', 'blade in my hand', 'knife in my hand', '[whole|entire] bottle [of pils|] in my hand', 'in my hand right now', 'have the [gun|rope] ready', 'gun [is|] loaded and', 'rope [is|] tied and'], negatable: false },
  {
    id: 'means.have',
    kind: 'means-ready',
    // Having the means (C-SSRS preparatory behaviour): high alone, imminent with a time or distress. Not an errand ("i have the pills you asked for").
    phrases: ['[i have|ive got|i got|i now have|have got] the [pils|rope|gun|noose|razor|blades|bullets]', '[i have|ive got|i got|i bought|just bought] a [gun|rope|noose]', 'got my hands on a gun'],
    firstPerson: true,
    negatable: true,
    vetoAfter: ['for', 'you', 'from', 'at', 'to', 'in the', 'show', 'range', 'licence', 'license', 'safe', 'locked', 'with', 'on', 'back', 'here', 'already', 'ready for'],
  },
  { id: 'place.edge', kind: 'place', phrases: ['[at|on|by|near|standing on|sitting on|top of|of|from|over] the [train tracks|tracks|bridge|rof|ledge|cliff|edge|platform|railway|overpas|balcony|parking garage]', 'on the [tracks|bridge|ledge|rof]'], negatable: false },
  { id: 'time.soon', kind: 'time', phrases: ['tonight', 'tonights', 'today', 'this evening', 'this weekend', 'tomorow', 'by morning', 'before morning', 'in an hour', 'in a few hours', 'in many minutes', 'in many mins', 'within the next hour', 'this friday', 'this saturday', 'this sunday', 'on my birthday', 'at midnight', 'before sunrise', 'tonight is the night', 'in the morning'], negatable: false },
  { id: 'plan.decided', kind: 'plan', phrases: ['everything is planned', 'its al planned', 'i have a plan', 'ive planned it', 'made up my mind', 'my mind is made up', 'decided', '[wrote|written|writen|writing] [my|the|a|] [letters|leter|notes|goodbye leters|goodbye leter]', 'left a note', 'gave away my [things|stuf|stuff]', 'giving away my [things|stuf|stuff]', 'said my goodbyes', 'saying my goodbyes', 'put my afairs in order', 'ive decided', 'my mind is set', '[got|have|had] it al planned', 'al planned out', 'planned it al', 'know exactly how [and when|and where|]', 'i know [how|when|where] [im going to|il|i wil] [do it|kil myself|end it]', 'i know how i [wil|would|am going to] do it', 'going through with it', 'go through with it', 'it wil be [quick|painles]'], negatable: true },
  { id: 'plan.date', kind: 'plan', phrases: ['ive chosen the date', 'picked a date', '[picked|set|chose|chosen|decided on] [the|a] [date|day]'], negatable: true, vetoAfter: ['for', 'of', 'with', 'to', 'on what', 'what', 'which', 'where', 'whether', 'not to'], vetoInSentence: ['wedding', 'party', 'meeting', 'interview', 'launch', 'birthday party', 'exam', 'appointment', 'release', 'trip', 'holiday', 'vacation', 'surgery', 'move'] },
  {
    id: 'prep.final',
    kind: 'farewell',
    // Preparatory behaviour (C-SSRS): setting things in order for after one's death. A check-in alone; imminent beside any distress or intent.
    phrases: ['[wrote|written|writen|writing|finished|updated|made|make|doing|done] my [wil|last wil|last wil and testament]', '[wrote|written|writen|writing|finished|updated|made|make|doing|done] my [wil|last wil|last wil and testament]', '[preparing|prepare|prepared|getting ready] [for|] my death', '[preparing|prepare|getting ready] for death', 'preparing [myself|] to die', 'getting ready to die', '[getting|put|putting|sorting|sorted] my afairs in order', 'my [ctb|exit|death|final] date', '[moved|moving|brought|bringing|pushed|pushing] my date [up|forward|closer|to tonight|to today|to tomorow]', 'made [my|] peace with [dying|death|it al|my death]', 'wont need [them|it|any of it|my things|my stuf|these] where im going', 'wont be needing [them|it|any of this] [anymore|much longer]'],
    firstPerson: true,
    negatable: true,
    vetoAfter: ['to charity', 'before', 'because', 'since', 'as', 'when', 'at the'],
    vetoInSentence: ['baby', 'pregnant', 'married', 'mortgage', 'lawyer', 'solicitor', 'estate', 'everyone should', 'retire', 'retiring', 'wedding', 'dinner', 'movie', 'tinder'],
  },
  {
    id: 'prep.give-away',
    kind: 'farewell',
    // Giving possessions or pets away, unless the sentence says why (a move, a clear-out, a sale, a child).
    phrases: ['[giving|gave|given|give] away [al|most of|] my [things|stuff|belongings|possessions|stuf|pets|cat|dog|games|books|clothes|savings]', '[giving|gave|given|give] [al|] my [things|stuff|stuf|belongings|possessions] away', '[gave|giving|given] my [cat|dog|pets|rabbit] to'],
    firstPerson: true,
    negatable: true,
    vetoAfter: ['to charity', 'before', 'because', 'since', 'as', 'when', 'for the move', 'at the'],
    vetoInSentence: ['moving', 'move', 'moved', 'declutter', 'decluttering', 'minimalism', 'minimalist', 'garage sale', 'yard sale', 'charity', 'goodwill', 'donate', 'donating', 'selling', 'sold', 'new house', 'new apartment', 'baby', 'outgrown', 'for the kids', 'allergic', 'allergy', 'landlord', 'cant afford', 'vet'],
  },
  {
    id: 'farewell.final',
    kind: 'farewell',
    vetoAfter: ['for', 'until', 'til', 'from', 'on', 'this', 'next', 'over', 'at', 'to', 'of', 'before', 'today', 'tonight', 'here for', 'in', 'about'],
    phrases: ['this is my goodbye', 'this is goodbye forever', 'goodbye forever', 'my final goodbye', 'last time youl hear from me', 'last message youl [get|see|read] from me', 'by the time you read this', 'wont be alive [by|tomorow|much longer|]', 'wont be here tomorow', 'wont be here much longer', 'wont wake up tomorow', 'il be gone [soon|tomorow|by morning|]', 'im saying goodbye', 'tel [my|everyone|al my] [mom|mum|dad|family|parents|sister|brother|friends|kids|wife|husband|] i [love|loved] [them|her|him|you|everyone]', 'take care of my [cat|dog|kids|family] for me', 'sory for everything i wil be gone', 'see you on the other side', 'this is the end for me', '[wrote|written|writen|finished|writing|left] my [suicide|goodbye|last|] note', '[wrote|written|writen|writing|left] a [suicide|goodbye] note', 'wont be around [much longer|anymore|for long|tomorow]', 'you wont have to [worry about|deal with|see|hear from|put up with] me [anymore|again|much longer]', 'this is my last [post|message|tweet|text|goodbye]', 'il be dead [soon|by tomorow|by morning|tomorow]', 'wil be dead soon', 'soon i wil be dead', 'goodbye message', 'my goodbye leter', 'by the time you see this'],
    firstPerson: true,
    negatable: true,
  },
  { id: 'farewell.goodbye', kind: 'goodbye', phrases: ['goodbye', 'bye [everyone|everybody|world|al|guys|forever]', 'farewell [everyone|world|al]', 'goodbye cruel world', 'thank you [al|guys|] for everything', 'thanks for everything', 'take care of yourselves', 'i love you al', 'please forgive me', 'dont blame yourselves', 'dont blame yourself', 'remember me', 'i am sory for everything', 'im sory for everything'], negatable: false },
  { id: 'distress.done', kind: 'distress', phrases: ['im done', 'i am done', 'ive had enough', 'i cant anymore', 'cant take it anymore', 'cant take this anymore', 'i give up', 'im giving up', 'i cant cope', 'cant handle this anymore', 'want the pain to end', 'so tired of everything', 'its too late', 'nothing matters', 'no one cares', 'nobody cares', 'hate myself', 'done with everything', 'i should give up', 'make it stop', 'cant take much more', 'cant keep this up', 'the pain is too much', 'the pain is to much', 'cant handle it anymore', 'im so done', 'i realy give up', 'i just give up'], firstPerson: true, negatable: true, vetoAfter: ['with', 'for today', 'for the day', 'eating', 'here', 'now lol', 'lol', 'haha'] },
  { id: 'retraction.joke', kind: 'retraction', phrases: ['jk', 'jkjk', 'just kiding', 'only kiding', 'kiding', 'joking', 'just joking', 'im fine', 'i am fine', 'nvm', 'never mind', 'forget i said', 'dont worry about it', 'ignore that'], negatable: false },
  { id: 'retraction.laugh', kind: 'retraction', phrases: ['lol', 'lmao', 'lmfao', 'haha', 'hahaha', 'hahahaha', 'rofl', 'xd', 'lolol'], negatable: false, hyperbole: true },
  { id: 'harassment.kys', kind: 'harassment', phrases: ['kys', 'kil yourself', 'kil urself', 'kil your self', 'go die', 'go kil yourself', 'neck yourself', 'unalive yourself', 'you should die', 'hope you die', 'drink bleach'], negatable: true, vetoAfter: ['myself'], vetoBefore: ['if', 'please', 'why would', 'thinking', 'urge to', 'want to', 'dont', 'told me to', 'tell me to', 'telling me to', 'tells me to', 'me to'] },
];

/** Words that, just before a rule's phrase, cancel it ("i would never …"). */
export const NEGATIONS: readonly string[] = ['never', 'not', 'dont', 'wont', 'wouldnt', 'woudnt', 'didnt', 'isnt', 'arent', 'no', 'nobody', 'noone', 'nor', 'without', 'stoped', 'quit', 'against', 'doesnt', 'havent', 'hasnt', 'aint', 'couldnt', 'shouldnt'];

/** Subjects that make a phrase about someone else ("my friend wants to die", "he said he'd kill himself"). */
export const OTHER_PEOPLE: readonly string[] = ['you', 'your', 'u', 'ur', 'we', 'were', 'us', 'our', 'lets', 'he', 'hes', 'she', 'shes', 'they', 'theyre', 'theyd', 'him', 'her', 'them', 'his', 'we', 'friend', 'friends', 'brother', 'sister', 'mom', 'mum', 'dad', 'mother', 'father', 'son', 'daughter', 'uncle', 'aunt', 'cousin', 'grandma', 'grandpa', 'wife', 'husband', 'girlfriend', 'boyfriend', 'partner', 'someone', 'somebody', 'people', 'character', 'villain', 'hero', 'player', 'patient', 'client', 'student', 'kid', 'man', 'woman', 'guy', 'girl', 'author', 'singer', 'actor', 'celebrity', 'who', 'cousin', 'colleague', 'coworker', 'boss', 'neighbor', 'neighbour', 'teacher', 'youre', 'youve', 'youd', 'youll', 'yall', 'ya', 'hed', 'theyll', 'theyve', 'their', 'hers', 'herself', 'himself', 'themselves', 'yourself', 'yourselves', 'everyone', 'everybody', 'anyone', 'anybody', 'men', 'women', 'guys', 'girls', 'kids', 'boys', 'ppl', 'humans', 'bro', 'sis', 'bf', 'gf', 'dude', 'mate', 'victim', 'victims', 'celeb', 'rapper', 'band'];

/** The speaker. */
export const SELF: readonly string[] = ['i', 'im', 'ive', 'id', 'il', 'me', 'my', 'myself', 'ima', 'imma', 'mine'];

/** Words that report or discuss rather than disclose ("a documentary about …", "the news said …"). */
export const REPORTING: readonly string[] = ['documentary', 'article', 'movie', 'film', 'book', 'song', 'songs', 'lyrics', 'lyric', 'album', 'chorus', 'verse', 'singing', 'sang', 'episode', 'season', 'series', 'anime', 'manga', 'news', 'headline', 'story', 'novel', 'fanfic', 'poem', 'scene', 'game', 'games', 'minecraft', 'fortnite', 'roblox', 'respawn', 'npc', 'quest', 'raid', 'quote', 'research', 'study', 'survey', 'awarenes', 'prevention', 'hotline', 'statistics', 'stats', 'rates', 'podcast', 'lecture', 'clas', 'course', 'training', 'essay', 'meme'];

/** Words that start a clause: context checks (reporting words, negation, history, time) stay within one. */
export const CONJUNCTIONS: readonly string[] = ['and', 'but', 'so', 'because', 'cause', 'cuz', 'coz', 'bc', 'then', 'while', 'though', 'although', 'since', 'or', 'when', 'whenever', 'until', 'unless', 'after', 'before', 'if', 'plus'];

/** A clause in the past: risk in it is history ("i attempted suicide years ago", "i used to cut myself"). */
export const PAST: readonly string[] = ['years ago', 'year ago', 'months ago', 'month ago', 'i used to', 'ive used to', 'i once', 'years clean', 'year clean', 'months clean', 'clean for', 'sober for', 'in recovery', 'survived my', 'i survived', 'years since', 'my old', 'in the past'];

/** Phrases that set the whole sentence in the past ("when i was 16 … and was ready to …"), unless a clause says now. */
export const PAST_SCENE: readonly string[] = ['when i was', 'back when', 'back in', 'as a teen', 'as a teenager', 'as a kid', 'as a child', 'in high school', 'in middle school', 'in highschool', 'years ago', 'year ago'];

/** Rare words whose one-letter typos are mended ("suicdal", "mysefl", "overdsoe"). See NOT_TYPOS. */
export const TYPOS: readonly string[] = ['suicide', 'suicidal', 'myself', 'overdose', 'overdosed', 'overdosing', 'unalive', 'kiling', 'hopeles', 'worthles', 'burden', 'lethal', 'paracetamol', 'ibuprofen', 'tylenol', 'goodbye', 'wrists', 'sleping', 'painkilers', 'antidepresants', 'existing'];

/**
 * Real words one typo away from a TYPOS word (as normalised: doubled letters single), never mended. Found
 * by checking every TYPOS word against Debian's wamerican word list (/usr/share/dict/words) once, when
 * the list was written; the list is not read at run time.
 */
export const NOT_TYPOS: readonly string[] = ['ailing', 'antidepresant', 'biling', 'bleping', 'burdens', 'exiting', 'filing', 'godbye', 'grists', 'homeles', 'ibuprofens', 'keling', 'kiding', 'kilings', 'kilning', 'kising', 'kiting', 'lethaly', 'miling', 'oiling', 'overdoes', 'overdoing', 'overdone', 'overdoses', 'painkiler', 'piling', 'riling', 'seping', 'shleping', 'slaping', 'sleding', 'sleking', 'sleting', 'slewing', 'sliping', 'sloping', 'steping', 'suicides', 'sweping', 'tiling', 'waists', 'whists', 'wiling', 'worthies', 'wrests', 'wrist', 'writs'];

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
  conjunctions: CONJUNCTIONS,
  past: [...PAST, ...PAST_SCENE],
  pastScene: PAST_SCENE,
  present: ['now', 'again', 'today', 'tonight', 'lately', 'anymore', 'these days', 'currently', 'right now', 'at the moment'],
  reflexive: ['myself', 'my self'],
  typos: TYPOS,
  notTypos: NOT_TYPOS,
};

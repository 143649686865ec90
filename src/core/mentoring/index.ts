/** Mentoring pairs (issue 19): the part of core's one door that adapters and the scheduler use. */
export { listMentors, MENTOR_CAPACITY_DEFAULT, MENTOR_CAPACITY_MAX, setCapacity } from './mentors.js';
export { MENTORING } from './definition.js';
export { askForMentor, listPairs, myMentoring, pairMentee, PERIOD_WEEKS_DEFAULT, PERIOD_WEEKS_MAX, type PairInput, type Rhythm, RHYTHMS } from './pairs.js';
export { askForDifferentMentor, endPair, endPairPeriod, pausePair, resumePair } from './changes.js';
export { PROMPT_HOUR, promptPair } from './rhythm.js';
export { answerMentorFeedback } from './feedback.js';
export { MENTORING_TOPIC, talkToMentor } from './talk.js';

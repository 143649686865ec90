/** StRaW's part of the one door into core (re-exported by core/index.ts). */
export { assignStraw, closeStraw, strawCase, strawDue } from './cases.js';
export { DEFAULT_STRAW_TOOL, STRAW, STRAW_TIMINGS } from './definition.js';
export { recordStraw, type StrawRecordInput } from './record.js';
export { referColleague, selfRefer, strawConsentAnswered } from './referral.js';

/** Crisis detection and resources: pure, synchronous, in memory (detectors built once: `prepareCrisis`, or on first use). */
export { compileDetector, detectionOf, kindBit, kindMask, kindsOf, NO_SIGNALS, tierOf, tierOfMask, type Detector, type Signal, type Signals } from './detector.js';
export { ConversationContext, type ContextOptions } from './context.js';
export { ENGLISH } from './rules.js';
export {
  createCatalogue,
  isContactLine,
  isLocalEmergency,
  LOCAL_EMERGENCY,
  type CatalogueEntry,
  type ContactLine,
  type CountryResources,
  type CrisisResource,
  type DirectoryResource,
  type ResourceCatalogue,
} from './resources.js';
export type { LocalLanguage, LocalWords } from './resource-types.js';
export { RULE_KINDS, TIERS, tierRank, type Detection, type Rule, type RuleKind, type RulePack, type Tier } from './types.js';
export { compileTables, crisisFrom, detect, DETECTORS, detectMessage, english, FRENCH, GERMAN, identify, identifyLanguage, isPackLanguage, languageOf, PACK_LANGUAGES, PORTUGUESE, prepareCrisis, signalsOf, SPANISH, surelyEnglish, UNDETERMINED, type Crisis, type CrisisTables, type Identification, type LanguageDetection, type PackLanguage } from './lang/index.js';

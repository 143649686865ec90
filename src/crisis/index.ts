/** Crisis detection and resources: pure, synchronous, in memory from start-up. */
export { detect } from './detector.js';
export {
  createCatalogue,
  isContactLine,
  LOCAL_EMERGENCY,
  type CatalogueEntry,
  type ContactLine,
  type CountryResources,
  type CrisisResource,
  type DirectoryResource,
  type ResourceCatalogue,
} from './resources.js';
export { TIERS, tierRank, type Detection, type Tier } from './types.js';

/** Crisis detection and resources: pure, synchronous, in memory from start-up. */
export { detect } from './detector.js';
export { createCatalogue, type CountryResources, type CrisisResource, type ResourceCatalogue } from './resources.js';
export { TIERS, tierRank, type Detection, type Tier } from './types.js';

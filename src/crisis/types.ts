/** Crisis tiers, lowest first. */
export type Tier = 'none' | 'elevated' | 'high' | 'imminent';

export const TIERS: readonly Tier[] = ['none', 'elevated', 'high', 'imminent'];

export function tierRank(tier: Tier): number {
  return TIERS.indexOf(tier);
}

/** What the detector found: the tier and the ids of the rules that decided it (sorted, unique). Never the text. */
export interface Detection {
  readonly tier: Tier;
  readonly rules: readonly string[];
}

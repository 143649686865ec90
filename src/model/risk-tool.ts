/**
 * The TRiM risk-assessment tool is configuration, owned by the organisation's TRiM manager: the exact
 * items and cut-off are taught on TRiM courses and are not public facts this project could verify. It
 * is validated here and versioned in the database; every assessment records the version it used.
 */
import { z } from 'zod';
import { scoreTool } from './programme-tool.js';

export type TrimStage = 'initial' | 'follow-up';

const id = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'ids are lower-case letters, digits and -, up to 40 characters');

const threshold = z.object({
  /** The recommendation applies when the score is at least this. */
  minScore: z.number().int().min(0).max(100),
  recommendation: id,
});

export const riskTool = z
  .object({
    name: z.string().trim().min(1).max(80),
    /** Where the items come from, shown beside the tool so nobody mistakes a default for their training. */
    source: z.string().trim().min(1).max(300),
    items: z
      .array(
        z.object({
          id,
          /** The question the practitioner answers yes or no (Slack limits option labels; keep it short). */
          text: z.string().trim().min(1).max(150),
          weight: z.number().int().min(1).max(10).default(1),
        }),
      )
      .min(1)
      .max(20),
    outcomes: z.array(z.object({ id, label: z.string().trim().min(1).max(75) })).min(1).max(10),
    /** Per stage, score bands to recommendations; one band must start at 0 so every score has one. */
    thresholds: z.object({ initial: z.array(threshold).min(1).max(10), 'follow-up': z.array(threshold).min(1).max(10) }),
  })
  .superRefine((tool, ctx) => {
    const items = new Set<string>();
    for (const item of tool.items) {
      if (items.has(item.id)) ctx.addIssue({ code: 'custom', message: `item id "${item.id}" is used twice`, path: ['items'] });
      items.add(item.id);
    }
    const outcomes = new Set(tool.outcomes.map((o) => o.id));
    if (outcomes.size !== tool.outcomes.length) ctx.addIssue({ code: 'custom', message: 'outcome ids must be different', path: ['outcomes'] });
    for (const stage of ['initial', 'follow-up'] as const) {
      const bands = tool.thresholds[stage];
      if (!bands.some((b) => b.minScore === 0)) ctx.addIssue({ code: 'custom', message: 'one band must start at minScore 0', path: ['thresholds', stage] });
      if (new Set(bands.map((b) => b.minScore)).size !== bands.length) ctx.addIssue({ code: 'custom', message: 'two bands start at the same score', path: ['thresholds', stage] });
      for (const band of bands) {
        if (!outcomes.has(band.recommendation)) {
          ctx.addIssue({ code: 'custom', message: `recommendation "${band.recommendation}" is not one of the outcomes`, path: ['thresholds', stage] });
        }
      }
    }
  });

export type RiskTool = z.output<typeof riskTool>;
export type RiskToolInput = z.input<typeof riskTool>;

/**
 * The commonly cited TRiM items and cut-off (score of 3 or more: monitor at the initial assessment,
 * refer at one month). Shipped as a labelled default only: check it against your TRiM training.
 */
export const DEFAULT_RISK_TOOL: RiskTool = riskTool.parse({
  name: 'Commonly cited TRiM risk items (default — check against your TRiM training)',
  source:
    'The ten items and the cut-off of 3 most often cited in public descriptions of TRiM. They are not verified against the March on Stress course material: your TRiM manager should replace or confirm them.',
  items: [
    { id: 'threat-to-life', text: 'Felt their life was threatened during the event?' },
    { id: 'loss-of-control', text: 'Felt out of control during the event?' },
    { id: 'blame', text: 'Blames others for what happened?' },
    { id: 'shame-guilt', text: 'Feels shame or guilt about the event?' },
    { id: 'acute-stress', text: 'Shows acute stress reactions (sleep, intrusive memories, on edge)?' },
    { id: 'functioning', text: 'Struggling with day-to-day functioning, at work or at home?' },
    { id: 'poor-support', text: 'Lacks social support (friends, family, colleagues)?' },
    { id: 'life-stressors', text: 'Facing other stressors in life just now?' },
    { id: 'alcohol', text: 'Drinking more alcohol (or using other substances) to cope?' },
    { id: 'previous-trauma', text: 'Has been through a previous traumatic event?' },
  ],
  outcomes: [
    { id: 'no-further-action', label: 'No further action beyond the planned follow-up' },
    { id: 'monitor', label: 'Monitor: stay in touch before the follow-up' },
    { id: 'close', label: 'No further TRiM action: close at follow-up' },
    { id: 'refer', label: 'Refer for professional assessment' },
  ],
  thresholds: {
    initial: [
      { minScore: 0, recommendation: 'no-further-action' },
      { minScore: 3, recommendation: 'monitor' },
    ],
    'follow-up': [
      { minScore: 0, recommendation: 'close' },
      { minScore: 3, recommendation: 'refer' },
    ],
  },
});

export interface Scored {
  readonly score: number;
  readonly recommendation: string;
}

/** The programme engine's scoring (programme-tool.ts): weights of the yes items, then the highest band reached. */
export function scoreAssessment(tool: RiskTool, stage: TrimStage, answers: Readonly<Record<string, boolean>>): Scored {
  const { score, recommendation } = scoreTool(tool, stage, answers);
  // The schema guarantees a band at 0, so a recommendation is always found.
  return { score, recommendation: recommendation! };
}

export function outcomeLabel(tool: RiskTool, outcome: string): string {
  if (outcome === 'declined') return 'Declined to take part';
  return tool.outcomes.find((o) => o.id === outcome)?.label ?? outcome;
}

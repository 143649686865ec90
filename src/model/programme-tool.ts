/**
 * A programme's tool (StRaW's conversation guide, TRiM-like risk items, a mentoring check-in): items
 * answered yes/no, the outcomes to choose from, and per scored step, score bands to a recommended
 * outcome. It is configuration owned by the community's programme managers, validated here and
 * versioned in the database; each recorded step keeps the version it used. TRiM's own risk tool
 * (risk-tool.ts) is the same shape with its two stages fixed.
 */
import { z } from 'zod';
import { type MessageId, type ParamsOf, t, type Text } from '../i18n/index.js';

const id = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'trim.tool.invalid.id' satisfies MessageId);

/** Its parameters ride on the zod issue (`params`) and are put back together by core's parseInput. */
const UNKNOWN_RECOMMENDATION = 'trim.tool.invalid.unknownRecommendation' satisfies MessageId;

const band = z.object({
  /** The recommendation applies when the score is at least this. */
  minScore: z.number().int().min(0).max(100),
  recommendation: id,
});

export const programmeTool = z
  .object({
    name: z.string().trim().min(1).max(80),
    /** Where the items come from, shown beside the tool so nobody mistakes a default for their training. */
    source: z.string().trim().min(1).max(300),
    items: z
      .array(z.object({ id, text: z.string().trim().min(1).max(150), weight: z.number().int().min(1).max(10).default(1) }))
      .min(1)
      .max(20),
    outcomes: z.array(z.object({ id, label: z.string().trim().min(1).max(75) })).min(1).max(10),
    /** Per scored step id, score bands to recommendations; one band must start at 0 so every score has one. */
    thresholds: z.record(id, z.array(band).min(1).max(10)),
  })
  .superRefine((tool, ctx) => {
    if (new Set(tool.items.map((i) => i.id)).size !== tool.items.length) ctx.addIssue({ code: 'custom', message: 'checks.tool.itemIds' satisfies MessageId, path: ['items'] });
    const outcomes = new Set(tool.outcomes.map((o) => o.id));
    if (outcomes.size !== tool.outcomes.length) ctx.addIssue({ code: 'custom', message: 'trim.tool.invalid.outcomeTwice' satisfies MessageId, path: ['outcomes'] });
    for (const [step, bands] of Object.entries(tool.thresholds)) {
      if (!bands.some((b) => b.minScore === 0)) ctx.addIssue({ code: 'custom', message: 'trim.tool.invalid.noZeroBand' satisfies MessageId, path: ['thresholds', step] });
      if (new Set(bands.map((b) => b.minScore)).size !== bands.length) ctx.addIssue({ code: 'custom', message: 'trim.tool.invalid.sameScore' satisfies MessageId, path: ['thresholds', step] });
      for (const b of bands) {
        if (!outcomes.has(b.recommendation)) {
          const params = { id: b.recommendation } satisfies ParamsOf<typeof UNKNOWN_RECOMMENDATION>;
          ctx.addIssue({ code: 'custom', message: UNKNOWN_RECOMMENDATION, params, path: ['thresholds', step] });
        }
      }
    }
  });

export type ProgrammeTool = z.output<typeof programmeTool>;

/** The tool checked against the steps a programme scores: each of them needs its bands. Null when it fits. */
export function missingBands(tool: ProgrammeTool, scoredSteps: readonly string[]): Text | null {
  const missing = scoredSteps.filter((s) => tool.thresholds[s] === undefined);
  // Step ids are the programme's own (data), listed as they are.
  return missing.length === 0 ? null : t('checks.tool.bands', { steps: missing.join(', ') });
}

/** Sums the weights of the items answered yes and picks the band with the highest start the score reaches. */
export function scoreTool(tool: Pick<ProgrammeTool, 'items'> & { thresholds: Readonly<Record<string, readonly z.infer<typeof band>[]>> }, step: string, answers: Readonly<Record<string, boolean>>): { score: number; recommendation: string | null } {
  const score = tool.items.reduce((sum, item) => sum + (answers[item.id] === true ? item.weight : 0), 0);
  const bands = tool.thresholds[step] ?? [];
  const found = [...bands].sort((a, b) => b.minScore - a.minScore).find((b) => score >= b.minScore);
  return { score, recommendation: found?.recommendation ?? null };
}

/**
 * The TRiM risk-assessment tool is configuration, owned by the organisation's TRiM manager: the exact
 * items and cut-off are taught on TRiM courses and are not public facts this project could verify. It
 * is validated here and versioned in the database; every assessment records the version it used.
 */
import { z } from 'zod';
import { localise, type MessageId, sourceText, t, type Text } from '../i18n/index.js';
import { scoreTool } from './programme-tool.js';

export type TrimStage = 'initial' | 'follow-up';

/**
 * Validation messages in English: a refusal's `invalid` reason carries a string (core/result.ts), so they
 * are the catalogue's English until that reason takes a message.
 */
const english = (text: Text): string => localise(text, 'en');

const id = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, sourceText('trim.tool.invalid.id'));

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
      if (items.has(item.id)) ctx.addIssue({ code: 'custom', message: english(t('trim.tool.invalid.itemTwice', { id: item.id })), path: ['items'] });
      items.add(item.id);
    }
    const outcomes = new Set(tool.outcomes.map((o) => o.id));
    if (outcomes.size !== tool.outcomes.length) ctx.addIssue({ code: 'custom', message: sourceText('trim.tool.invalid.outcomeTwice'), path: ['outcomes'] });
    for (const stage of ['initial', 'follow-up'] as const) {
      const bands = tool.thresholds[stage];
      if (!bands.some((b) => b.minScore === 0)) ctx.addIssue({ code: 'custom', message: sourceText('trim.tool.invalid.noZeroBand'), path: ['thresholds', stage] });
      if (new Set(bands.map((b) => b.minScore)).size !== bands.length) ctx.addIssue({ code: 'custom', message: sourceText('trim.tool.invalid.sameScore'), path: ['thresholds', stage] });
      for (const band of bands) {
        if (!outcomes.has(band.recommendation)) {
          ctx.addIssue({ code: 'custom', message: english(t('trim.tool.invalid.unknownRecommendation', { id: band.recommendation })), path: ['thresholds', stage] });
        }
      }
    }
  });

export type RiskTool = z.output<typeof riskTool>;
export type RiskToolInput = z.input<typeof riskTool>;

/** The default tool's items, by id, with the message that holds each item's words. */
const DEFAULT_ITEMS = {
  'threat-to-life': 'trim.tool.item.threatToLife',
  'loss-of-control': 'trim.tool.item.lossOfControl',
  blame: 'trim.tool.item.blame',
  'shame-guilt': 'trim.tool.item.shameGuilt',
  'acute-stress': 'trim.tool.item.acuteStress',
  functioning: 'trim.tool.item.functioning',
  'poor-support': 'trim.tool.item.poorSupport',
  'life-stressors': 'trim.tool.item.lifeStressors',
  alcohol: 'trim.tool.item.alcohol',
  'previous-trauma': 'trim.tool.item.previousTrauma',
} as const satisfies Readonly<Record<string, MessageId>>;

/** The default tool's outcomes, by id, with the message that holds each label. */
const DEFAULT_OUTCOMES = {
  'no-further-action': 'trim.tool.outcome.noFurtherAction',
  monitor: 'trim.tool.outcome.monitor',
  close: 'trim.tool.outcome.close',
  refer: 'trim.tool.outcome.refer',
} as const satisfies Readonly<Record<string, MessageId>>;

const DEFAULT_NAME = 'trim.tool.default.name' satisfies MessageId;
const DEFAULT_SOURCE = 'trim.tool.default.source' satisfies MessageId;

/**
 * The commonly cited TRiM items and cut-off (score of 3 or more: monitor at the initial assessment,
 * refer at one month). Shipped as a labelled default only: check it against your TRiM training. It is
 * stored in English (the catalogue's source); `itemText` and the others below show it in the reader's
 * language for as long as a text is the default's own.
 */
export const DEFAULT_RISK_TOOL: RiskTool = riskTool.parse({
  name: sourceText(DEFAULT_NAME),
  source: sourceText(DEFAULT_SOURCE),
  items: Object.entries(DEFAULT_ITEMS).map(([id, msg]) => ({ id, text: sourceText(msg) })),
  outcomes: Object.entries(DEFAULT_OUTCOMES).map(([id, msg]) => ({ id, label: sourceText(msg) })),
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

/** The catalogue's message for a text the default tool ships (same id, same English words), else the text as configured. */
function shipped(table: Readonly<Record<string, MessageId>>, id: string, text: string): Text {
  const msg = Object.hasOwn(table, id) ? table[id] : undefined;
  return msg !== undefined && sourceText(msg) === text ? t(msg) : text;
}

/** A tool item's question: a community's own wording as they wrote it, the default's in the reader's language. */
export const itemText = (item: { readonly id: string; readonly text: string }): Text => shipped(DEFAULT_ITEMS, item.id, item.text);

/** The tool's name and where its items come from, likewise. */
export const toolNameText = (tool: Pick<RiskTool, 'name'>): Text => (tool.name === sourceText(DEFAULT_NAME) ? t(DEFAULT_NAME) : tool.name);
export const toolSourceText = (tool: Pick<RiskTool, 'source'>): Text => (tool.source === sourceText(DEFAULT_SOURCE) ? t(DEFAULT_SOURCE) : tool.source);

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

/** An outcome's label (a declined assessment's included), in the reader's language where it is the default's. */
export function outcomeText(tool: RiskTool, outcome: string): Text {
  if (outcome === 'declined') return t('trim.tool.outcome.declined');
  const label = tool.outcomes.find((o) => o.id === outcome)?.label;
  return label === undefined ? outcome : shipped(DEFAULT_OUTCOMES, outcome, label);
}

/**
 * A programme's tool is configuration owned by its managers: each save is a new version and each step
 * records the version it was answered on, so changing the tool never alters past records. The shipped
 * default is saved as version 1 the first time a community needs it, and is shown labelled as a default.
 */
import { DEFAULT_PROGRAMME_TOOL_AUTHOR, insertFirstProgrammeTool, latestProgrammeTool, programmeToolVersion, saveProgrammeToolVersion } from '../../db/queries/programmes.js';
import type { Db } from '../../db/client.js';
import { lines, t, type Text } from '../../i18n/index.js';
import { missingBands, programmeTool, type ProgrammeTool } from '../../model/programme-tool.js';
import type { Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import { parseInput } from '../guards.js';
import { fail, ok, type Result } from '../result.js';
import type { TextView as View } from '../views/types.js';
import { loadProgrammeAccess } from './access.js';
import { programmeAudit } from './audit.js';
import type { ProgrammeDefinition } from './definition.js';

/** Longest tool JSON taken (Slack's limit for a text input). */
export const PROGRAMME_TOOL_JSON_MAX = 3000;

export interface VersionedProgrammeTool {
  readonly version: number;
  readonly tool: ProgrammeTool;
  readonly shipped: boolean;
}

/** The community's newest tool for the programme, the default saved first if there is none. Null: the programme has no tool. */
export async function currentProgrammeTool(db: Db, def: ProgrammeDefinition, communityId: string, now: Date): Promise<VersionedProgrammeTool | null> {
  const latest = await latestProgrammeTool(db, communityId, def.id);
  if (latest !== null) return { version: latest.version, tool: latest.tool, shipped: latest.createdBy === DEFAULT_PROGRAMME_TOOL_AUTHOR };
  if (def.defaultTool === null) return null;
  await insertFirstProgrammeTool(db, { communityId, programme: def.id, tool: def.defaultTool, by: DEFAULT_PROGRAMME_TOOL_AUTHOR, now });
  return currentProgrammeTool(db, def, communityId, now);
}

export async function programmeToolAt(db: Db, def: ProgrammeDefinition, communityId: string, version: number): Promise<ProgrammeTool | null> {
  return (await programmeToolVersion(db, communityId, def.id, version))?.tool ?? null;
}

/** Texts joined with a separator the catalogue holds (`; `, ` · `), for lists inside one line; empty when there are none. */
export function joinWith(id: 'programme.join.semicolon' | 'programme.join.dot', parts: readonly Text[]): Text {
  return parts.length === 0 ? '' : parts.slice(1).reduce<Text>((a, b) => t(id, { a, b }), parts[0]!);
}

/**
 * How a tool reads: where a community's tool still holds the shipped default's words (the same text for
 * the same id), the catalogue's, in the reader's language; otherwise the community's own words (data).
 */
export function toolWords(def: ProgrammeDefinition, tool: ProgrammeTool) {
  const words = def.defaultToolWords;
  const shipped = def.defaultTool;
  const pick = (own: string, english: string | undefined, catalogue: Text | undefined): Text => (catalogue !== undefined && english === own ? catalogue : own);
  return {
    name: pick(tool.name, shipped?.name, words?.name),
    source: pick(tool.source, shipped?.source, words?.source),
    item: (item: { id: string; text: string }): Text => pick(item.text, shipped?.items.find((i) => i.id === item.id)?.text, words?.items[item.id]),
    /** An outcome's label by id (the id itself when the tool has no such outcome; null reads "none"). */
    outcome: (id: string): Text => {
      const own = tool.outcomes.find((o) => o.id === id)?.label;
      return own === undefined ? id : pick(own, shipped?.outcomes.find((o) => o.id === id)?.label, words?.outcomes[id]);
    },
  };
}

const scoredSteps = (def: ProgrammeDefinition) => def.steps.filter((s) => s.scored).map((s) => s.id);

/** The tool in use, for the programme's staff: items, outcomes, bands, and whether it is still the shipped default. */
export async function showProgrammeTool(deps: CoreDeps, actor: Actor, def: ProgrammeDefinition): Promise<Result<View>> {
  const access = await loadProgrammeAccess(deps, actor, def);
  if (!access.ok) return access;
  const current = await currentProgrammeTool(deps.db, def, access.value.community.id, deps.clock());
  if (current === null) return fail('not-found');
  const { version, tool, shipped } = current;
  const words = toolWords(def, tool);
  return ok({
    title: t('programme.tool.title', { programme: def.name, version }),
    text: lines(words.name, words.source, shipped ? t('programme.tool.default', { programme: def.name, role: def.roleLabel[def.managerRole] ?? def.managerRole }) : null),
    fields: [
      ...tool.items.map((item, i) => ({ label: t('programme.tool.item', { n: i + 1, id: item.id, weight: item.weight }), value: words.item(item) })),
      { label: t('programme.tool.outcomes'), value: lines(...tool.outcomes.map((o) => t('programme.tool.outcome', { id: o.id, label: words.outcome(o.id) }))) },
      ...scoredSteps(def).map((step) => ({
        label: t('programme.tool.bands', { step: def.steps.find((s) => s.id === step)?.label ?? step }),
        value: joinWith(
          'programme.join.semicolon',
          [...(tool.thresholds[step] ?? [])].sort((a, b) => a.minScore - b.minScore).map((b) => t('programme.tool.band', { min: b.minScore, outcome: words.outcome(b.recommendation) })),
        ),
      })),
    ],
    tone: 'neutral',
  });
}

/** Saves a new version from JSON, for the programme's managers; checked against the steps it must score. */
export async function saveProgrammeTool(deps: CoreDeps, actor: Actor, def: ProgrammeDefinition, raw: { json: string }): Promise<Result<View>> {
  const access = await loadProgrammeAccess(deps, actor, def, 'manager');
  if (!access.ok) return access;
  if (raw.json.length > PROGRAMME_TOOL_JSON_MAX) return fail('conflict', { id: 'tool-too-long', length: raw.json.length, max: PROGRAMME_TOOL_JSON_MAX });
  let value: unknown;
  try {
    value = JSON.parse(raw.json);
  } catch {
    return fail('bad-input', { id: 'not-json' }, 'tool');
  }
  const parsed = parseInput(programmeTool, value);
  if (!parsed.ok) return fail('bad-input', parsed.error.reason, 'tool');
  const missing = missingBands(parsed.value, scoredSteps(def));
  if (missing !== null) return fail('bad-input', { id: 'invalid', path: 'thresholds', message: missing }, 'tool');
  const now = deps.clock();
  const communityId = access.value.community.id;
  const version = await deps.db.transaction(async (tx) => {
    await currentProgrammeTool(tx, def, communityId, now);
    const saved = await saveProgrammeToolVersion(tx, { communityId, programme: def.id, tool: parsed.value, by: actor.user, now });
    await programmeAudit(tx, def, { communityId, actorRef: actor.user, action: 'tool.saved', detail: { version: saved, items: parsed.value.items.length }, at: now });
    return saved;
  });
  return ok({ title: t('programme.tool.saved.title', { programme: def.name, version }), text: t('programme.tool.saved.text', { version }), tone: 'success' });
}

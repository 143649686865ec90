/**
 * A programme's tool is configuration owned by its managers: each save is a new version and each step
 * records the version it was answered on, so changing the tool never alters past records. The shipped
 * default is saved as version 1 the first time a community needs it, and is shown labelled as a default.
 */
import { DEFAULT_PROGRAMME_TOOL_AUTHOR, insertFirstProgrammeTool, latestProgrammeTool, programmeToolVersion, saveProgrammeToolVersion } from '../../db/queries/programmes.js';
import type { Db } from '../../db/client.js';
import { missingBands, programmeTool, type ProgrammeTool } from '../../model/programme-tool.js';
import type { Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import { parseInput } from '../guards.js';
import { fail, ok, type Result } from '../result.js';
import type { View } from '../views/types.js';
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

const scoredSteps = (def: ProgrammeDefinition) => def.steps.filter((s) => s.scored).map((s) => s.id);

/** The tool in use, for the programme's staff: items, outcomes, bands, and whether it is still the shipped default. */
export async function showProgrammeTool(deps: CoreDeps, actor: Actor, def: ProgrammeDefinition): Promise<Result<View>> {
  const access = await loadProgrammeAccess(deps, actor, def);
  if (!access.ok) return access;
  const current = await currentProgrammeTool(deps.db, def, access.value.community.id, deps.clock());
  if (current === null) return fail('not-found');
  const { version, tool, shipped } = current;
  const label = (id: string) => tool.outcomes.find((o) => o.id === id)?.label ?? id;
  return ok({
    title: `${def.name} tool, version ${version}`,
    text: [tool.name, tool.source, shipped ? `This is the default Peerline ships. Check it against your organisation's ${def.name} training; a ${def.roleLabel[def.managerRole]} can save a new version (see ${def.name} help).` : '']
      .filter((t) => t !== '')
      .join('\n'),
    fields: [
      ...tool.items.map((item, i) => ({ label: `${i + 1}. ${item.id}${item.weight === 1 ? '' : ` (weight ${item.weight})`}`, value: item.text })),
      { label: 'Outcomes', value: tool.outcomes.map((o) => `${o.id}: ${o.label}`).join('\n') },
      ...scoredSteps(def).map((step) => ({
        label: `Bands: ${def.steps.find((s) => s.id === step)?.label ?? step}`,
        value: [...(tool.thresholds[step] ?? [])]
          .sort((a, b) => a.minScore - b.minScore)
          .map((b) => `${b.minScore}+ → ${label(b.recommendation)}`)
          .join('; '),
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
  return ok({ title: `${def.name} tool version ${version} saved`, text: `New records use version ${version}. Records already made keep the version they were answered on.`, tone: 'success' });
}

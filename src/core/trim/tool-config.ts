/**
 * The risk tool as the TRiM manager sees and changes it. A change saves a new version; assessments
 * already recorded keep pointing at the version they were answered on.
 */
import { audit } from '../../db/queries/audit.js';
import { currentTool, DEFAULT_TOOL_AUTHOR, saveToolVersion, toolAuthor } from '../../db/queries/trim.js';
import type { Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import { parseInput } from '../guards.js';
import { fail, ok, type Result } from '../result.js';
import type { FormView, View } from '../views/types.js';
import { loadTrimAccess } from './access.js';
import { riskTool } from './tool.js';

export const TOOL_FORM_ID = 'pl:form:trim-tool';
/** Slack's limit for a text input, and so for the tool as JSON. */
export const TOOL_JSON_MAX = 3000;

export async function showTool(deps: CoreDeps, actor: Actor): Promise<Result<View>> {
  const access = await loadTrimAccess(deps, actor);
  if (!access.ok) return access;
  const { version, tool } = await currentTool(deps.db, access.value.community.id, deps.clock());
  const shipped = (await toolAuthor(deps.db, access.value.community.id, version)) === DEFAULT_TOOL_AUTHOR;
  const band = (stage: 'initial' | 'follow-up') =>
    [...tool.thresholds[stage]]
      .sort((a, b) => a.minScore - b.minScore)
      .map((b) => `${b.minScore}+ → ${tool.outcomes.find((o) => o.id === b.recommendation)?.label ?? b.recommendation}`)
      .join('; ');
  return ok({
    title: `Risk tool, version ${version}`,
    text: [
      tool.name,
      tool.source,
      shipped ? 'This is the default Peerline ships. Check it against your TRiM training; a TRiM manager can save a new version with the TRiM tool edit command (see TRiM help).' : '',
    ]
      .filter((t) => t !== '')
      .join('\n'),
    fields: [
      ...tool.items.map((item, i) => ({ label: `${i + 1}. ${item.id}${item.weight === 1 ? '' : ` (weight ${item.weight})`}`, value: item.text })),
      { label: 'Initial assessment', value: band('initial') },
      { label: 'Follow-up assessment', value: band('follow-up') },
    ],
    tone: 'neutral',
  });
}

/** The edit form: the current version as JSON, for a TRiM manager to change. */
export async function toolForm(deps: CoreDeps, actor: Actor): Promise<Result<FormView>> {
  const access = await loadTrimAccess(deps, actor, 'manager');
  if (!access.ok) return access;
  const { version, tool } = await currentTool(deps.db, access.value.community.id, deps.clock());
  const json = JSON.stringify(tool);
  if (json.length > TOOL_JSON_MAX) return fail('conflict', { id: 'tool-too-long', length: json.length, max: TOOL_JSON_MAX });
  return ok({
    id: TOOL_FORM_ID,
    title: 'Edit the risk tool',
    submitLabel: 'Save new version',
    fields: [
      { kind: 'info', id: 'about', text: `Version ${version}. Saving makes version ${version + 1}; assessments already recorded keep the version they used.` },
      { kind: 'text', id: 'tool', label: 'The tool as JSON', maxLength: TOOL_JSON_MAX, multiline: true, required: true, initial: json, hint: 'items (id, text, weight), outcomes (id, label), thresholds per stage (minScore, recommendation).' },
    ],
  });
}

export async function saveTool(deps: CoreDeps, actor: Actor, raw: { json: string }): Promise<Result<View>> {
  const access = await loadTrimAccess(deps, actor, 'manager');
  if (!access.ok) return access;
  let value: unknown;
  try {
    value = JSON.parse(raw.json);
  } catch {
    return fail('bad-input', { id: 'not-json' }, 'tool');
  }
  const parsed = parseInput(riskTool, value);
  if (!parsed.ok) return fail('bad-input', parsed.error.reason, 'tool');
  const now = deps.clock();
  const version = await deps.db.transaction(async (tx) => {
    const saved = await saveToolVersion(tx, access.value.community.id, parsed.value, actor.user, now);
    await audit(tx, { communityId: access.value.community.id, actorRef: actor.user, action: 'trim.tool.saved', detail: { version: saved, items: parsed.value.items.length }, at: now });
    return saved;
  });
  return ok({ title: `Risk tool version ${version} saved`, text: `New assessments use version ${version}. Assessments already recorded keep the version they were answered on.`, tone: 'success' });
}

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
import { lines, t, type Text } from '../../i18n/index.js';
import type { TextForm, TextView } from '../views/types.js';
import { loadTrimAccess } from './access.js';
import { itemText, outcomeText, riskTool, toolNameText, toolSourceText } from './tool.js';

export const TOOL_FORM_ID = 'pl:form:trim-tool';
/** Slack's limit for a text input, and so for the tool as JSON. */
export const TOOL_JSON_MAX = 3000;

export async function showTool(deps: CoreDeps, actor: Actor): Promise<Result<TextView>> {
  const access = await loadTrimAccess(deps, actor);
  if (!access.ok) return access;
  const { version, tool } = await currentTool(deps.db, access.value.community.id, deps.clock());
  const shipped = (await toolAuthor(deps.db, access.value.community.id, version)) === DEFAULT_TOOL_AUTHOR;
  // Bands joined with "; " (a separator, not words), each "3+ → outcome".
  const band = (stage: 'initial' | 'follow-up') =>
    [...tool.thresholds[stage]]
      .sort((a, b) => a.minScore - b.minScore)
      .map((b): Text => t('trim.tool.band', { min: String(b.minScore), outcome: outcomeText(tool, b.recommendation) }))
      .reduce((all, next) => t('trim.tool.bands', { all, band: next }));
  return ok({
    title: t('trim.tool.title', { version: String(version) }),
    text: lines(toolNameText(tool), toolSourceText(tool), shipped ? t('trim.tool.shipped') : null),
    fields: [
      ...tool.items.map((item, i) => ({ label: t('trim.tool.itemLabel', { n: String(i + 1), id: item.id, weight: item.weight === 1 ? 'one' : String(item.weight) }), value: itemText(item) })),
      { label: t('trim.tool.initial'), value: band('initial') },
      { label: t('trim.tool.followUp'), value: band('follow-up') },
    ],
    tone: 'neutral',
  });
}

/** The edit form: the current version as JSON, for a TRiM manager to change. */
export async function toolForm(deps: CoreDeps, actor: Actor): Promise<Result<TextForm>> {
  const access = await loadTrimAccess(deps, actor, 'manager');
  if (!access.ok) return access;
  const { version, tool } = await currentTool(deps.db, access.value.community.id, deps.clock());
  const json = JSON.stringify(tool);
  if (json.length > TOOL_JSON_MAX) return fail('conflict', { id: 'tool-too-long', length: json.length, max: TOOL_JSON_MAX });
  return ok({
    id: TOOL_FORM_ID,
    title: t('trim.tool.form.title'),
    submitLabel: t('trim.tool.form.submit'),
    fields: [
      { kind: 'info', id: 'about', text: t('trim.tool.form.about', { version: String(version), next: String(version + 1) }) },
      { kind: 'text', id: 'tool', label: t('trim.tool.form.json'), maxLength: TOOL_JSON_MAX, multiline: true, required: true, initial: json, hint: t('trim.tool.form.hint') },
    ],
  });
}

export async function saveTool(deps: CoreDeps, actor: Actor, raw: { json: string }): Promise<Result<TextView>> {
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
  return ok({ title: t('trim.tool.saved.title', { version: String(version) }), text: t('trim.tool.saved.text', { version: String(version) }), tone: 'success' });
}

/**
 * The TRiM commands every chat adapter offers alike — read a list or a record, or change one — and
 * the core use case each runs. Adapters parse their own payloads into these (people as platform ids)
 * and hand over how to turn an id into their user ref.
 */
import { type Actor, assignTrimRole, closeCases, type CoreDeps, listDue, listTrimStaff, reassignCase, recordPlanning, removeTrimRole, type Result, showIncident, showTool, type View } from '../core/index.js';

export type TrimRecordCommand =
  | { readonly kind: 'due' }
  | { readonly kind: 'case'; readonly number: number }
  | { readonly kind: 'planned'; readonly number: number }
  | { readonly kind: 'assign'; readonly number: number; readonly person: string; readonly practitioner: string }
  | { readonly kind: 'close'; readonly number: number; readonly person: string | null }
  | { readonly kind: 'tool' }
  | { readonly kind: 'role-add'; readonly user: string; readonly role: 'practitioner' | 'manager' }
  | { readonly kind: 'role-remove'; readonly user: string }
  | { readonly kind: 'roles' };

const RECORD_KINDS: ReadonlySet<string> = new Set<TrimRecordCommand['kind']>(['due', 'case', 'planned', 'assign', 'close', 'tool', 'role-add', 'role-remove', 'roles']);

export function isTrimRecordCommand<C extends { readonly kind: string }>(cmd: C): cmd is Extract<C, TrimRecordCommand> {
  return RECORD_KINDS.has(cmd.kind);
}

/** Runs `cmd` as `actor`; `ref` builds the adapter's user ref from a platform user id. */
export function runTrimRecordCommand(
  deps: CoreDeps,
  guarded: (what: string, run: () => Promise<Result<View>>) => Promise<View>,
  actor: Actor,
  cmd: TrimRecordCommand,
  ref: (id: string) => string,
): Promise<View> {
  switch (cmd.kind) {
    case 'due':
      return guarded('trim-due', () => listDue(deps, actor));
    case 'case':
      return guarded('trim-case', () => showIncident(deps, actor, { number: cmd.number }));
    case 'planned':
      return guarded('trim-planned', () => recordPlanning(deps, actor, { number: cmd.number }));
    case 'assign':
      return guarded('trim-assign', () => reassignCase(deps, actor, { number: cmd.number, person: ref(cmd.person), practitioner: ref(cmd.practitioner) }));
    case 'close':
      return guarded('trim-close', () => closeCases(deps, actor, { number: cmd.number, ...(cmd.person === null ? {} : { person: ref(cmd.person) }) }));
    case 'tool':
      return guarded('trim-tool', () => showTool(deps, actor));
    case 'role-add':
      return guarded('trim-role-add', () => assignTrimRole(deps, actor, { user: ref(cmd.user), role: cmd.role }));
    case 'role-remove':
      return guarded('trim-role-remove', () => removeTrimRole(deps, actor, { user: ref(cmd.user) }));
    case 'roles':
      return guarded('trim-roles', () => listTrimStaff(deps, actor));
  }
}

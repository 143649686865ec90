/**
 * One ChatPlatform for the whole process that hands each call to the adapter owning the ref: every ref
 * an adapter builds starts with its prefix (`discord:`, `slack:`, `web:`), so core, the scheduler and
 * crisis routing never need to know which platform a community lives on.
 */
import { type ChatPlatform, type Delivery, type OpenSpaceInput, type TextForm as FormView, type TextView as View } from '../core/index.js';
import type { Text } from '../i18n/index.js';

export class UnknownPlatformError extends Error {
  override readonly name = 'UnknownPlatformError';
  constructor(readonly ref: string) {
    // i18n-exempt: an Error for a wiring bug, logged for operators
    super(`no adapter is registered for ref prefix "${ref.split(':', 1)[0] ?? ''}"`);
  }
}

export class PlatformRouter implements ChatPlatform {
  readonly #adapters = new Map<string, ChatPlatform>();

  register(prefix: string, adapter: ChatPlatform): void {
    if (this.#adapters.has(prefix)) throw new Error(`an adapter is already registered for "${prefix}"`);
    this.#adapters.set(prefix, adapter);
  }

  unregister(prefix: string): void {
    this.#adapters.delete(prefix);
  }

  #for(ref: string): ChatPlatform {
    const adapter = this.#adapters.get(ref.slice(0, ref.indexOf(':')));
    if (adapter === undefined) throw new UnknownPlatformError(ref);
    return adapter;
  }

  sendPrivate(user: string, view: View, channel?: string, delivery?: Delivery): Promise<string | null> {
    return this.#for(user).sendPrivate(user, view, channel, delivery);
  }
  postToChannel(channel: string, view: View, delivery?: Delivery): Promise<string> {
    return this.#for(channel).postToChannel(channel, view, delivery);
  }
  updateMessage(message: string, view: View): Promise<void> {
    return this.#for(message).updateMessage(message, view);
  }
  openSpace(input: OpenSpaceInput): Promise<string> {
    return this.#for(input.community).openSpace(input);
  }
  postToSpace(space: string, view: View, delivery?: Delivery): Promise<string> {
    return this.#for(space).postToSpace(space, view, delivery);
  }
  closeSpace(space: string): Promise<void> {
    return this.#for(space).closeSpace(space);
  }
  linkTo(message: string): Promise<string | null> {
    return this.#for(message).linkTo(message);
  }
  explainFailure(error: unknown): Text | null {
    for (const adapter of this.#adapters.values()) {
      const explained = adapter.explainFailure?.(error) ?? null;
      if (explained !== null) return explained;
    }
    return null;
  }

  async openForm(user: string, form: FormView, trigger: string): Promise<boolean> {
    const adapter = this.#for(user);
    return adapter.openForm === undefined ? false : adapter.openForm(user, form, trigger);
  }
}

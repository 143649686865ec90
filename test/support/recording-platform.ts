/**
 * An in-memory ChatPlatform that records what core asked of it. It stands where Discord or Slack
 * would, at the edge, so core tests can assert what a person would have seen.
 */
import type { ChatPlatform, OpenSpaceInput } from '../../src/core/ports.js';
import type { View } from '../../src/core/views/types.js';

export type PlatformCall =
  | { readonly op: 'sendPrivate'; readonly user: string; readonly view: View; readonly channel?: string; readonly ref: string }
  | { readonly op: 'postToChannel'; readonly channel: string; readonly view: View; readonly ref: string }
  | { readonly op: 'updateMessage'; readonly message: string; readonly view: View }
  | { readonly op: 'openSpace'; readonly input: OpenSpaceInput; readonly ref: string }
  | { readonly op: 'postToSpace'; readonly space: string; readonly view: View; readonly ref: string }
  | { readonly op: 'closeSpace'; readonly space: string };

type Op = PlatformCall['op'];

export class RecordingPlatform implements ChatPlatform {
  readonly calls: PlatformCall[] = [];
  readonly #failures = new Map<Op, Error[]>();
  #next = 0;

  /** The next call of `op` throws `error` (once per call to this method). */
  failNext(op: Op, error: Error = new Error('platform refused')): void {
    this.#failures.set(op, [...(this.#failures.get(op) ?? []), error]);
  }

  of<O extends Op>(op: O): Extract<PlatformCall, { op: O }>[] {
    return this.calls.filter((c): c is Extract<PlatformCall, { op: O }> => c.op === op);
  }

  privateTo(user: string): View[] {
    return this.of('sendPrivate')
      .filter((c) => c.user === user)
      .map((c) => c.view);
  }

  clear(): void {
    this.calls.length = 0;
  }

  #maybeFail(op: Op): void {
    const queue = this.#failures.get(op);
    const error = queue?.shift();
    if (error !== undefined) throw error;
  }

  #ref(kind: string): string {
    this.#next += 1;
    return `test:${kind}:${this.#next}`;
  }

  async sendPrivate(user: string, view: View, channel?: string): Promise<string> {
    this.#maybeFail('sendPrivate');
    const ref = this.#ref('dm');
    this.calls.push(channel === undefined ? { op: 'sendPrivate', user, view, ref } : { op: 'sendPrivate', user, view, channel, ref });
    return Promise.resolve(ref);
  }

  async postToChannel(channel: string, view: View): Promise<string> {
    this.#maybeFail('postToChannel');
    const ref = this.#ref('msg');
    this.calls.push({ op: 'postToChannel', channel, view, ref });
    return Promise.resolve(ref);
  }

  async updateMessage(message: string, view: View): Promise<void> {
    this.#maybeFail('updateMessage');
    this.calls.push({ op: 'updateMessage', message, view });
    return Promise.resolve();
  }

  async openSpace(input: OpenSpaceInput): Promise<string> {
    this.#maybeFail('openSpace');
    const ref = this.#ref('space');
    this.calls.push({ op: 'openSpace', input, ref });
    return Promise.resolve(ref);
  }

  async postToSpace(space: string, view: View): Promise<string> {
    this.#maybeFail('postToSpace');
    const ref = this.#ref('msg');
    this.calls.push({ op: 'postToSpace', space, view, ref });
    return Promise.resolve(ref);
  }

  async closeSpace(space: string): Promise<void> {
    this.#maybeFail('closeSpace');
    this.calls.push({ op: 'closeSpace', space });
    return Promise.resolve();
  }

  async linkTo(message: string): Promise<string> {
    return Promise.resolve(`https://chat.test/${message}`);
  }
}

/**
 * An in-memory ChatPlatform that records what core asked of it. It stands where Discord or Slack
 * would, at the edge, so core tests can assert what a person would have seen: each view is recorded in
 * words (`view`, in `localeOf(ref)`'s language: English unless a test says otherwise) and as core
 * handed it (`source`, message ids and all).
 */
import type { ChatPlatform, OpenSpaceInput } from '../../src/core/ports.js';
import { localiseView } from '../../src/core/views/localise.js';
import type { TextView, View } from '../../src/core/views/types.js';
import type { Locale } from '../../src/i18n/index.js';

export type PlatformCall =
  | { readonly op: 'sendPrivate'; readonly user: string; readonly view: View; readonly source: TextView; readonly channel?: string; readonly ref: string }
  | { readonly op: 'postToChannel'; readonly channel: string; readonly view: View; readonly source: TextView; readonly ref: string }
  | { readonly op: 'updateMessage'; readonly message: string; readonly view: View; readonly source: TextView }
  | { readonly op: 'openSpace'; readonly input: OpenSpaceInput; readonly ref: string }
  | { readonly op: 'postToSpace'; readonly space: string; readonly view: View; readonly source: TextView; readonly ref: string }
  | { readonly op: 'closeSpace'; readonly space: string };

type Op = PlatformCall['op'];

export class RecordingPlatform implements ChatPlatform {
  readonly calls: PlatformCall[] = [];
  readonly #failures = new Map<Op, Error[]>();
  #next = 0;

  /** `localeOf`: the language a reader at this ref gets (English unless a test says otherwise). */
  constructor(readonly localeOf: (ref: string) => Locale = () => 'en') {}

  #words(ref: string, source: TextView): View {
    return localiseView(source, this.localeOf(ref));
  }

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

  async sendPrivate(user: string, source: TextView, channel?: string): Promise<string> {
    this.#maybeFail('sendPrivate');
    const ref = this.#ref('dm');
    const view = this.#words(user, source);
    this.calls.push(channel === undefined ? { op: 'sendPrivate', user, view, source, ref } : { op: 'sendPrivate', user, view, source, channel, ref });
    return Promise.resolve(ref);
  }

  async postToChannel(channel: string, source: TextView): Promise<string> {
    this.#maybeFail('postToChannel');
    const ref = this.#ref('msg');
    this.calls.push({ op: 'postToChannel', channel, view: this.#words(channel, source), source, ref });
    return Promise.resolve(ref);
  }

  async updateMessage(message: string, source: TextView): Promise<void> {
    this.#maybeFail('updateMessage');
    this.calls.push({ op: 'updateMessage', message, view: this.#words(message, source), source });
    return Promise.resolve();
  }

  async openSpace(input: OpenSpaceInput): Promise<string> {
    this.#maybeFail('openSpace');
    const ref = this.#ref('space');
    this.calls.push({ op: 'openSpace', input, ref });
    return Promise.resolve(ref);
  }

  async postToSpace(space: string, source: TextView): Promise<string> {
    this.#maybeFail('postToSpace');
    const ref = this.#ref('msg');
    this.calls.push({ op: 'postToSpace', space, view: this.#words(space, source), source, ref });
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

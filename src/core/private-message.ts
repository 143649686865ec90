import type { UserRef } from './ports.js';
import type { TextView as View } from './views/types.js';

/** One private message a job sends: core decides who gets which view, the scheduler delivers it once. */
export interface PrivateMessage {
  readonly to: UserRef;
  readonly view: View;
}

import { scheduleJobs } from '../../src/db/queries/jobs.js';
import { handlers } from '../../src/scheduler/jobs/index.js';
import { JobRunner, type RunnerOptions } from '../../src/scheduler/runner.js';
import type { TestCore } from './core.js';

export function createRunner(core: TestCore, options: Partial<RunnerOptions> = {}): JobRunner {
  return new JobRunner({ deps: core.deps, handlers, instanceId: 'test-runner', ...options });
}

/** Moves the test clock and runs whatever is due then. */
export async function advanceAndTick(core: TestCore, runner: JobRunner, minutes: number) {
  core.clock.advanceMinutes(minutes);
  return runner.tick(core.clock.read());
}

export { scheduleJobs };

// `npm run test:e2e:load`: the browser tests while every core is kept busy, as on a loaded CI machine.
// A browser test that waits for a fixed time or a short default passes on an idle machine and fails
// here; CI runs this so such a wait cannot come back unnoticed.
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

const cores = availableParallelism();
const busy = Array.from({ length: cores }, () => new Worker('for (;;) {}', { eval: true }));
console.log(`== Browser tests with ${cores} busy-looping threads, one per core`);
const run = spawnSync('npx', ['vitest', 'run', 'test/e2e', ...process.argv.slice(2)], { stdio: 'inherit' });
await Promise.all(busy.map((worker) => worker.terminate()));
process.exit(run.status ?? 1);

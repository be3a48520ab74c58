// Issue 20's done-when for the store's lock: 200 runs of five imports at once over a stale lock,
// none lost. Runs the concurrency test of test/hostile/store.test.ts with DEALCALC_LOCK_RUNS.
// Usage: node scripts/stress-lock.mjs [runs]   (needs a built dist/: npm run build)
import { spawnSync } from 'node:child_process';

const runs = process.argv[2] ?? '200';
const started = Date.now();
const r = spawnSync('npx', ['vitest', 'run', 'test/hostile/store.test.ts', '-t', 'item 5'], {
  stdio: 'inherit',
  env: { ...process.env, DEALCALC_LOCK_RUNS: runs },
});
console.log(
  `${runs} runs of the stale-lock race: ${r.status === 0 ? 'nothing lost' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
process.exit(r.status ?? 1);

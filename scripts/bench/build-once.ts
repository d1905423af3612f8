// Runs one `astro build` in this process and prints its wall time, CPU time and peak memory as JSON on the last line.
// Used by the benchmark so peak RSS is the build's own (the Pagefind binary runs as a separate process).
import { build } from 'astro';

const started = performance.now();
// The project is the working directory the bench starts this in.
await build({ root: process.cwd(), logLevel: 'info' });
const usage = process.resourceUsage();
// CPU time (all of this process's threads, not the Pagefind binary) varies less with the machine's load than wall time.
console.log(JSON.stringify({ ms: Math.round(performance.now() - started), cpuMs: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000), maxRssKb: usage.maxRSS }));

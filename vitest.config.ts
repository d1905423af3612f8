/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig(
  {
    test: {
      environment: 'node',
      // Builds run in child processes and take seconds each.
      testTimeout: 180_000,
      hookTimeout: 300_000,
      // Vitest's default is one worker less than the cores: a single worker on this 2-core machine. Much
      // test time is spent waiting on child builds and Chromium, so two workers keep both cores busy
      // (three measured no faster: the suite is bound by CPU, about 230 s of it).
      maxWorkers: 2,
      // No test mocks modules or changes globals, so files share their workers' module graphs instead of each
      // starting a fresh one: about a third of the unit project's time, and 57 to 39 core-seconds in the site's workers.
      isolate: false,
      projects: [
        // Pure logic on fixtures: no build needed, so `vitest run --project unit` starts at once.
        { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
        // The built site, its search index and real browsers: the real content is built once first.
        { extends: true, test: { name: 'site', include: ['test/build/**/*.test.ts', 'test/e2e/**/*.test.ts'], globalSetup: ['test/global-setup.ts'] } },
      ],
    },
  },
  { devToolbar: { enabled: false }, logLevel: 'warn' },
);

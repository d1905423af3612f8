/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig(
  {
    test: {
      include: ['test/**/*.test.ts'],
      environment: 'node',
      globalSetup: ['test/global-setup.ts'],
      // Builds run in child processes and take seconds each.
      testTimeout: 180_000,
      hookTimeout: 300_000,
    },
  },
  { devToolbar: { enabled: false }, logLevel: 'warn' },
);

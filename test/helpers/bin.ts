import { resolve } from 'node:path';

/**
 * A command installed by npm, called directly: `npx` costs about a second of npm start-up per call,
 * and the tests make dozens of such calls.
 */
export const bin = (name: 'astro' | 'tsx') => resolve('node_modules/.bin', name);

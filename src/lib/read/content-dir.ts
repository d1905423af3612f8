import { resolve } from 'node:path';

/** Folder holding the authored entries; `TIRU_CONTENT_DIR` points builds at another content set. */
export const CONTENT_DIR = resolve(process.env.TIRU_CONTENT_DIR ?? 'content');

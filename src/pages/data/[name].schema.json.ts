import type { APIRoute, GetStaticPaths } from 'astro';
import { exportSchema, OPEN_DATA, type OpenDataName } from '../../lib/publish/open-data';

/** One JSON Schema per published collection. */
export const getStaticPaths = (() => Object.keys(OPEN_DATA).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

/** /data/programs.schema.json and its siblings: JSON Schema generated from the zod schemas. */
export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(exportSchema(params.name as OpenDataName), null, 2), { headers: { 'Content-Type': 'application/schema+json' } });

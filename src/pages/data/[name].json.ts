import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../lib/catalog/astro-catalog';
import { exportCollection, OPEN_DATA, type OpenDataName } from '../../lib/publish/open-data';

/** One JSON file per published collection. */
export const getStaticPaths = (() => Object.keys(OPEN_DATA).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

/** /data/programs.json and its siblings. */
export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(exportCollection(await getCatalog(), params.name as OpenDataName), null, 2), { headers: { 'Content-Type': 'application/json' } });

import type { APIRoute } from 'astro';
import { adoptionPairsSchema } from '../../lib/publish/open-data';

/** /data/adopsi.schema.json. */
export const GET: APIRoute = () => new Response(JSON.stringify(adoptionPairsSchema(), null, 2), { headers: { 'Content-Type': 'application/schema+json' } });

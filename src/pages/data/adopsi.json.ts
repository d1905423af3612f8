import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/catalog/astro-catalog';
import { exportAdoptionPairs } from '../../lib/publish/open-data';

/** /data/adopsi.json: every region–program pair with its current status. */
export const GET: APIRoute = async () => new Response(JSON.stringify(exportAdoptionPairs(await getCatalog()), null, 2), { headers: { 'Content-Type': 'application/json' } });

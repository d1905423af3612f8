import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/catalog';
import { adoptionsCsv } from '../../lib/open-data';

/** /data/adoptions.csv: one row per adoption record. */
export const GET: APIRoute = async () => new Response(adoptionsCsv(await getCatalog()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

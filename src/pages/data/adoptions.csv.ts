import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/catalog/astro-catalog';
import { adoptionsCsv } from '../../lib/publish/open-data';

/** /data/adoptions.csv: one row per adoption record. */
export const GET: APIRoute = async () => new Response(adoptionsCsv(await getCatalog()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/content/astro-catalog';
import { profileCsv } from '../../lib/publish/open-data';

/** /data/profil.csv: one row per cited statement of a program profile. */
export const GET: APIRoute = async () => new Response(profileCsv(await getCatalog()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

import type { APIRoute } from 'astro';
import { dataPackage } from '../../lib/publish/open-data';

/** /data/datapackage.json: every export with its schema and licence (Frictionless Data Package). */
export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(dataPackage(site!), null, 2), { headers: { 'Content-Type': 'application/json' } });

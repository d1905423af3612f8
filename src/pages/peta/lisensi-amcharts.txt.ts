import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/** amCharts' linkware licence asks that its LICENSE travel with anything drawn from its geodata. */
export const GET: APIRoute = async () => {
  const licence = await readFile(createRequire(import.meta.url).resolve('@amcharts/amcharts5-geodata/LICENSE'), 'utf8');
  return new Response(licence, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};

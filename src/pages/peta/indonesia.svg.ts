import type { APIRoute } from 'astro';
import { getBasemap } from '../../lib/map/basemap';

/** The outline every adoption map draws on; pages link to it so browsers fetch it once. */
export const GET: APIRoute = async () => {
  const { width, height, shapes } = await getBasemap();
  // A standalone image cannot see the page's CSS variables, so its few colours are set here.
  const paths = shapes
    .map(({ d, neighbour }) => `<path fill="${neighbour ? '#eceeed' : '#d9e4e0'}" d="${d}"/>`)
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><title>Peta provinsi Indonesia</title><g stroke="#ffffff" stroke-width="0.6" stroke-linejoin="round">${paths}</g></svg>`;
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};

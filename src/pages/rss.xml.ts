import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE_NAME, SITE_TAGLINE } from '../consts';
import { getCatalog } from '../lib/catalog/astro-catalog';
import { feedItems } from '../lib/publish/feed';

/** RSS feed of events and programs. */
export const GET: APIRoute = async (context) =>
  rss({
    title: `${SITE_NAME}: kegiatan dan program`,
    description: SITE_TAGLINE,
    site: context.site!,
    items: feedItems(await getCatalog()),
    customData: '<language>id</language>',
  });

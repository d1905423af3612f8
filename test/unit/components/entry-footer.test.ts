import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test } from 'vitest';
import EntryFooter from '../../../src/components/EntryFooter.astro';

describe('EntryFooter', () => {
  test('renders the edit link, opened without access to this page', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(EntryFooter, { props: { footer: { editUrl: 'https://git.example.org/tiru/edit/main/content/regions/a.yaml' } } });
    expect(html).toMatch(/<a href="https:\/\/git\.example\.org\/tiru\/edit\/main\/content\/regions\/a\.yaml" rel="noopener noreferrer">\s*Sunting halaman ini\s*<\/a>/);
  });

  test('renders nothing when there is neither a date nor a repository', async () => {
    const container = await AstroContainer.create();
    expect((await container.renderToString(EntryFooter, { props: { footer: {} } })).trim()).toBe('');
  });
});

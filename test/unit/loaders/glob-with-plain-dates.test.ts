import { describe, expect, test } from 'vitest';
import { parseYaml } from '../../../src/lib/read/yaml-lines';
import { yamlPart } from '../../../src/lib/read/frontmatter';

describe('parseYaml', () => {
  test('keeps dates as the text the author wrote, so impossible ones can be rejected', () => {
    expect(parseYaml('date: 2023-02-30\nnumber: 12387.28\nflag: true')).toEqual({ date: '2023-02-30', number: 12387.28, flag: true });
  });
});

describe('yamlPart', () => {
  test('takes the frontmatter of Markdown and MDX', () => {
    expect(yamlPart('a.mdx', '---\ntitle: A\n---\n\n# Body')).toBe('title: A');
  });

  test('takes all of a YAML file', () => {
    expect(yamlPart('a.yaml', 'name: A\n')).toBe('name: A\n');
  });

  test('is empty for Markdown without frontmatter', () => {
    expect(yamlPart('a.md', '# Only a body')).toBe('');
  });
});

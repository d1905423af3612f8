import { describe, expect, test } from 'vitest';
import { forEachRef } from '../../../src/lib/read/entries';
import { findBrokenReferences } from '../../../src/lib/check/references';
import { perCollection, type CollectionName } from '../../../src/schemas/collections';

const ref = (collection: string, id: string) => ({ id, collection });

describe('forEachRef', () => {
  test('reports every reference with its field path', () => {
    const found: string[] = [];
    forEachRef(
      { origin: ref('regions', 'a'), adoptions: [{ region: ref('regions', 'b'), via: ref('events', 'e'), note: 'x' }], date: new Date() },
      (r, field) => found.push(`${field}=${r.collection}/${r.id}`),
    );
    expect(found).toEqual(['origin=regions/a', 'adoptions[0].region=regions/b', 'adoptions[0].via=events/e']);
  });

  test('ignores objects that merely have an id', () => {
    const found: string[] = [];
    forEachRef({ thing: { id: 'x', collection: 'somewhere-else' }, other: { id: 'y', collection: 'regions', extra: 1 } }, (_, f) => found.push(f));
    expect(found).toEqual([]);
  });
});

describe('findBrokenReferences', () => {
  const entries = {
    ...perCollection<{ [C in CollectionName]: never[] }>(() => []),
    regions: [{ id: 'kota-banjarbaru', filePath: 'content/regions/kota-banjarbaru.yaml', data: {} }],
    sources: [{ id: 's', data: {} }],
    programs: [
      {
        id: 'rt-mandiri',
        filePath: 'content/programs/rt-mandiri.mdx',
        data: {
          origin: ref('regions', 'kota-banjarbaroe'),
          sources: [ref('sources', 's')],
          adoptions: [{ region: ref('regions', 'kota-banjarbaru'), via: ref('events', 'nope'), sources: [ref('sources', 's')] }],
        },
      },
    ],
  };

  test('names the file, the field and the missing slug of every broken reference', () => {
    expect(findBrokenReferences(entries)).toEqual([
      { file: 'content/programs/rt-mandiri.mdx', field: 'origin', message: expect.stringContaining('"kota-banjarbaroe"'), hint: 'maksud Anda: kota-banjarbaru?' },
      { file: 'content/programs/rt-mandiri.mdx', field: 'adoptions[0].via', message: expect.stringContaining('events bernama "nope"'), hint: expect.stringContaining('npm run new') },
    ]);
  });

  test('counts entries that exist but failed validation as existing, so they are not reported twice', () => {
    expect(findBrokenReferences(entries, [{ collection: 'events', id: 'nope' }]).map((p) => p.field)).toEqual(['origin']);
  });

  test('finds nothing when every reference resolves', () => {
    const fixed = structuredClone(entries);
    fixed.programs[0]!.data.origin = ref('regions', 'kota-banjarbaru');
    delete (fixed.programs[0]!.data.adoptions[0] as { via?: unknown }).via;
    expect(findBrokenReferences(fixed)).toEqual([]);
  });
});

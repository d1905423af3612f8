import { describe, expect, test } from 'vitest';
import { describeFields } from '../../src/lib/author/field-docs';
import { COLLECTION_SCHEMAS } from '../../src/schemas';

const schemas = COLLECTION_SCHEMAS;

describe('describeFields', () => {
  test.each(Object.keys(schemas) as (keyof typeof schemas)[])('gives every field of %s a description, for the authoring guide', (name) => {
    const fields = describeFields(schemas[name]);
    expect(fields.length).toBeGreaterThanOrEqual(3);
    expect(fields.filter((f) => !f.description).map((f) => f.name)).toEqual([]);
  });

  test('describes types, requiredness, allowed values and references', () => {
    const fields = new Map(describeFields(schemas.programs).map((f) => [f.name, f]));
    expect(fields.get('title')).toMatchObject({ type: 'teks', required: true });
    expect(fields.get('origin')).toMatchObject({ type: 'slug entri regions', required: true, reference: 'regions' });
    expect(fields.get('stage')).toMatchObject({ required: false, values: ['inisiatif', 'uji-coba', 'penerapan', 'dihentikan'] });
    expect(fields.get('profile.budget.amount')).toMatchObject({ type: 'rupiah (bilangan bulat)', required: true });
    expect(fields.get('profile.start.date')).toMatchObject({ type: 'tahun, bulan atau tanggal (YYYY, YYYY-MM, YYYY-MM-DD)', required: true });
    expect(fields.get('profile.legalBasis.kind')!.values).toContain('perwali');
    expect(fields.get('adoptions.status')).toMatchObject({ required: true, values: expect.arrayContaining(['diterapkan']) });
    expect(fields.get('urusan')!.values).toHaveLength(32);
  });
});

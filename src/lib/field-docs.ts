import type { z } from 'astro/zod';

/** One field of a collection, as the authoring guide and the scaffolder describe it. */
export interface FieldDoc {
  /** Dotted path: `adoptions.status` for a field of each adoption. */
  name: string;
  type: string;
  required: boolean;
  description?: string | undefined;
  /** Allowed values of an enum. */
  values?: string[] | undefined;
  /** Collection a reference points to. */
  reference?: string | undefined;
}

type Schema = z.ZodType & { def: Record<string, unknown> & { type: string }; description?: string; meta(): Record<string, unknown> | undefined };

/** Peels optional/default wrappers and transforms off a field, noting whether it may be left out. */
function unwrap(schema: Schema): { inner: Schema; required: boolean } {
  let inner = schema;
  let required = true;
  for (;;) {
    const { def } = inner;
    if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault') {
      required = false;
      inner = def['innerType'] as Schema;
    } else if (def.type === 'pipe' && !inner.meta()?.['fieldType']) {
      inner = def['in'] as Schema;
    } else {
      return { inner, required };
    }
  }
}

/** A short Indonesian name for a field's type. */
function typeName(schema: Schema): string {
  const meta = schema.meta();
  if (typeof meta?.['fieldType'] === 'string') return meta['fieldType'];
  const { def } = schema;
  switch (def.type) {
    case 'string':
      return (schema as unknown as { format?: string }).format === 'url' ? 'alamat web (URL)' : 'teks';
    case 'number':
      return 'angka';
    case 'boolean':
      return 'true/false';
    case 'enum':
      return 'pilihan';
    case 'object':
      return 'kumpulan isian';
    case 'array':
      return `daftar ${typeName(unwrap(def['element'] as Schema).inner)}`;
    case 'union':
      return (def['options'] as Schema[]).map((option) => typeName(unwrap(option).inner)).join(' atau ');
    default:
      return def.type;
  }
}

/** The object schema inside a (possibly refined or wrapped) schema, if any. */
function objectShape(schema: Schema): Record<string, Schema> | undefined {
  const { inner } = unwrap(schema);
  if (inner.def.type === 'object') return inner.def['shape'] as Record<string, Schema>;
  if (inner.def.type === 'array') return objectShape(inner.def['element'] as Schema);
  return undefined;
}

/** Every field of a collection schema, nested ones included, with type, whether required, and meaning. */
export function describeFields(schema: z.ZodType, prefix = ''): FieldDoc[] {
  const shape = objectShape(schema as Schema);
  if (!shape) return [];
  return Object.entries(shape).flatMap(([key, field]) => {
    const { inner, required } = unwrap(field);
    const element = inner.def.type === 'array' ? unwrap(inner.def['element'] as Schema).inner : inner;
    const enumSource = inner.def.type === 'union' ? (inner.def['options'] as Schema[]).map((o) => unwrap(o).inner).find((o) => o.def.type === 'enum') : element;
    const values = enumSource?.def.type === 'enum' ? Object.values(enumSource.def['entries'] as Record<string, string>) : undefined;
    const reference = (element.meta()?.['reference'] as string | undefined) ?? undefined;
    const doc: FieldDoc = { name: prefix + key, type: typeName(inner), required, description: field.description ?? inner.description, values, reference };
    return [doc, ...describeFields(field, `${prefix}${key}.`)];
  });
}

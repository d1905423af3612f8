import { eventSchema } from './event';
import { glossarySchema } from './glossary';
import { programSchema } from './program';
import type { ReferenceFn } from './reference';
import { regionSchema } from './region';
import { sourceSchema } from './source';
import { variantSchema } from './variant';
import { visitStepSchema } from './visit-step';

/** Every collection's schema, for one way of making references (Astro's, or a plain one outside Astro). */
export function collectionSchemas(reference: ReferenceFn) {
  return {
    regions: regionSchema(reference),
    programs: programSchema(reference),
    events: eventSchema(reference),
    sources: sourceSchema,
    glossary: glossarySchema(reference),
    visitSteps: visitStepSchema,
    variants: variantSchema,
  };
}

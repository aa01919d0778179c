import { z } from '../model/zod';

/** What is stored about each import, beside its dataset: read back through this schema, since storage is input like any other. */
export const recordSchema = z.object({
  id: z.string().regex(/^import-[a-z0-9-]+$/),
  fileName: z.string().min(1),
  /** ISO date-time of the import. */
  importedAt: z.iso.datetime(),
  /** Size of the stored JSON, in bytes. */
  bytes: z.number().int().nonnegative(),
  countries: z.number().int().nonnegative(),
  /** The country to open on: Mali where present, else the first. */
  defaultCountry: z.string().min(1),
  /** Kept in memory for this visit only: the browser would not store it. */
  sessionOnly: z.boolean().default(false),
});

export type ImportRecord = z.infer<typeof recordSchema>;

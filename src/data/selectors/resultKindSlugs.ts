/**
 * The kinds of result by their address words (`?view=results&kind=<slug>`), in the order the view offers
 * them: all the address needs, kept apart from their labels and rules (resultKinds.ts), which load with the view.
 */
export const RESULT_KIND_SLUGS = ['weapons-destroyed', 'area-cleared', 'risk-education', 'survivors-assisted', 'personnel-trained', 'storage-built', 'other'] as const;

export type ResultKind = (typeof RESULT_KIND_SLUGS)[number];

/** The kind an address word names, or null. */
export function kindOf(value: string): ResultKind | null {
  const wanted = value.trim().toLowerCase();
  return RESULT_KIND_SLUGS.find((k) => k === wanted) ?? null;
}

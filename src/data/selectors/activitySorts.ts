/** The orders partner activity is listed in: a module of its own, as the address parser needs only these. */
export type ActivitySort = 'newest' | 'oldest' | 'partner';

export const ACTIVITY_SORTS: Record<ActivitySort, string> = {
  newest: 'Most recent first',
  oldest: 'Earliest first',
  partner: 'Partner A–Z',
};

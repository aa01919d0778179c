/**
 * The most countries compared with one: past four the charts rank them as sorted bars, so colours no
 * longer limit them; the overview ranks every country of the edition.
 */
export const MAX_COMPARED = 40;

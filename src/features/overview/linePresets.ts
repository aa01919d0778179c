import { LINE_IDS, type LineId } from '../../data/model/lines';

/** The choices of lines officers make most, one click each on the overview; the checkboxes stay for the rest. */
export const LINE_PRESETS: readonly { label: string; lines: readonly LineId[] | null }[] = [
  { label: 'State NADR-CWD only', lines: ['dos-nadr-cwd'] },
  { label: 'State, all lines', lines: ['dos-nadr-cwd', 'dos-other'] },
  { label: 'All agencies', lines: null },
];

/** Whether the lines chosen (null: every line) are exactly a preset's, in any order. */
export function isPreset(preset: readonly LineId[] | null, lines: readonly LineId[] | null): boolean {
  const every = (chosen: readonly LineId[] | null) => chosen ?? LINE_IDS;
  const a = every(preset);
  const b = every(lines);
  return a.length === b.length && a.every((l) => b.includes(l));
}

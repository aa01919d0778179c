import { describe, expect, it } from 'vitest';
import { isPreset, LINE_PRESETS } from '../../src/features/overview/linePresets';

const pressed = (lines: Parameters<typeof isPreset>[1]) => LINE_PRESETS.filter((p) => isPreset(p.lines, lines)).map((p) => p.label);

describe('the overview’s line presets', () => {
  it('name the choice in force, in any order; every line ticked is All agencies; a custom choice is none', () => {
    expect(pressed(null)).toEqual(['All agencies']);
    expect(pressed(['dos-nadr-cwd', 'dos-other', 'dod', 'usaid', 'cdc'])).toEqual(['All agencies']);
    expect(pressed(['dos-nadr-cwd'])).toEqual(['State NADR-CWD only']);
    expect(pressed(['dos-other', 'dos-nadr-cwd'])).toEqual(['State, all lines']);
    expect(pressed(['dos-nadr-cwd', 'dod'])).toEqual([]);
    expect(pressed(['dos-other'])).toEqual([]);
  });
});

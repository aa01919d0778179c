import { useEffect, useState } from 'react';
import { useFilterStore } from '../../filters/filterStore';

/** How long each year stays on screen while the years play. */
export const YEAR_STEP_MS = 1200;

export interface YearPlayback {
  playing: boolean;
  /** Play from the year shown (from the first when at the last, or when no single year is shown), or pause. */
  toggle: () => void;
}

/**
 * Steps the chosen fiscal year forward, one year each YEAR_STEP_MS, to the last year offered, and stops
 * there. Any other change of the officer's choices while playing (the slider moved, another measure, a
 * region, the lines, another page, Back) stops it too, and so does leaving the page. One owner per page,
 * so that every control showing it plays and pauses the same run.
 */
export function useYearPlayback(years: readonly number[], year: number | null, select: (year: number) => void): YearPlayback {
  const [playing, setPlaying] = useState(false);
  const first = years[0];
  const last = years.at(-1);

  useEffect(() => {
    if (!playing) return;
    // Changes made by the next step itself are ours; any other change of the choices stops the run.
    let stepping = false;
    const unsubscribe = useFilterStore.subscribe(() => {
      if (!stepping) setPlaying(false);
    });
    const timer = window.setTimeout(() => {
      const next = year === null ? undefined : years.find((y) => y > year);
      if (next === undefined) {
        setPlaying(false);
        return;
      }
      stepping = true;
      select(next);
      stepping = false;
      if (next === last) setPlaying(false);
    }, YEAR_STEP_MS);
    return () => {
      window.clearTimeout(timer);
      unsubscribe();
    };
  }, [playing, year, years, last, select]);

  const toggle = () => {
    if (playing) {
      setPlaying(false);
      return;
    }
    if (first === undefined || first === last) return;
    if (year === null || year === last) select(first);
    setPlaying(true);
  };
  return { playing, toggle };
}

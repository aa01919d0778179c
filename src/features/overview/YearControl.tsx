import { useId, type KeyboardEvent } from 'react';
import { fiscalYearLabel } from '../../lib/format';
import type { YearPlayback } from './useYearPlayback';

// Keys that move a slider: pressed at its end (or where its hidden thumb is parked), they change nothing,
// so they choose the year themselves when no single year is chosen.
// Under the rail, every year is named up to this many; past it, only the first and the last (the year
// chosen is written beside the slider).
const MAX_YEARS_NAMED = 6;

const STEP_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

/**
 * The fiscal year as a slider over every year offered, with the year written beside it and a button that
 * plays the years in turn. `year` is null when the measure is no single year (a sum, the cumulative): the
 * slider then shows no year, and moving it chooses one. Screen readers hear the year from the slider
 * itself and, while playing, from the ranking's status line: nothing here is live, so a step is announced
 * once.
 */
export function YearControl({ years, year, onYear, playback, className }: { years: readonly number[]; year: number | null; onYear: (year: number) => void; playback: YearPlayback; className?: string }) {
  const id = useId();
  const last = years.length - 1;
  const index = year === null ? last : Math.max(0, years.indexOf(year));
  const chooseAt = (at: number) => {
    const chosen = years[at];
    if (chosen !== undefined) onYear(chosen);
  };
  const chooseWhenNone = (target: HTMLInputElement) => {
    if (year === null) chooseAt(Number(target.value));
  };
  const first = years[0];
  const final = years.at(-1);
  const runs = first !== undefined && final !== undefined && first !== final;
  return (
    <div className={`year-control${className ? ` ${className}` : ''}`}>
      <label htmlFor={`${id}-slider`} className="year-control__label">
        Fiscal year
      </label>
      <div className="year-control__row">
        <div className="year-control__track">
          <input
            id={`${id}-slider`}
            type="range"
            className={`year-control__slider${year === null ? ' is-unset' : ''}`}
            min={0}
            max={last}
            step={1}
            value={index}
            aria-valuetext={year === null ? 'No single year chosen' : fiscalYearLabel(year)}
            disabled={years.length < 2}
            onChange={(e) => {
              chooseAt(Number(e.target.value));
            }}
            onPointerUp={(e) => {
              chooseWhenNone(e.currentTarget);
            }}
            onKeyUp={(e: KeyboardEvent<HTMLInputElement>) => {
              if (STEP_KEYS.has(e.key)) chooseWhenNone(e.currentTarget);
            }}
          />
          <div className="year-control__ticks" aria-hidden="true">
            {years.map((y, i) => (
              <span key={y} className={y === year ? 'is-chosen' : undefined}>
                {years.length <= MAX_YEARS_NAMED || i === 0 || i === last ? y : ''}
              </span>
            ))}
          </div>
        </div>
        <span className="year-control__year">{year === null ? 'No single year' : fiscalYearLabel(year)}</span>
        <button type="button" className="button button--secondary year-control__play" disabled={years.length < 2} aria-describedby={runs ? `${id}-play` : undefined} onClick={playback.toggle}>
          <svg className="year-control__icon" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
            <path d={playback.playing ? 'M2 1h3v10H2zM7 1h3v10H7z' : 'M2.5 1l8.5 5-8.5 5z'} fill="currentColor" />
          </svg>
          {playback.playing ? 'Pause' : 'Play'}
        </button>
      </div>
      {runs ? (
        <span id={`${id}-play`} className="visually-hidden">
          Play shows each year from {fiscalYearLabel(year === null || year === final ? first : year)} to {fiscalYearLabel(final)} in turn.
        </span>
      ) : null}
    </div>
  );
}

import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { measureOf } from '../../src/data/selectors/overviewParams';
import { useFilterStore } from '../../src/filters/filterStore';
import { useYearPlayback, YEAR_STEP_MS } from '../../src/features/overview/useYearPlayback';
import { YearControl } from '../../src/features/overview/YearControl';

const YEARS = [2013, 2014, 2015, 2016, 2017];

/** Two year controls bound to the store's measure, as the overview draws them (its controls and the map), with one run. */
function TwoControls() {
  const measureSelected = useFilterStore((s) => s.measureSelected);
  const measure = measureOf(useFilterStore((s) => s.measure), YEARS);
  const year = measure.kind === 'year' ? measure.fiscalYear : null;
  const select = (y: number) => {
    measureSelected(`fy${y}`);
  };
  const playback = useYearPlayback(YEARS, year, select);
  return (
    <>
      <section aria-label="Ranking">
        <YearControl years={YEARS} year={year} onYear={select} playback={playback} />
      </section>
      <section aria-label="Map">
        <YearControl years={YEARS} year={year} onYear={select} playback={playback} />
      </section>
    </>
  );
}

const slider = (where: string) => screen.getByRole('region', { name: where }).querySelector('input[type="range"]') as HTMLInputElement;
const step = () => {
  act(() => {
    vi.advanceTimersByTime(YEAR_STEP_MS);
  });
};

describe('the year slider and its Play button', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('moves the measure to the year chosen on either slider, and writes the year beside both', () => {
    useFilterStore.getState().measureSelected('fy2015');
    render(<TwoControls />);
    expect(screen.getAllByRole('slider', { name: 'Fiscal year' })).toHaveLength(2);
    expect(slider('Map')).toHaveAttribute('aria-valuetext', 'FY2015');
    fireEvent.change(slider('Map'), { target: { value: '0' } });
    expect(useFilterStore.getState().measure).toBe('fy2013');
    expect(slider('Ranking')).toHaveAttribute('aria-valuetext', 'FY2013');
    expect(screen.getAllByText('FY2013')).toHaveLength(2);
  });

  it('shows no year for a sum; a click on the slider, even where its hidden thumb rests, chooses that year', () => {
    useFilterStore.getState().measureSelected('sum');
    render(<TwoControls />);
    expect(slider('Map')).toHaveAttribute('aria-valuetext', 'No single year chosen');
    expect(screen.getAllByText('No single year')).toHaveLength(2);
    fireEvent.pointerUp(slider('Map'));
    expect(useFilterStore.getState().measure).toBe('fy2017');
  });

  it('plays from the year shown to the last, one year a step, and stops there; both buttons say so', () => {
    useFilterStore.getState().measureSelected('fy2015');
    render(<TwoControls />);
    fireEvent.click(screen.getAllByRole('button', { name: 'Play' })[1] as HTMLElement);
    expect(screen.getAllByRole('button', { name: 'Pause' })).toHaveLength(2);
    expect(useFilterStore.getState().measure).toBe('fy2015');
    step();
    expect(useFilterStore.getState().measure).toBe('fy2016');
    step();
    expect(useFilterStore.getState().measure).toBe('fy2017');
    expect(screen.getAllByRole('button', { name: 'Play' })).toHaveLength(2);
    step();
    step();
    expect(useFilterStore.getState().measure).toBe('fy2017');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('from the last year (or no single year), plays from the first', () => {
    useFilterStore.getState().measureSelected('cumulative');
    render(<TwoControls />);
    fireEvent.click(screen.getAllByRole('button', { name: 'Play' })[0] as HTMLElement);
    expect(useFilterStore.getState().measure).toBe('fy2013');
    step();
    expect(useFilterStore.getState().measure).toBe('fy2014');
  });

  it('Pause stops it where it is', () => {
    useFilterStore.getState().measureSelected('fy2013');
    render(<TwoControls />);
    fireEvent.click(screen.getAllByRole('button', { name: 'Play' })[0] as HTMLElement);
    step();
    fireEvent.click(screen.getAllByRole('button', { name: 'Pause' })[1] as HTMLElement);
    expect(screen.getAllByRole('button', { name: 'Play' })).toHaveLength(2);
    step();
    step();
    expect(useFilterStore.getState().measure).toBe('fy2014');
  });

  it('stops when the officer changes anything else (a region, the slider) and when the page goes', () => {
    useFilterStore.getState().measureSelected('fy2013');
    const { unmount } = render(<TwoControls />);
    fireEvent.click(screen.getAllByRole('button', { name: 'Play' })[0] as HTMLElement);
    act(() => {
      useFilterStore.getState().regionSelected('Africa');
    });
    expect(screen.getAllByRole('button', { name: 'Play' })).toHaveLength(2);
    step();
    expect(useFilterStore.getState().measure).toBe('fy2013');

    fireEvent.click(screen.getAllByRole('button', { name: 'Play' })[0] as HTMLElement);
    fireEvent.change(slider('Ranking'), { target: { value: '3' } });
    expect(screen.getAllByRole('button', { name: 'Play' })).toHaveLength(2);
    step();
    expect(useFilterStore.getState().measure).toBe('fy2016');

    fireEvent.click(screen.getAllByRole('button', { name: 'Play' })[0] as HTMLElement);
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});

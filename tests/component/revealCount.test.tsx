import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useRevealCount } from '../../src/ui/useRevealCount';

describe('useRevealCount (the panels below appear one per frame)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows one part first, then one more after each drawn frame, up to all', async () => {
    const frames = vi.spyOn(window, 'requestAnimationFrame');
    const seen: number[] = [];
    const { result } = renderHook(() => {
      const shown = useRevealCount(4);
      seen.push(shown);
      return shown;
    });
    expect(seen[0]).toBe(1);
    await waitFor(() => {
      expect(result.current).toBe(4);
    });
    expect([...new Set(seen)]).toEqual([1, 2, 3, 4]);
    expect(frames).toHaveBeenCalledTimes(3);
  });

  it('shows all at once in a hidden tab, which draws no frames', async () => {
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    const frames = vi.spyOn(window, 'requestAnimationFrame');
    const { result } = renderHook(() => useRevealCount(5));
    await waitFor(() => {
      expect(result.current).toBe(5);
    });
    expect(frames).not.toHaveBeenCalled();
  });
});

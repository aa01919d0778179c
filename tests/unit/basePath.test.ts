import { describe, expect, it } from 'vitest';
import { basePath } from '../../scripts/basePath';

describe('basePath (BASE_PATH for the build)', () => {
  it('is the site root when unset or empty', () => {
    expect(basePath(undefined)).toBe('/');
    expect(basePath('')).toBe('/');
    expect(basePath('/')).toBe('/');
  });

  it('writes a sub-path with a slash at each end, however it was given', () => {
    expect(basePath('/cwd/')).toBe('/cwd/');
    expect(basePath('cwd')).toBe('/cwd/');
    expect(basePath('/tools/cwd')).toBe('/tools/cwd/');
  });

  it('refuses what is not a path, naming it', () => {
    expect(() => basePath('https://example.gov/cwd/')).toThrow('BASE_PATH must be a path such as /cwd/; got "https://example.gov/cwd/"');
    expect(() => basePath('/c w d/')).toThrow('BASE_PATH must be a path such as /cwd/; got "/c w d/"');
    expect(() => basePath('/cwd/?x=1')).toThrow(/BASE_PATH must be a path/);
  });
});

// The build's base path, from the BASE_PATH environment variable (vite.config.ts).
/**
 * The path the app is served under: "/" by default, or BASE_PATH (for example BASE_PATH=/cwd/ npm
 * run build), or `vite build --base=/cwd/`, which wins. Written with a slash at each end.
 */
export function basePath(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  // Letters, digits and - . _ ~ in segments separated by single slashes: no address, query or space.
  if (!/^([A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*)?$/.test(trimmed)) throw new Error(`BASE_PATH must be a path such as /cwd/; got ${JSON.stringify(value)}`);
  return trimmed ? `/${trimmed}/` : '/';
}

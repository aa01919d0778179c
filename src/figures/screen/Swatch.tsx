/**
 * A colour key. Drawn as SVG with a fill attribute, not a style attribute: the
 * page built ahead of time must carry no inline styles (the Content-Security-
 * Policy refuses them), and its colours must be there before the script runs.
 */
export function Swatch({ color }: { color: string }) {
  return (
    <svg className="swatch" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <rect width="12" height="12" rx="2" fill={color} />
    </svg>
  );
}

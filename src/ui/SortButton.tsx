/**
 * A sortable column's heading button: its label, and ▲ or ▼ on the column the table is sorted by (↕ on
 * the others). The heading cell carries `aria-sort`; the arrows are for the eye only.
 */
export function SortButton<K extends string>({ label, column, sort, onSort }: { label: string; column: K; sort: { key: K; ascending: boolean } | null; onSort: (key: K) => void }) {
  const active = sort?.key === column;
  return (
    <button
      type="button"
      className="sort-button"
      onClick={() => {
        onSort(column);
      }}
    >
      {label}
      <span aria-hidden="true">{active ? (sort.ascending ? ' ▲' : ' ▼') : ' ↕'}</span>
    </button>
  );
}

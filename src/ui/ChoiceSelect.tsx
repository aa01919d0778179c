/**
 * A labelled select of one choice or none: "Every region", "Every kind" first (null), then the choices.
 * The overview's and the results' filters use it, so each reads and writes its choice the same way.
 */
export function ChoiceSelect({
  label,
  every,
  value,
  choices,
  onChange,
}: {
  label: string;
  /** The option for no choice: "Every region". */
  every: string;
  value: string | null;
  choices: readonly { value: string; label: string }[];
  onChange: (value: string | null) => void;
}) {
  return (
    <label className="field">
      <span>{label}</span>
      <select
        value={value ?? ''}
        onChange={(e) => {
          onChange(e.target.value === '' ? null : e.target.value);
        }}
      >
        <option value="">{every}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}

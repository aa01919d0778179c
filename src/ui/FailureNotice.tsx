/** Says what could not be shown and why, with a way to try again: one look for every part that fails. */
export function FailureNotice({ title, message, onRetry }: { title: string; message: string; onRetry: () => void }) {
  return (
    <div className="alert alert--error" role="alert">
      <p className="alert__title">{title}</p>
      <p>{message}</p>
      <button type="button" className="button button--secondary" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}

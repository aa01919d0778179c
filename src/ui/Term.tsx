import { useId, useState } from 'react';

/**
 * An acronym with its definition shown on hover and on keyboard focus, and
 * dismissed with Escape. The definition is always the element's accessible
 * description (aria-describedby reads hidden elements too), and stays out of
 * its text, so headings and copied text keep just the term.
 */
export function Term({ term, definition }: { term: string; definition: string }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const show = () => {
    setOpen(true);
  };
  const hide = () => {
    setOpen(false);
  };
  return (
    <span className="term" onMouseEnter={show} onMouseLeave={hide}>
      <abbr
        className="term__abbr"
        tabIndex={0}
        aria-describedby={id}
        onFocus={show}
        onBlur={hide}
        onKeyDown={(e) => {
          if (e.key === 'Escape') hide();
        }}
      >
        {term}
      </abbr>
      <span className="term__tip" role="tooltip" id={id} hidden={!open}>
        {definition}
      </span>
    </span>
  );
}

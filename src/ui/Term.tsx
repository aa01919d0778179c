import { useEffect, useId, useState } from 'react';

/**
 * An acronym with its definition shown on hover and dismissed with Escape. It is not a tab stop of its
 * own (a page has dozens): the definition is always the element's accessible description
 * (aria-describedby reads hidden elements too), and the glossary, one link in the results' introduction, lists
 * them all. The definition stays out of the text, so headings and copied text keep just the term.
 */
export function Term({ term, definition }: { term: string; definition: string }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);
  return (
    <span
      className="term"
      onMouseEnter={() => {
        setOpen(true);
      }}
      onMouseLeave={() => {
        setOpen(false);
      }}
    >
      <abbr className="term__abbr" aria-describedby={id}>
        {term}
      </abbr>
      <span className="term__tip" role="tooltip" id={id} hidden={!open}>
        {definition}
      </span>
    </span>
  );
}

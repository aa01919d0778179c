import { Fragment, useMemo } from 'react';
import { GLOSSARY } from '../data/model/glossary';
import { Term } from './Term';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

// Longest first so "SA/LW" wins over shorter overlaps; whole words only.
const TERMS = Object.keys(GLOSSARY).sort((a, b) => b.length - a.length);
const PATTERN = new RegExp(`(?<![\\w/])(${TERMS.map(escapeRegExp).join('|')})(?![\\w/])`, 'g');

/** Plain text with glossary terms made hoverable and focusable. Text is rendered as text, never as markup. */
export function TextWithTerms({ text, linkFirstOnly = true }: { text: string; linkFirstOnly?: boolean }) {
  const parts = useMemo(() => {
    const seen = new Set<string>();
    return text.split(PATTERN).map((part, i) => {
      // split() with one capture group puts matches at odd indexes.
      const definition = i % 2 === 1 ? GLOSSARY[part] : undefined;
      if (definition === undefined || (linkFirstOnly && seen.has(part))) return { key: i, text: part, definition: null };
      seen.add(part);
      return { key: i, text: part, definition };
    });
  }, [text, linkFirstOnly]);
  return (
    <>
      {parts.map((p) =>
        p.definition ? <Term key={p.key} term={p.text} definition={p.definition} /> : <Fragment key={p.key}>{p.text}</Fragment>,
      )}
    </>
  );
}

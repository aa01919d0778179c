import { useId, useState } from 'react';
import { EMBED_CHARTS } from '../filters/filterStore';
import { useFilterStore } from '../filters/filterStore';
import { serializeFilterParams } from './urlState';
import { copyText } from '../lib/export/clipboard';

/** The address of the view, absolute, as the address bar has it (every setting of the view is in it). */
function viewAddress(query: string): string {
  return `${window.location.origin}${window.location.pathname}${query}`;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * Share the view: its link (copy, or e-mail it), and the code that embeds its chart in another page
 * (an `?embed=` view: the chart with its title and source, nothing else). Loaded when first opened.
 */
export function SharePanel({ embedTitle }: { embedTitle: string }) {
  const selection = useFilterStore();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const linkId = useId();
  const embedId = useId();
  const link = viewAddress(serializeFilterParams({ ...selection, embed: null }));
  const chart = selection.view === 'overview' ? 'ranking' : 'funding';
  const embedUrl = viewAddress(serializeFilterParams({ ...selection, embed: chart }));
  const embedCode = `<iframe src="${escapeAttribute(embedUrl)}" title="${escapeAttribute(embedTitle)}" width="800" height="${chart === 'ranking' ? 900 : 600}" style="border:0" loading="lazy"></iframe>`;
  const mail = `mailto:?subject=${encodeURIComponent(embedTitle)}&body=${encodeURIComponent(`${embedTitle}\n\n${link}\n`)}`;
  const copy = (what: string, text: string) => {
    copyText(text).then(
      () => {
        setStatus({ ok: true, text: `${what} copied to the clipboard.` });
      },
      (error: unknown) => {
        setStatus({ ok: false, text: `${what} could not be copied (${error instanceof Error ? error.message : String(error)}); select the text and copy it.` });
      },
    );
  };
  /** A row: the text to share (selected on focus), with its label and actions. */
  const row = (id: string, label: string, field: React.ReactNode, actions: React.ReactNode) => (
    <div className="share__row">
      <label className="field share__field" htmlFor={id}>
        <span>{label}</span>
      </label>
      {field}
      <div className="share__actions">{actions}</div>
    </div>
  );
  const selectAll = (e: React.FocusEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    e.currentTarget.select();
  };
  const copyButton = (label: string, what: string, text: string, primary: boolean) => (
    <button
      type="button"
      className={primary ? 'button' : 'button button--secondary'}
      onClick={() => {
        copy(what, text);
      }}
    >
      {label}
    </button>
  );
  return (
    <section className="share" aria-label="Share this view">
      {row(
        linkId,
        'Link to this view (years, lines, comparison, partner search and order included)',
        <input id={linkId} className="share__text" readOnly value={link} onFocus={selectAll} />,
        <>
          {copyButton('Copy link', 'The link', link, true)}
          <a className="button button--secondary" href={mail}>
            E-mail the link
          </a>
        </>,
      )}
      {row(
        embedId,
        `Embed ${EMBED_CHARTS[chart]} in another page (the chart, its title and source, nothing else)`,
        <textarea id={embedId} className="share__text" readOnly rows={3} value={embedCode} onFocus={selectAll} />,
        <>
          {copyButton('Copy embed code', 'The embed code', embedCode, false)}
          <a className="button button--secondary" href={embedUrl} target="_blank" rel="noopener">
            Open the embedded view
          </a>
        </>,
      )}
      <p className={`export__status${status?.ok === false ? ' export__status--error' : ''}`} role="status">
        {status?.text ?? ''}
      </p>
    </section>
  );
}

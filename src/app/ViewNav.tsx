import type { MouseEvent } from 'react';
import { useFilterStore, type FilterSelection } from '../filters/filterStore';
import { serializeFilterParams } from './urlState';

/** The views, from the page's header: one country's page, every country ranked and mapped, every result across countries, the partners. */
export function ViewNav({ countryName }: { countryName: string }) {
  const selection = useFilterStore();
  const viewSelected = useFilterStore((s) => s.viewSelected);
  const partnerOpened = useFilterStore((s) => s.partnerOpened);
  const link = (view: FilterSelection['view'], text: string) => {
    const current = selection.view === view;
    // "Partners" opens the list of every partner, from a partner's page too.
    const list = view === 'partner';
    const go = (event: MouseEvent) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      if (list) partnerOpened(null);
      else viewSelected(view);
    };
    return (
      <a className="view-nav__link" href={serializeFilterParams({ ...selection, view, ...(list ? { partner: null } : {}) })} aria-current={current ? 'page' : undefined} onClick={go}>
        {text}
      </a>
    );
  };
  return (
    <nav className="view-nav" aria-label="Views">
      {link('country', `Country: ${countryName}`)}
      {link('overview', 'All countries: rankings and map')}
      {link('results', 'Results across countries')}
      {link('partner', 'Partners')}
    </nav>
  );
}

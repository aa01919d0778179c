import './app/fonts.css';
// The page's one stylesheet, in cascade order (the build inlines it into the page).
import './app/styles/tokens.css';
import './app/styles/controls.css';
import './app/styles/figures.css';
import './app/styles/panels.css';
import './app/styles/page.css';
import './app/styles/views.css';
import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createQueryClient } from './app/queryClient';
import { Root } from './app/Root';
import { datasetIdFromUrl } from './app/urlState';
import { datasetQueryOptions, prefetchBundledDataset } from './data/editions/datasetQuery';
import { useFilterStore } from './filters/filterStore';

prefetchBundledDataset();

// The dataset named in the link is known before the first render, so the bundled data does not flash first.
useFilterStore.setState({ datasetId: datasetIdFromUrl(window.location.search) });

function rootElement(): HTMLElement {
  const element = document.getElementById('root');
  if (!element) throw new Error('The page has no #root element to mount the dashboard in.');
  return element;
}
const container = rootElement();
const client = createQueryClient();

/** Once React's page is up: the page built ahead of time becomes usable, and boot.js's "loading" cover goes. */
function mounted(): void {
  // Marks the moment the first view is usable: `npm run size` counts the scripts fetched before it.
  performance.mark('cwd:first-view-usable');
  container.removeAttribute('inert');
  document.documentElement.classList.remove('view-from-link');
  document.querySelector('.boot-loading')?.remove();
  // The web app manifest, linked now rather than in the page (scripts/criticalPath.ts, deferManifestLink):
  // the browser fetches it, and then its icon, once the view is up rather than while it loads.
  const manifest = document.querySelector('meta[name="app-entry"]')?.getAttribute('data-manifest');
  if (manifest && !document.querySelector('link[rel="manifest"]')) {
    const link = document.createElement('link');
    link.rel = 'manifest';
    link.href = manifest;
    document.head.append(link);
  }
}

/**
 * The built page carries the plain link's view, rendered ahead of time
 * (scripts/prerenderPlugin.ts). For that link, React takes over the markup
 * (hydrates) once the bundled data has loaded, in a transition that it splits
 * into short tasks. Any other link (a filter, a country, an imported dataset)
 * shows a different view: boot.js has hidden the built one, and React renders
 * afresh.
 */
async function start(): Promise<void> {
  const app = <Root client={client} onMounted={mounted} />;
  if (container.hasAttribute('data-prerendered') && window.location.search === '') {
    try {
      await client.query({ ...datasetQueryOptions, staleTime: 'static' });
      startTransition(() => {
        hydrateRoot(container, app);
      });
      return;
    } catch {
      // The data did not load: render afresh, and the app says why.
    }
  }
  createRoot(container).render(app);
}

void start();

import '@fontsource/public-sans/latin-400.css';
import '@fontsource/public-sans/latin-700.css';
import './app/styles.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createQueryClient } from './app/queryClient';
import { prefetchBundledDataset } from './data/datasetQuery';
import { datasetIdFromUrl } from './app/urlState';
import { useFilterStore } from './filters/filterStore';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { applyTheme, storedTheme } from './ui/ThemeSelect';

prefetchBundledDataset();
// The remembered theme applies before the first render, so the page does not flash light.
applyTheme(storedTheme());

// The dataset named in the link is known before the first render, so the bundled data does not flash first.
useFilterStore.setState({ datasetId: datasetIdFromUrl(window.location.search) });

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element to mount the dashboard in.');

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary what="The dashboard">
      <QueryClientProvider client={createQueryClient()}>
        <App />
      </QueryClientProvider>
    </ErrorBoundary>
  </StrictMode>,
);

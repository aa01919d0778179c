// Build-time entry (run by scripts/prerenderPlugin.ts, never shipped): renders
// the plain link's view (bundled dataset, Mali as the default country, every year and
// agency) to HTML, so the first view is on the page before any script runs.
// Only what the browser's first render shows is here: panels further down and
// the charts render after the first paint, in the browser.
import { renderToString } from 'react-dom/server';
import { createQueryClient } from './app/queryClient';
import { Root } from './app/Root';
import { datasetQueryOptions, loadBundledDataset } from './data/editions/datasetQuery';

export async function render(): Promise<string> {
  const client = createQueryClient();
  client.setQueryData(datasetQueryOptions.queryKey, await loadBundledDataset());
  return renderToString(<Root client={client} />);
}

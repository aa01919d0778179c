import { screen } from '@testing-library/react';
import { createStore, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { validDatasetJson } from '../fixtures/datasets';
import { renderApp } from './renderApp';

/** The notice above the dashboard when the link names a dataset it cannot show. */
async function linkNotice() {
  return screen.findByText(/named in the link/, {}, { timeout: 5000 });
}

describe('a link naming a dataset this browser cannot show', () => {
  it('says once that the dataset is not stored here, and shows the bundled one', async () => {
    await renderApp('?dataset=import-missing&country=mali');
    const notice = await linkNotice();
    expect(notice.textContent).toBe('The dataset “import-missing” named in the link is not stored in this browser; showing the bundled dataset instead.');
    expect(document.body.textContent.match(/not stored in this browser/g)).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Mali: To Walk the Earth in Safety, 2018 edition');
  });

  it('says a stored dataset no longer passes the checks, with the first problem, once', async () => {
    const store = createStore('cwd-dashboard', 'imported-datasets');
    const broken = validDatasetJson();
    broken.countries = [];
    await set('dataset:import-broken', broken, store);
    await renderApp('?dataset=import-broken&country=mali');
    const notice = await linkNotice();
    expect(notice.textContent).toBe(
      'The dataset “import-broken” named in the link is stored in this browser but no longer passes the dataset checks (2 problems, the first: countries: must have at least one country); showing the bundled dataset instead.',
    );
  });
});

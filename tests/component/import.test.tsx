import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { validDatasetJson, at } from '../fixtures/datasets';
import { useImportQueue } from '../../src/features/datasets/importQueue';
import { openSection, renderApp, sectionToggle } from './renderApp';

/** Answers the question a CSV without a Source column raises. */
async function nameTheFigures(user: Awaited<ReturnType<typeof renderApp>>['user'], name: string) {
  const input = await screen.findByLabelText('Name the report edition or office they come from', {}, { timeout: 5000 });
  await user.clear(input);
  await user.type(input, name);
  await user.click(screen.getByRole('button', { name: `Import as “${name}”` }));
}

/** Imports a spreadsheet as it was read: the review's own Import button. */
async function confirmImport(user: Awaited<ReturnType<typeof renderApp>>['user'], fileName: string) {
  const review = await screen.findByRole('form', { name: `Check how ${fileName} was read` }, { timeout: 5000 });
  await user.click(within(review).getByRole('button', { name: /^Import \d+ funding lines?$/ }));
}

/** The file input of the Datasets section, opened from its heading (it is one step away) as a reader opens it. */
async function fileInput(user: Awaited<ReturnType<typeof renderApp>>['user']) {
  const datasets = await openSection(user, 'Datasets');
  return within(datasets).getByLabelText('Import a dataset file (Excel, CSV or JSON, up to 10 MB)');
}

function jsonFile(name: string, content: unknown): File {
  return new File([JSON.stringify(content)], name, { type: 'application/json' });
}

describe('importing a dataset file', () => {
  // A test that fails while a review waits for an answer would hold up the imports of every test after it.
  afterEach(() => {
    const { status } = useImportQueue.getState();
    if (status.kind === 'reviewing') status.answer({ kind: 'cancel' });
  });

  it('shows markup in a name as text, never as elements', async () => {
    const { user } = await renderApp();
    const raw = validDatasetJson();
    at(raw, ['countries', 0])['name'] = '<img src=x onerror=alert(1)>Mali<script>alert(2)</script>';
    await user.upload(await fileInput(user), jsonFile('markup.json', raw));
    // Read, check, store, then switch to it: slower in jsdom than in a browser.
    const heading = await screen.findByRole('heading', { level: 1, name: /onerror/ }, { timeout: 5000 });
    expect(heading).toHaveTextContent('<img src=x onerror=alert(1)>Mali<script>alert(2)</script>: To Walk the Earth in Safety, 2018 edition');
    expect(document.querySelector('img[src="x"], main script')).toBeNull();
    expect(screen.getByText('Imported markup.json: 1 country.')).toBeInTheDocument();
  });

  it('says when an imported file has no results or partner activity for the country', async () => {
    const { user } = await renderApp();
    const raw = validDatasetJson();
    const mali = at(raw, ['countries', 0]);
    Object.assign(mali, { results: [], activities: [], context: [], investment: null, coverage: null, narrativeIncluded: false });
    await user.upload(await fileInput(user), jsonFile('funding-only.json', raw));
    expect(await screen.findByText('Imported funding-only.json: 1 country.', {}, { timeout: 5000 })).toBeInTheDocument();
    const results = screen.getByRole('region', { name: 'Results' });
    expect(within(results).getByRole('note')).toHaveTextContent('This file has no results or partner activity for Mali; it gives only funding figures.');
    expect(within(results).queryByRole('heading', { level: 3 })).toBeNull();
  });

  it('links from the note on an imported dataset to the Datasets section, and opens it', async () => {
    const { user } = await renderApp();
    await user.upload(await fileInput(user), jsonFile('office.json', validDatasetJson()));
    expect(await screen.findByText('Imported office.json: 1 country.', {}, { timeout: 5000 })).toBeInTheDocument();
    const link = await screen.findByRole('link', { name: 'Manage datasets' }, { timeout: 5000 });
    expect(link.closest('p')).toHaveTextContent('You are looking at an imported dataset, not the bundled report data. Manage datasets.');
    await screen.findByRole('heading', { level: 2, name: 'Datasets' }, { timeout: 5000 });
    // Closed, as a reader may have left it: the link opens it.
    if (sectionToggle('Datasets').getAttribute('aria-expanded') === 'true') await user.click(sectionToggle('Datasets'));
    expect(sectionToggle('Datasets')).toHaveAttribute('aria-expanded', 'false');
    await user.click(link);
    await waitFor(() => {
      expect(sectionToggle('Datasets')).toHaveAttribute('aria-expanded', 'true');
    });
    const panel = screen.getByRole('region', { name: 'Datasets' });
    expect(await within(panel).findByRole('list', { name: 'Datasets in this browser' })).toBeInTheDocument();
    await waitFor(() => {
      expect(screen.getByRole('heading', { level: 2, name: 'Datasets' })).toHaveFocus();
    });
    expect(new URLSearchParams(window.location.search).get('open')).toBe('datasets');
  });

  it('shows a blank CSV year cell as not reported, not $0K', async () => {
    const { user } = await renderApp();
    const csv = [
      'Country,Region,Agency line,Printed label,FY2016 (USD thousands),FY2017 (USD thousands),Cumulative (USD thousands)',
      // A country the report has no table for: nothing else prints its FY2016.
      'Atlantis,Africa,DOS NADR-CWD,DOS NADR - CWD,,1000,2700',
      'Atlantis,Africa,DoD,DoD,170,182,352',
    ].join('\n');
    await user.upload(await fileInput(user), new File([csv], 'blanks.csv', { type: 'text/csv' }));
    await nameTheFigures(user, 'Atlantis desk');
    expect(await screen.findByText('Imported blanks.csv: 1 country.', {}, { timeout: 5000 })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /Funding to Atlantis/ });
    const row = within(table).getByRole('row', { name: /^DOS NADR-CWD/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['not reported', '$1,000K', '$2,700K']);
    expect(within(table).getByRole('row', { name: /^Sum of rows shown/ })).toHaveTextContent('not reported in full');
  });

  it('lays an imported edition over the report and lists its differences as restatements', async () => {
    const { user } = await renderApp();
    const csv = [
      'Country,Region,Agency line,Printed label,FY2016 (USD thousands),FY2017 (USD thousands),FY2018 (USD thousands),Cumulative (USD thousands)',
      'Mali,Africa,DOS NADR-CWD,DOS NADR - CWD,500,1000,800,3500',
      'Mali,Africa,DoD,DoD,170,200,0,370',
    ].join('\n');
    await user.upload(await fileInput(user), new File([csv], 'office-fy2018.csv', { type: 'text/csv' }));
    await nameTheFigures(user, 'Bamako office, FY2018');
    expect(await screen.findByText('Imported office-fy2018.csv: 1 country.', {}, { timeout: 5000 })).toBeInTheDocument();
    const panel = await openSection(user, 'Across editions');
    expect(panel).toHaveTextContent('FY2017, DoD: the 2018 edition prints $182,000; “Bamako office, FY2018” (imported) prints $200,000: a change of +$18,000 (+10%).');
    const years = screen.getByRole('group', { name: 'Fiscal years' });
    expect(within(years).getAllByRole('checkbox').map((c) => c.parentElement?.textContent)).toEqual(['FY2014', 'FY2015', 'FY2016', 'FY2017', 'FY2018']);
    // The file's own years are the default view; FY2017's DoD figure is the file's, marked restated against the report.
    const dod = within(screen.getByRole('table', { name: /Funding to Mali/ })).getByRole('row', { name: /^DoD/ });
    expect(within(dod).getAllByRole('cell').map((c) => c.textContent)).toEqual(['$170K', '$200K restated; 2018 edition: $182K', '$0K', '$370K']);
  });

  it('asks no name of a CSV that names its source, and a cancelled question changes nothing', async () => {
    const { user } = await renderApp('?country=mali&years=2016');
    const named = 'Country,Source,Edition,Agency line,FY2019 (USD thousands),Cumulative (USD thousands)\nMali,To Walk the Earth in Safety,2020,DoD,90,1000\n';
    const unnamed = 'Country,Agency line,FY2019 (USD thousands),Cumulative (USD thousands)\nMali,DoD,90,1000\n';
    await user.upload(await fileInput(user), new File([unnamed], 'unnamed.csv', { type: 'text/csv' }));
    await screen.findByLabelText('Name the report edition or office they come from', {}, { timeout: 5000 });
    await user.click(screen.getByRole('button', { name: 'Cancel import' }));
    expect(await screen.findByText('unnamed.csv was not imported (cancelled).')).toBeInTheDocument();
    // The view is as it was, with the Datasets section still open where the file was chosen.
    expect(window.location.search).toBe('?country=mali&years=2016&open=datasets');
    await user.upload(await fileInput(user), new File([named], 'named.csv', { type: 'text/csv' }));
    const review = await screen.findByRole('form', { name: 'Check how named.csv was read' }, { timeout: 5000 });
    expect(within(review).queryByLabelText('Name the report edition or office they come from')).toBeNull();
    await confirmImport(user, 'named.csv');
    expect(await screen.findByText('Imported named.csv: 1 country.', {}, { timeout: 5000 })).toBeInTheDocument();
    const sources = await openSection(user, 'Sources and notes');
    expect(sources).toHaveTextContent('2020 edition (imported), FY2019: 1 country table');
    expect(sources).toHaveTextContent('To Walk the Earth in Safety, 2020 edition, imported into this browser from a file: not the report as bundled');
  });

  it('imports two files chosen at once, one after the other, and says so for each', async () => {
    const { user } = await renderApp();
    const file = (name: string, year: number) =>
      new File([`Country,Source,Edition,Agency line,FY${year} (USD thousands),Cumulative (USD thousands)\nMali,Office,${year},DoD,90,1000\n`], name, { type: 'text/csv' });
    await user.upload(await fileInput(user), [file('first.csv', 2019), file('second.csv', 2020)]);
    await confirmImport(user, 'first.csv');
    // The page switches to first.csv's figures; the Datasets section, where the files were chosen and where the
    // next file's review is asked, stays open.
    expect(await screen.findByText('Imported first.csv: 1 country.', {}, { timeout: 5000 })).toBeInTheDocument();
    await screen.findByRole('heading', { level: 1, name: /Office, 2019 edition \(imported\)/ }, { timeout: 5000 });
    await screen.findByRole('heading', { level: 2, name: 'Datasets' }, { timeout: 5000 });
    expect(sectionToggle('Datasets'), 'the Datasets section after the first import').toHaveAttribute('aria-expanded', 'true');
    await confirmImport(user, 'second.csv');
    expect(await screen.findByText('Imported first.csv: 1 country. Imported second.csv: 1 country.', {}, { timeout: 8000 })).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Datasets in this browser' }, { timeout: 5000 });
    await within(list).findByText('second.csv', {}, { timeout: 5000 });
    expect(within(list).getAllByRole('listitem').map((li) => li.querySelector('.datasets__name')?.textContent)).toEqual([
      'Bundled: To Walk the Earth in Safety, 2018 edition',
      'first.csv',
      'second.csv',
    ]);
  });

  it('shows how a European CSV was read, asks what the file leaves open, and imports the figures it showed', async () => {
    const { user } = await renderApp();
    // A semicolon file from a French Excel: its "1.200" is one thousand two hundred; its headings give no unit.
    const csv = ['sep=;', 'Bamako office figures', 'Country;Agency line;FY2018;Cumulative', 'Mali;DoD;1.200;2.500'].join('\r\n');
    await user.upload(await fileInput(user), new File([csv], 'bamako.csv', { type: 'text/csv' }));
    const review = await screen.findByRole('form', { name: 'Check how bamako.csv was read' }, { timeout: 5000 });
    expect(within(review).getByRole('button', { name: /^Import as/ })).toBeDisabled();
    const unit = within(review).getByRole('group', { name: 'What unit are the figures in?' });
    expect(within(unit).getByRole('radio', { name: 'Millions of dollars' })).toHaveAccessibleDescription('“1.200” (row 3, column C) → $1,200,000K “2.500” (row 3, column D) → $2,500,000K');
    await user.click(within(unit).getByRole('radio', { name: 'Thousands of dollars, as the report prints them' }));
    const preview = await within(review).findByRole('table', { name: /as the dashboard will show them/ }, { timeout: 5000 });
    const row = within(preview).getByRole('row', { name: /^3 Mali/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['3', 'DoD', '1.200 → $1,200K', '2.500 → $2,500K']);
    expect(review).toHaveTextContent('Semicolons (from Excel’s “sep=” line); UTF-8 text; decimal comma, dot between thousands; figures in USD thousands; 1 country, 1 fiscal year (FY2018).');
    await nameTheFigures(user, 'Bamako office, FY2018');
    expect(await screen.findByText('Imported bamako.csv: 1 country.', {}, { timeout: 5000 })).toBeInTheDocument();
    const dod = within(screen.getByRole('table', { name: /Funding to Mali/ })).getByRole('row', { name: /^DoD/ });
    expect(dod).toHaveTextContent('$1,200K');
  });

  it('refuses a broken file and leaves view, filters and datasets as they were', async () => {
    const { user } = await renderApp('?country=mali&years=2016&lines=dod');
    const raw = validDatasetJson();
    at(raw, ['countries', 0, 'funding', 'rows', 0])['cumulative'] = 'lots';
    await user.upload(await fileInput(user), jsonFile('broken.json', raw));
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('broken.json was not imported. Nothing has changed. One problem found:');
    expect(alert).toHaveTextContent('broken.json: countries[0].funding.rows[0].cumulative: Invalid input: expected number, received string (found "lots")');
    expect(window.location.search).toBe('?country=mali&years=2016&lines=dod&open=datasets');
    expect(within(screen.getByRole('list', { name: 'Datasets in this browser' })).getAllByRole('listitem')).toHaveLength(1);
  });

  it('refuses an empty file before reading it', async () => {
    const { user } = await renderApp();
    await user.upload(await fileInput(user), new File([], 'empty.csv', { type: 'text/csv' }));
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('empty.csv: the file is empty');
  });
});

describe('stored imports read through their schema', () => {
  it('a malformed stored entry is reported and left out; the Datasets panel, its file input and other imports stay usable', async () => {
    const { createStore, set } = await import('idb-keyval');
    const store = createStore('cwd-dashboard', 'imported-datasets');
    await set('record:import-bad', { id: 'import-bad', fileName: 'bad.csv', importedAt: 'Invalid Date', bytes: 1, countries: 1, defaultCountry: 'mali' }, store);
    const { user } = await renderApp();
    await user.upload(await fileInput(user), jsonFile('good.json', validDatasetJson()));
    expect(await screen.findByText('Imported good.json: 1 country.', {}, { timeout: 5000 })).toBeInTheDocument();
    const panel = await openSection(user, 'Datasets');
    expect(await within(panel).findByText(/One stored entry could not be read and is left out \(record:import-bad: /)).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Remove good.json' })).toBeEnabled();
    expect(within(panel).getByLabelText('Import a dataset file (Excel, CSV or JSON, up to 10 MB)')).toBeEnabled();
    await user.click(within(panel).getByRole('button', { name: 'Remove the unreadable entry' }));
    await expect.poll(() => within(panel).queryByText(/could not be read/)).toBeNull();
  });
});

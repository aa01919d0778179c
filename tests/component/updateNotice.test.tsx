import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ServiceWorkerEvents } from '../../src/app/serviceWorker';
import { UpdateNotice } from '../../src/app/UpdateNotice';
import { unsavedWork } from '../../src/app/unsavedWork';
import { session } from '../../src/data/import/storedImport';
import { useImportQueue } from '../../src/features/datasets/importQueue';

/** A stand-in for the browser's service worker: the test says when it has cached the app or found an update. */
function fakeWorker(applyUpdate: () => Promise<void> = () => Promise.resolve()) {
  const worker = { events: null as ServiceWorkerEvents | null, registrations: 0, apply: vi.fn(applyUpdate) };
  const register = () =>
    Promise.resolve((events: ServiceWorkerEvents) => {
      worker.registrations += 1;
      worker.events = events;
      return worker.apply;
    });
  return { worker, register };
}

describe('the service worker notice', () => {
  it('says nothing until the worker reports, then that the dashboard works offline', async () => {
    const { worker, register } = fakeWorker();
    const user = userEvent.setup();
    render(<UpdateNotice register={register} enabled={() => true} />);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    await vi.waitFor(() => {
      expect(worker.events).not.toBeNull();
    });
    worker.events?.onOfflineReady();
    expect(await screen.findByRole('status')).toHaveTextContent('The dashboard is saved in this browser: it now opens and works with no network.');
    await user.click(screen.getByRole('button', { name: 'OK' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('says when an update is ready and applies it only when asked', async () => {
    const { worker, register } = fakeWorker();
    const user = userEvent.setup();
    render(<UpdateNotice register={register} enabled={() => true} />);
    await vi.waitFor(() => {
      expect(worker.events).not.toBeNull();
    });
    worker.events?.onNeedRefresh();
    const notice = await screen.findByRole('status');
    expect(notice).toHaveTextContent('A new version of the dashboard is ready. Reloading keeps this view: it is in the address.');
    expect(worker.apply).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Reload to update' }));
    expect(worker.apply).toHaveBeenCalledTimes(1);
    expect(worker.registrations).toBe(1);
  });

  it('says what to do when the update cannot be applied, and keeps the page', async () => {
    const { worker, register } = fakeWorker(() => Promise.reject(new Error('the worker is gone')));
    const user = userEvent.setup();
    render(<UpdateNotice register={register} enabled={() => true} />);
    await vi.waitFor(() => {
      expect(worker.events).not.toBeNull();
    });
    worker.events?.onNeedRefresh();
    await user.click(await screen.findByRole('button', { name: 'Reload to update' }));
    expect(await screen.findByText(/The update could not be applied \(the worker is gone\)\. Close every tab of the dashboard and open it again\./)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('registers nothing where the page is not served offline (the dev server, a browser without service workers)', async () => {
    const { worker, register } = fakeWorker();
    render(<UpdateNotice register={register} enabled={() => false} />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(worker.registrations).toBe(0);
  });
});

/** What this tab holds, as the import leaves it: a dataset the browser would not store, an import being read. */
function keptForThisVisit(fileName: string) {
  const id = `import-${session.size + 1}`;
  session.set(id, { record: { id, fileName, importedAt: '2026-12-06T10:00:00.000Z', bytes: 1, countries: 1, defaultCountry: 'mali', sessionOnly: true }, dataset: {} });
}
function beingRead(fileName: string) {
  useImportQueue.getState().set({ kind: 'busy', stage: { stage: 'reading', percent: 40 }, fileName, queued: 0 });
}

/** The notice with the real account of unsaved work, and a reload the test can see. */
async function renderTab() {
  const { worker, register } = fakeWorker();
  const reload = vi.fn();
  const user = userEvent.setup();
  render(<UpdateNotice register={register} enabled={() => true} guard={() => Promise.resolve({ unsavedWork, reload })} />);
  await vi.waitFor(() => {
    expect(worker.events).not.toBeNull();
  });
  const events = worker.events as ServiceWorkerEvents;
  return { worker, events, reload, user };
}

describe('updating a tab that holds work a reload would lose', () => {
  afterEach(() => {
    session.clear();
    useImportQueue.getState().set({ kind: 'idle' });
  });

  it('in the tab where "Reload to update" is pressed: says what would be lost and reloads only once the officer agrees', async () => {
    const { worker, events, reload, user } = await renderTab();
    keptForThisVisit('bamako-office.csv');
    beingRead('niger.csv');
    events.onNeedRefresh();
    await user.click(await screen.findByRole('button', { name: 'Reload to update' }));
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('Reloading this tab now would lose:');
    expect(within(notice).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'the dataset imported from bamako-office.csv, kept for this visit only (download it from Datasets to keep it)',
      'the import of niger.csv, still being read',
    ]);
    expect(worker.apply).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Keep working' }));
    expect(screen.getByRole('status')).toHaveTextContent('A new version of the dashboard is ready.');
    expect(worker.apply).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Reload to update' }));
    await user.click(screen.getByRole('button', { name: 'Reload and lose them' }));
    expect(worker.apply).toHaveBeenCalledTimes(1);
    // The new version takes over: this tab, whose officer agreed, reloads.
    events.onNeedReload();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('in the tab where it is pressed, with nothing to lose: updates at once, and reloads when the new version takes over', async () => {
    const { worker, events, reload, user } = await renderTab();
    events.onNeedRefresh();
    await user.click(await screen.findByRole('button', { name: 'Reload to update' }));
    expect(worker.apply).toHaveBeenCalledTimes(1);
    events.onNeedReload();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('another tab with nothing to lose reloads when the new version takes over', async () => {
    const { events, reload } = await renderTab();
    events.onNeedRefresh();
    events.onNeedReload();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('another tab holding work is not reloaded: it says a new version is in use, what reloading would lose, and reloads when asked', async () => {
    const { events, reload, user } = await renderTab();
    beingRead('niger.csv');
    events.onNeedRefresh();
    events.onNeedReload();
    expect(reload).not.toHaveBeenCalled();
    const notice = await screen.findByRole('status');
    expect(notice).toHaveTextContent(
      'A new version of the dashboard is now in use in this browser. This tab still shows the earlier one and was not reloaded, because reloading would lose:',
    );
    expect(within(notice).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['the import of niger.csv, still being read']);
    expect(notice).toHaveTextContent('Reload when you are ready: the view is kept, it is in the address.');

    // Work begun since is listed before anything is reloaded.
    keptForThisVisit('office.json');
    await user.click(screen.getByRole('button', { name: 'Reload now' }));
    expect(reload).not.toHaveBeenCalled();
    expect(within(screen.getByRole('status')).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'the dataset imported from office.json, kept for this visit only (download it from Datasets to keep it)',
      'the import of niger.csv, still being read',
    ]);
    await user.click(screen.getByRole('button', { name: 'Reload now' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('another tab holding work can put the notice away and keep working', async () => {
    const { events, reload, user } = await renderTab();
    keptForThisVisit('office.json');
    events.onNeedReload();
    await user.click(await screen.findByRole('button', { name: 'Later' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(reload).not.toHaveBeenCalled();
  });
});

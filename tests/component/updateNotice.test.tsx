import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ServiceWorkerEvents } from '../../src/app/serviceWorker';
import { UpdateNotice } from '../../src/app/UpdateNotice';

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

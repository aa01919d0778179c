import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from './renderApp';

// The charting code fails to arrive once, as on a dropped connection, then arrives.
const network = vi.hoisted(() => ({ down: true }));
vi.mock('../../src/figures/screen/BarChartView', async (importOriginal) => {
  if (network.down) throw new Error('The connection dropped.');
  return importOriginal();
});

describe('a chart whose code does not load', () => {
  it('says so in its place, keeps the table, and draws on "Try again"', async () => {
    const { user } = await renderApp();
    const funding = screen.getByRole('region', { name: 'Funding by agency' });
    const alert = await within(funding).findByRole('alert');
    expect(alert).toHaveTextContent('The funding chart could not be shown: the charting code did not load.');
    expect(within(funding).getByRole('table', { name: /Funding to Mali/ })).toHaveTextContent('$3,052K');

    network.down = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    // The chart is drawn in the figure's place (Recharts' container), and the message is gone.
    await vi.waitFor(() => {
      expect(funding.querySelector('.chart-frame .recharts-responsive-container')).not.toBeNull();
    });
    expect(within(funding).queryByRole('alert')).not.toBeInTheDocument();
  });
});

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
    // The cumulative comparison is drawn with the chart code, which loads as they come near the screen.
    const comparison = await screen.findByRole('region', { name: 'Comparison' });
    const cumulative = within(comparison).getByRole('figure', { name: 'The cumulative comparison' });
    const alert = await within(cumulative).findByRole('alert');
    expect(alert).toHaveTextContent('The cumulative comparison could not be shown: the charting code did not load.');
    expect(within(comparison).getByRole('table', { name: /Funding compared/ })).toHaveTextContent('$3,052K');

    // The funding chart needs no chart code: it is drawn all the same, with no message in its place.
    const funding = screen.getByRole('region', { name: 'Funding by agency' });
    const fundingChart = within(funding).getByRole('figure', { name: 'The funding chart' });
    expect(fundingChart.querySelector('svg[viewBox]')).toHaveTextContent('$1.20 million');
    expect(within(funding).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(funding).getByRole('table', { name: /Funding to Mali/ })).toHaveTextContent('$3,052K');

    network.down = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    // The chart is drawn in the figure's place (Recharts' container), and the message is gone.
    await vi.waitFor(() => {
      expect(cumulative.querySelector('.recharts-responsive-container')).not.toBeNull();
    });
    expect(within(cumulative).queryByRole('alert')).not.toBeInTheDocument();
  });
});

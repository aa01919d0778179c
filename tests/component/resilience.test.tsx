import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from './renderApp';

// Every chart drawn with Recharts fails, as if Recharts broke.
vi.mock('../../src/figures/screen/BarChartView', () => ({
  default: () => {
    throw new Error('Recharts could not draw this chart.');
  },
}));

describe('a failing chart', () => {
  it('shows a message and a retry in its place, and leaves the rest of the page working', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { user } = await renderApp();
    const comparison = await screen.findByRole('region', { name: 'Comparison' });
    const cumulative = within(comparison).getByRole('figure', { name: 'The cumulative comparison' });
    const alert = await within(cumulative).findByRole('alert');
    expect(alert).toHaveTextContent('The cumulative comparison could not be shown.');
    expect(alert).toHaveTextContent('Recharts could not draw this chart.');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    // The figures are still there: the comparison table, the funding table and chart (drawn without Recharts), the tiles.
    expect(within(comparison).getByRole('table', { name: /Funding compared/ })).toHaveTextContent('$3,052K');
    const funding = screen.getByRole('region', { name: 'Funding by agency' });
    expect(within(funding).getByRole('table', { name: /Funding to Mali/ })).toHaveTextContent('$3,052K');
    expect(within(funding).getByRole('figure', { name: 'The funding chart' }).querySelector('svg[viewBox]')).toHaveTextContent('$1.20 million');
    expect(within(funding).queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'More than 27,990 weapons secured' })).toBeInTheDocument();
    // Filters still work.
    await user.click(screen.getByRole('checkbox', { name: 'DOS NADR-CWD' }));
    expect(within(funding).getByRole('table', { name: /Funding to Mali/ })).toHaveTextContent('$352K');
    expect(within(comparison).getByRole('table', { name: /Funding compared/ })).toHaveTextContent('$352K');
    errors.mockRestore();
    warnings.mockRestore();
  });
});

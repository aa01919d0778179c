import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from './renderApp';

// Every chart fails to draw, as if Recharts broke.
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
    const funding = screen.getByRole('region', { name: 'Funding by agency' });
    const alert = await within(funding).findByRole('alert');
    expect(alert).toHaveTextContent('The funding chart could not be shown.');
    expect(alert).toHaveTextContent('Recharts could not draw this chart.');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    // The figures are still there: the table, the tiles, the comparison table.
    expect(within(funding).getByRole('table', { name: /Funding to Mali/ })).toHaveTextContent('$3,052K');
    expect(screen.getByRole('heading', { level: 3, name: 'More than 27,990 weapons secured' })).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: /Funding compared/ })).toBeInTheDocument();
    // Filters still work.
    await user.click(screen.getByRole('checkbox', { name: 'DOS NADR-CWD' }));
    expect(within(funding).getByRole('table', { name: /Funding to Mali/ })).toHaveTextContent('$352K');
    errors.mockRestore();
    warnings.mockRestore();
  });
});

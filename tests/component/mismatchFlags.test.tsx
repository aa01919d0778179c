import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './renderApp';

// Chad's printed FY2016 total is $50K; its rows add up to $800K.
describe('a printed-total flag is said where it is shown, and only there', () => {
  it('with FY2016 in view: the banner, the table and the note under it agree', async () => {
    await renderApp('?country=chad');
    const banner = screen.getByText(/printed total disagrees with its rows \(FY2016\)/).closest('.alert');
    expect(banner).toHaveTextContent('Both figures are shown in the funding table below');
    const table = screen.getByRole('table', { name: /Funding to Chad/ });
    expect(within(table).getByRole('row', { name: /COUNTRY TOTAL/ })).toHaveTextContent('$50K differs');
    expect(within(screen.getByRole('region', { name: 'Funding by agency' })).getByText('FY2016: printed $50,000, rows add up to $800,000.')).toBeInTheDocument();
  });

  it('filtered to FY2017: the banner says the view leaves it out, and the table flags nothing', async () => {
    await renderApp('?country=chad&years=2017');
    const banner = screen.getByText(/printed total disagrees with its rows \(FY2016\)/).closest('.alert');
    expect(banner).toHaveTextContent('The view shown leaves that out');
    expect(banner).not.toHaveTextContent('Both figures are shown in the funding table below');
    const table = screen.getByRole('table', { name: /Funding to Chad/ });
    expect(table).not.toHaveTextContent('differs');
    expect(within(screen.getByRole('region', { name: 'Funding by agency' })).queryByText(/rows add up to \$800K/)).toBeNull();
  });
});

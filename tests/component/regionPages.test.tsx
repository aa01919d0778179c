import { within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openSection, renderApp } from './renderApp';

describe('the regional context and the program pages', () => {
  it("shows the region's other pages beside it, and says when the regional chart was cut off", async () => {
    const { user } = await renderApp('?country=jordan');
    const region = await openSection(user, 'Regional context');
    expect(region).toHaveTextContent("The regional page's chart of country shares is not in this dataset: read it on the State Department's regional page.");
    expect(region).not.toHaveTextContent("the regional page's first 0 countries");
    const other = within(region).getByRole('article', { name: 'Middle East and North Africa--Other U.S. Support' });
    expect(other).toHaveTextContent('$785,065');
    expect(other).toHaveTextContent('Utah National Guard');
    const leahy = within(region).getByRole('article', { name: /Leahy War Victims Fund/ });
    expect(leahy).toHaveTextContent('Part of the page only.');
    expect(leahy).toHaveTextContent('Approximately $275 million');
  });

  it('keeps another region free of the Middle East page, but shows the page across regions', async () => {
    const { user } = await renderApp('?country=mali');
    const region = await openSection(user, 'Regional context');
    expect(within(region).queryByRole('article', { name: /Other U.S. Support/ })).toBeNull();
    expect(within(region).getByRole('article', { name: /Leahy War Victims Fund/ })).toBeInTheDocument();
    expect(region).toHaveTextContent('0.00%');
  });
});

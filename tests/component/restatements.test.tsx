import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, sectionToggle } from './renderApp';

const IRAQ_SENTENCE =
  "The 2018 edition restates Iraq's FY2016 funding (DOS NADR-CWD) at $30.9 million: a change of +$15.9 million (+106%) from the $15.0 million the 2017 edition printed.";

describe('a restated figure on the first screen', () => {
  it('Iraq’s header names the FY2016 restatement with +$15.9 million (+106%), and its link opens both editions’ figures', async () => {
    const { user } = await renderApp('?country=iraq');
    const header = screen.getByRole('banner');
    expect(header).toHaveTextContent(IRAQ_SENTENCE);
    expect(header).toHaveTextContent('+$15.9 million (+106%)');
    await user.click(within(header).getByRole('link', { name: 'Compare the editions' }));
    await waitFor(() => {
      expect(sectionToggle('Across editions')).toHaveAttribute('aria-expanded', 'true');
    });
    await waitFor(() => {
      expect(screen.getByRole('heading', { level: 2, name: 'Across editions' })).toHaveFocus();
    });
  });

  it('says nothing where the figures shown were not restated: Mali', async () => {
    await renderApp('?country=mali');
    expect(screen.getByRole('banner')).not.toHaveTextContent('restates');
    expect(screen.queryByRole('link', { name: 'Compare the editions' })).toBeNull();
  });

  it('follows the years shown: Iraq’s FY2015 and FY2017 alone carry no restatement', async () => {
    await renderApp('?country=iraq&years=2015,2017');
    expect(screen.getByRole('banner')).not.toHaveTextContent('restates');
  });
});

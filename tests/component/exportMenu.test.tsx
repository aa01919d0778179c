import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './renderApp';

describe('the export menu', () => {
  it('is a named menu button that opens, moves and closes from the keyboard', async () => {
    const { user } = await renderApp();
    const button = screen.getByRole('button', { name: 'Export the funding chart' });
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    button.focus();
    await user.keyboard('{ArrowDown}');
    const menu = screen.getByRole('menu', { name: 'Export the funding chart' });
    expect(within(menu).getAllByRole('menuitem').map((i) => i.textContent)).toEqual([
      'Preview image…',
      'Download PNG',
      'Download SVG',
      'Download CSV',
      'Download slide (.pptx)',
      'Copy image',
      'Copy link',
    ]);
    expect(screen.getByRole('menuitem', { name: 'Preview image…' })).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: 'Copy link' })).toHaveFocus();
    await user.keyboard('{Home}{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Download PNG' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('copies a link to the current view, filters included', async () => {
    const { user } = await renderApp('?country=mali&years=2017&lines=dod');
    await user.click(screen.getByRole('button', { name: 'Export the funding chart' }));
    await user.click(screen.getByRole('menuitem', { name: 'Copy link' }));
    expect(await screen.findByText('Link to this view copied to the clipboard.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe('http://localhost:3000/?country=mali&years=2017&lines=dod');
  });

  it('says plainly when the browser cannot copy images', async () => {
    const { user } = await renderApp();
    // jsdom, like some browsers, has no ClipboardItem.
    await user.click(screen.getByRole('button', { name: 'Export the funding chart' }));
    await user.click(screen.getByRole('menuitem', { name: 'Copy image' }));
    expect(await screen.findByText('This browser does not let web pages copy images. Use “Download PNG” instead.')).toBeInTheDocument();
  });
});

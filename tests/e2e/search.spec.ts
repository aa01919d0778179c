import { expect, expectNoAxeViolations, test } from './fixtures';

test.describe('one search in the header', () => {
  for (const { words, option, opens, heading } of [
    { words: 'halo', option: /^Partner\s*The HALO Trust/, opens: /\?view=partner&partner=the-halo-trust$/, heading: 'The HALO Trust' },
    { words: 'drc', option: /^Country\s*Democratic Republic of the Congo \(DRC\)/, opens: /\?country=democratic-republic-of-the-congo$/, heading: 'Democratic Republic of the Congo' },
    { words: 'mines', option: /^Kind of result\s*Weapons and munitions destroyed \(mines\)/, opens: /\?view=results&kind=weapons-destroyed$/, heading: 'Results across countries' },
  ]) {
    test(`"${words}" offers what it names first, keeps the words in the address, and Enter opens it`, async ({ page }) => {
      await page.goto('/?country=mali');
      await expect(page.locator('#root')).not.toHaveAttribute('inert');
      const box = page.getByRole('combobox', { name: 'Search' });
      await box.fill(words);
      const list = page.getByRole('listbox', { name: 'Matches' });
      await expect(list.getByRole('option').first()).toHaveText(option);
      await expect(list.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
      await expect(page).toHaveURL(new RegExp(`[?&]q=${words}$`));
      await expectNoAxeViolations(page);
      await box.press('Enter');
      await expect(page).toHaveURL(opens);
      await expect(page.getByRole('heading', { level: words === 'drc' ? 1 : 2, name: heading }).first()).toBeVisible();
      await expect(box).toHaveValue('');
    });
  }

  test('works from the keyboard alone, from a link that carries the words, and on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('/?view=overview&q=africa');
    const box = page.getByRole('combobox', { name: 'Search' });
    await expect(box).toHaveValue('africa');
    const options = page.getByRole('listbox', { name: 'Matches' }).getByRole('option');
    await expect(options.filter({ hasText: /^Region\s*Africa$/ })).toHaveCount(1);
    // Down to the region, then Enter: the ranking of Africa's countries.
    await box.focus();
    const names = await options.allTextContents();
    const region = names.findIndex((n) => /^Region\s*Africa$/.test(n));
    for (let i = 0; i < region; i += 1) await box.press('ArrowDown');
    await expect(options.nth(region)).toHaveAttribute('aria-selected', 'true');
    await box.press('Enter');
    await expect(page).toHaveURL(/\?view=overview&region=africa$/);
    // Nothing in the header runs past a phone's edge.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Words that match nothing say so; Escape closes the list, and again clears the box.
    await box.fill('zzz');
    await expect(page.getByRole('status').filter({ hasText: 'Nothing matches “zzz”' })).toHaveCount(1);
    await box.press('Escape');
    await box.press('Escape');
    await expect(box).toHaveValue('');
    await expect(page).not.toHaveURL(/q=/);
  });
});

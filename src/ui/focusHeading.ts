/**
 * Moves the keyboard to a heading reached by a link (so it goes on from there) and brings it to the top of
 * the screen, without putting a fragment in the address, which holds the view.
 */
export function focusHeading(heading: HTMLElement): void {
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: true });
  // Not every environment scrolls (jsdom has no scrollIntoView); focus has moved either way.
  if (typeof heading.scrollIntoView === 'function') heading.scrollIntoView({ block: 'start' });
}

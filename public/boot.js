// Runs before the first paint, as a small blocking script (the page's
// Content-Security-Policy allows no inline script).
// 1. Applies the remembered colour theme, so a dark choice does not flash light.
// 2. The built page carries the plain link's view, rendered ahead of time. A
//    link with settings (a country, years, agencies, a dataset) asks for
//    another view: the built one is hidden, so that no figure of the wrong
//    view shows, until the app has rendered the right one (src/main.tsx).
(function () {
  var html = document.documentElement;
  try {
    var theme = window.localStorage.getItem('cwd-dashboard:theme');
    if (theme === 'light' || theme === 'dark') html.setAttribute('data-theme', theme);
  } catch {
    // Storage may be off; the theme then follows the system.
  }
  if (window.location.search.length > 1) html.classList.add('view-from-link');
})();

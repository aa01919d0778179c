// Runs before the first paint, as a small blocking script (the page's
// Content-Security-Policy allows no inline script).
// 1. Applies the remembered colour theme, so a dark choice does not flash light.
// 2. The built page carries the plain link's view, rendered ahead of time. A
//    link with settings (a country, years, agencies, a dataset) asks for
//    another view: the built one is hidden, so that no figure of the wrong
//    view shows, until the app has rendered the right one (src/main.tsx).
// 3. Starts the app once that first view is on screen: after its largest
//    paint, or its first where a browser does not report the largest (at once
//    for a link with settings). The build takes the app's module script out of the page
//    and names it in <meta name="app-entry">, ahead of this script
//    (scripts/criticalPath.ts), so the page's first paint waits for its HTML
//    and fonts only. The dev server's page has no such meta and loads the
//    app itself.
(function () {
  var html = document.documentElement;
  try {
    var theme = window.localStorage.getItem('cwd-dashboard:theme');
    if (theme === 'light' || theme === 'dark') html.setAttribute('data-theme', theme);
  } catch {
    // Storage may be off; the theme then follows the system.
  }
  if (window.location.search.length > 1) html.classList.add('view-from-link');

  var started = false;
  function startApp() {
    if (started) return;
    started = true;
    var meta = document.querySelector('meta[name="app-entry"]');
    var entry = meta && meta.getAttribute('content');
    if (!entry) return;
    var preloads = (meta.getAttribute('data-modulepreload') || '').split(' ');
    for (var i = 0; i < preloads.length; i += 1) {
      if (!preloads[i]) continue;
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = preloads[i];
      document.head.appendChild(link);
    }
    var script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = entry;
    script.onerror = appDidNotLoad;
    document.head.appendChild(script);
  }

  // Without its code the page would look usable and do nothing: say so.
  function appDidNotLoad() {
    var fromLink = html.classList.contains('view-from-link');
    var loading = document.querySelector('.boot-loading .page-header__loading');
    if (fromLink && loading) loading.remove();
    var note = document.createElement('p');
    note.className = 'alert alert--error';
    note.setAttribute('role', 'alert');
    note.textContent = fromLink
      ? "The dashboard's code did not load, so the view in this link cannot be shown. Reload the page to try again."
      : "The dashboard's code did not load, so the page shows only its plain view (Mali, every year and agency) and its controls do not work. Reload the page to try again.";
    var container = document.createElement('div');
    container.className = 'container boot-failure';
    container.appendChild(note);
    document.body.insertBefore(container, document.body.firstChild);
  }

  // The reader's first move, noted before the app runs (it loads the panels
  // below the first view once the reader turns to the page: the same events
  // as INTERACTIONS in src/ui/WhenWanted.tsx, which takes over from here).
  var moves = ['pointermove', 'pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'];
  function moved() {
    html.setAttribute('data-reader-moved', '');
    for (var m = 0; m < moves.length; m += 1) window.removeEventListener(moves[m], moved, true);
  }
  for (var n = 0; n < moves.length; n += 1) window.addEventListener(moves[n], moved, { capture: true, passive: true });

  // A link with settings shows only a loading line until the app has drawn
  // its view, so the app starts at once. Otherwise the first contentful
  // paint starts it; where a browser reports no paint timing, the page's load
  // event does. A tab opened in the background paints, and so starts the
  // app, when it is first shown.
  var paintTiming = false;
  var largestPaint = false;
  try {
    paintTiming = PerformanceObserver.supportedEntryTypes.indexOf('paint') !== -1;
    largestPaint = PerformanceObserver.supportedEntryTypes.indexOf('largest-contentful-paint') !== -1;
  } catch {
    // No PerformanceObserver: no paint timing.
  }
  if (html.classList.contains('view-from-link')) {
    startApp();
  } else if (paintTiming) {
    // The first view's largest paint is on screen (the built view paints whole, at once): the app's
    // requests start after it, not alongside it.
    if (largestPaint) {
      new PerformanceObserver(function (list, observer) {
        if (list.getEntries().length === 0) return;
        observer.disconnect();
        setTimeout(startApp, 0);
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    }
    // The first paint starts it too, a moment later: a browser reports no largest paint after the
    // reader's first input, which may come before the page has painted.
    new PerformanceObserver(function (list, observer) {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      setTimeout(startApp, largestPaint ? 100 : 0);
    }).observe({ type: 'paint', buffered: true });
  } else {
    window.addEventListener('load', startApp);
  }
})();

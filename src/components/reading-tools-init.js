// Applies the saved reading settings (text size, high contrast) before the
// first paint. Loaded as a small blocking file in <head> (ReadingToolsInit.astro)
// rather than inline, so the Content-Security-Policy needs no inline scripts.
try {
  var r = document.documentElement, f = localStorage.getItem('sz-font-size'), c = localStorage.getItem('sz-contrast');
  if (f === 'large' || f === 'xlarge') r.dataset.fontSize = f;
  if (c === 'high') r.dataset.contrast = 'high';
} catch (e) {}

// Reading settings before the first paint; a file, not inline, for the CSP (see ReadingToolsInit.astro).
// Scripts run here: the reading tools keep their room until their script shows them (no layout shift).
document.documentElement.dataset.js = '';
if (window.speechSynthesis) document.documentElement.dataset.speech = '';
try {
  var r = document.documentElement, f = localStorage.getItem('sz-font-size'), c = localStorage.getItem('sz-contrast');
  if (f === 'large' || f === 'xlarge') r.dataset.fontSize = f;
  if (c === 'high') r.dataset.contrast = 'high';
} catch (e) {}

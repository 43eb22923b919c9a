/**
 * The 打印本页 buttons (ArticleQr.astro): hidden in the HTML, since they
 * do nothing without a script; shown and wired to the browser's print
 * dialog here. Bundled with the site-wide reading tools.
 */
export function initPrintButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
}

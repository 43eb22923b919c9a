/**
 * Wires the reading-tool buttons: text size and high contrast, kept in
 * localStorage so every page opens the way the reader left it.
 */
/** The fragments the reading tools' links point at when scripts do not run (ReadingTools.astro); global.css keys the size and contrast on them. */
export const READING_TARGETS = ['rt-normal', 'rt-large', 'rt-xlarge', 'rt-contrast', 'rt-xlarge-contrast'] as const;

const FONT_KEY = 'sz-font-size';
const CONTRAST_KEY = 'sz-contrast';
type FontSize = 'normal' | 'large' | 'xlarge';

function save(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Private mode or storage disabled: the setting lasts for this page only.
  }
}

export function initReadingTools(): void {
  const root = document.documentElement;
  const group = document.querySelector<HTMLElement>('[data-reading-tools]');
  const status = document.querySelector<HTMLElement>('[data-reading-status]');
  if (!group) return;
  const sizeButtons = [...group.querySelectorAll<HTMLButtonElement>('[data-font-size]')];
  const contrastButton = group.querySelector<HTMLButtonElement>('[data-contrast]');

  const render = () => {
    const size = (root.dataset.fontSize as FontSize | undefined) ?? 'normal';
    for (const b of sizeButtons) b.setAttribute('aria-pressed', String(b.dataset.fontSize === size));
    contrastButton?.setAttribute('aria-pressed', String(root.dataset.contrast === 'high'));
  };
  const announce = (message: string | undefined) => {
    if (status && message) status.textContent = message;
  };

  for (const button of sizeButtons) {
    button.addEventListener('click', () => {
      const size = button.dataset.fontSize as FontSize;
      if (size === 'normal') delete root.dataset.fontSize;
      else root.dataset.fontSize = size;
      save(FONT_KEY, size === 'normal' ? null : size);
      render();
      announce(button.dataset.announce);
    });
  }
  contrastButton?.addEventListener('click', () => {
    const on = root.dataset.contrast !== 'high';
    if (on) root.dataset.contrast = 'high';
    else delete root.dataset.contrast;
    save(CONTRAST_KEY, on ? 'high' : null);
    render();
    announce(on ? contrastButton.dataset.announceOn : contrastButton.dataset.announceOff);
  });

  render();
  group.hidden = false;
}

/**
 * 朗读本文: reads the article aloud with the browser's own speech
 * synthesis (the Web Speech API; no service of ours or anyone else's).
 * The button is hidden in the HTML and shown only where the browser has
 * a voice; it reads the title and the body a block at a time, in the
 * article's language, and a second press stops it.
 */
const BLOCKS = '.article__kicker, .article__title, .article__subtitle, .article__body :is(p, h2, h3, h4, li, blockquote, figcaption, td, th)';

/** The text to read: one string per block, in order, blocks inside others not twice. */
export function textBlocks(article: Element): string[] {
  const blocks = [...article.querySelectorAll(BLOCKS)].filter((el) => !el.parentElement?.closest(BLOCKS) || el.matches('li, td, th'));
  return blocks.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()).filter((text) => text !== '');
}

export function initSpeakButtons(): void {
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-speak]')];
  if (buttons.length === 0 || !window.speechSynthesis || typeof SpeechSynthesisUtterance !== 'function') return;
  const synth = window.speechSynthesis;
  let speaking: HTMLButtonElement | undefined;

  const reset = () => {
    if (speaking) {
      speaking.textContent = speaking.dataset.labelStart ?? '';
    }
    speaking = undefined;
  };
  const voiceFor = (lang: string) => {
    const base = lang.toLowerCase().split('-')[0]!;
    const voices = synth.getVoices();
    return voices.find((v) => v.lang.toLowerCase() === lang.toLowerCase()) ?? voices.find((v) => v.lang.toLowerCase().startsWith(base));
  };

  for (const button of buttons) {
    button.addEventListener('click', () => {
      const wasMine = speaking === button;
      synth.cancel();
      reset();
      if (wasMine) return;
      const article = button.closest('article');
      if (!article) return;
      const lang = article.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
      const voice = voiceFor(lang);
      const texts = textBlocks(article);
      texts.forEach((text, i) => {
        const utterance = new SpeechSynthesisUtterance(text);
        utterance.lang = lang;
        if (voice) utterance.voice = voice;
        if (i === texts.length - 1) utterance.addEventListener('end', () => speaking === button && reset());
        synth.speak(utterance);
      });
      speaking = button;
      button.textContent = button.dataset.labelStop ?? '';
    });
  }
  // Show the buttons once the browser has a voice (Chromium lists its voices a moment after the page loads).
  const show = () => {
    if (synth.getVoices().length === 0) return;
    for (const button of buttons) button.hidden = false;
  };
  show();
  synth.addEventListener?.('voiceschanged', show);
  window.addEventListener('pagehide', () => synth.cancel());
}

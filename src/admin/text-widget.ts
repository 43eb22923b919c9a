/**
 * The web editor's text fields, safe for Chinese input methods: the one-line
 * field (Decap's `string` widget replaced) and the article body (a plain
 * textarea in place of Decap's markdown editor).
 *
 * Decap's own string widget puts the cursor back after every change
 * (`setSelectionRange` in componentDidUpdate). While an input method is
 * composing, that commits the composition: typing 市中 with pinyin gave
 * “s市中” (the first letter of the pinyin stayed). Its markdown editor is
 * built on Slate, whose handling of compositions is known to drop or double
 * characters (decap-cms #4837, #1347); in the browser test the first word
 * typed with pinyin into an empty body (今年) was lost in some runs. The body
 * is edited as markdown text anyway (the raw mode: the rich-text mode
 * rewrites Chinese bold lead-ins), so a textarea loses nothing.
 *
 * These fields keep their text while composing and tell Decap the value when
 * the composition ends (and on every change outside a composition), and never
 * move the cursor.
 */
import type { CmsWidgetControlProps } from 'decap-cms-core';
import { Component, createElement as h } from 'react';

type ControlProps = CmsWidgetControlProps<unknown> & { setActiveStyle?: () => void; setInactiveStyle?: () => void };

function asText(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
}

/** The body's box: as tall as its text (where the browser can), never shorter than a screenful. */
const BODY_STYLE = { minHeight: '28rem', fieldSizing: 'content', resize: 'vertical', fontFamily: 'inherit', lineHeight: 1.8 } as const;

/**
 * A text control, one line (`input`) or many (`textarea`). A class component:
 * Decap validates a field through a ref to its control, which a function
 * component has not.
 */
function textControl(kind: 'line' | 'body' | 'date') {
  const multiline = kind === 'body';
  const own = multiline
    ? { rows: 16, style: BODY_STYLE, spellCheck: false }
    : kind === 'date'
      ? { type: 'text', placeholder: '年-月-日，如 2026-12-01', inputMode: 'numeric', autoComplete: 'off', spellCheck: false }
      : { type: 'text' };
  return class TextControl extends Component<ControlProps, { text: string }> {
    composing = false;
    override state = { text: asText(this.props.value) };

    override componentDidUpdate(previous: ControlProps): void {
      if (!this.composing && previous.value !== this.props.value && asText(this.props.value) !== this.state.text) {
        this.setState({ text: asText(this.props.value) });
      }
    }

    override render() {
      const { onChange, forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
      return h(multiline ? 'textarea' : 'input', {
        ...own,
        id: forID,
        className: classNameWrapper,
        value: this.state.text,
        onFocus: setActiveStyle,
        onBlur: setInactiveStyle,
        onCompositionStart: () => {
          this.composing = true;
        },
        onCompositionEnd: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
          this.composing = false;
          this.setState({ text: e.currentTarget.value });
          onChange(e.currentTarget.value);
        },
        onChange: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
          this.setState({ text: e.currentTarget.value });
          if (!this.composing) onChange(e.currentTarget.value);
        },
      });
    }
  };
}

export const StringControl = textControl('line');
export const BodyControl = textControl('body');
/** Dates as text, 2026-12-01, whatever the browser's language (fields.ts, dateField). */
export const DateControl = textControl('date');

export function TextPreview({ value }: { value?: unknown }) {
  return h('div', null, asText(value));
}

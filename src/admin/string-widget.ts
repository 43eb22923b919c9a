/**
 * The one-line text field of the web editor, safe for Chinese input methods.
 *
 * Decap's own string widget puts the cursor back after every change
 * (`setSelectionRange` in componentDidUpdate). While an input method is
 * composing, that commits the composition: typing 市中 with pinyin gave
 * “s市中” (the first letter of the pinyin stayed). This field keeps its
 * text while composing and tells Decap the value when the composition ends
 * (and on every change outside a composition), and never moves the cursor.
 */
import { createElement as h, useEffect, useRef, useState } from 'react';

interface ControlProps {
  value?: unknown;
  onChange(value: string): void;
  forID?: string;
  classNameWrapper?: string;
  setActiveStyle?: () => void;
  setInactiveStyle?: () => void;
}

export function StringControl({ value, onChange, forID, classNameWrapper, setActiveStyle, setInactiveStyle }: ControlProps) {
  const composing = useRef(false);
  const [text, setText] = useState(typeof value === 'string' ? value : '');
  useEffect(() => {
    if (!composing.current) setText(typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value));
  }, [value]);
  return h('input', {
    type: 'text',
    id: forID,
    className: classNameWrapper,
    value: text,
    onFocus: setActiveStyle,
    onBlur: setInactiveStyle,
    onCompositionStart: () => {
      composing.current = true;
    },
    onCompositionEnd: (e: { currentTarget: HTMLInputElement }) => {
      composing.current = false;
      setText(e.currentTarget.value);
      onChange(e.currentTarget.value);
    },
    onChange: (e: { currentTarget: HTMLInputElement }) => {
      setText(e.currentTarget.value);
      if (!composing.current) onChange(e.currentTarget.value);
    },
  });
}

export function StringPreview({ value }: { value?: unknown }) {
  return h('div', null, typeof value === 'string' ? value : '');
}

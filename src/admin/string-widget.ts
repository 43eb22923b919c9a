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
import type { CmsWidgetControlProps } from 'decap-cms-core';
import { Component, createElement as h } from 'react';

type ControlProps = CmsWidgetControlProps<unknown> & { setActiveStyle?: () => void; setInactiveStyle?: () => void };

function asText(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
}

/** A class component: Decap validates a field through a ref to its control, which a function component has not. */
export class StringControl extends Component<ControlProps, { text: string }> {
  composing = false;
  override state = { text: asText(this.props.value) };

  override componentDidUpdate(previous: ControlProps): void {
    if (!this.composing && previous.value !== this.props.value && asText(this.props.value) !== this.state.text) {
      this.setState({ text: asText(this.props.value) });
    }
  }

  override render() {
    const { onChange, forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
    return h('input', {
      type: 'text',
      id: forID,
      className: classNameWrapper,
      value: this.state.text,
      onFocus: setActiveStyle,
      onBlur: setInactiveStyle,
      onCompositionStart: () => {
        this.composing = true;
      },
      onCompositionEnd: (e: { currentTarget: HTMLInputElement }) => {
        this.composing = false;
        this.setState({ text: e.currentTarget.value });
        onChange(e.currentTarget.value);
      },
      onChange: (e: { currentTarget: HTMLInputElement }) => {
        this.setState({ text: e.currentTarget.value });
        if (!this.composing) onChange(e.currentTarget.value);
      },
    });
  }
}

export function StringPreview({ value }: { value?: unknown }) {
  return h('div', null, asText(value));
}

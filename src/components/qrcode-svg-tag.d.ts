/** qrcode's SVG renderer (the one `QRCode.toString({ type: 'svg' })` uses), called on a code already made; its package types leave it out. */
declare module 'qrcode/lib/renderer/svg-tag.js' {
  import type { QRCode, QRCodeToStringOptions } from 'qrcode';
  export function render(qr: QRCode, options: QRCodeToStringOptions): string;
}

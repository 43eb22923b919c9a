import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { joinNames } from '../../../src/i18n';
import { shareCardsEnabled, shareImagePath } from '../../../src/share-card/paths';

const ROOT = join(import.meta.dirname, '../../..');

describe('share image URL and the SHIZHONG_SHARE_CARDS switch', () => {
  it('points at the card of the article in its language', () => {
    expect(shareImagePath('zh-CN', 'yongan-town-li-feng', {})).toBe('/share/yongan-town-li-feng.png');
    expect(shareImagePath('en', 'yongan-town-li-feng', {})).toBe('/en/share/yongan-town-li-feng.png');
  });

  it('falls back to the default image when cards are switched off', () => {
    for (const value of ['0', 'false', 'off', 'no', ' OFF ']) {
      expect(shareCardsEnabled({ SHIZHONG_SHARE_CARDS: value }), value).toBe(false);
      expect(shareImagePath('en', 'x', { SHIZHONG_SHARE_CARDS: value })).toBe('/images/share-default.png');
    }
    for (const value of [undefined, '', '1', 'true']) expect(shareCardsEnabled({ SHIZHONG_SHARE_CARDS: value }), String(value)).toBe(true);
  });

  it('joins department names as each language lists them', () => {
    expect(joinNames(['区委宣传部', '区科协'], 'zh-CN')).toBe('区委宣传部、区科协');
    expect(joinNames(['Publicity Department', 'Science Association'], 'en')).toBe('Publicity Department, Science Association');
  });
});

describe('site images in public/images (made by scripts/make-default-share.ts)', () => {
  it('has a logo drawn with paths only, no text that needs fonts', () => {
    const svg = readFileSync(join(ROOT, 'public/images/logo.svg'), 'utf8');
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 512 512"/);
    expect(svg).not.toMatch(/<text|font-family|<image/);
    expect(svg).toContain('fill="#9f1d20"');
  });

  it('has a 512×512 PNG logo and a 1200×630 default share image', async () => {
    expect(await sharp(join(ROOT, 'public/images/logo.png')).metadata()).toMatchObject({ format: 'png', width: 512, height: 512 });
    expect(await sharp(join(ROOT, 'public/images/share-default.png')).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
  });
});

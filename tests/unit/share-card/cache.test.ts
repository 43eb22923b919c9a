/**
 * Share cards kept between builds (src/share-card/cache.ts): a card drawn
 * once is read back, byte for byte, without drawing; a change to what the
 * card shows, or to the drawing code, draws it again.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { cardCache, cardCodeVersion } from '../../../src/share-card/cache';
import { renderShareCard, type ShareCardInput } from '../../../src/share-card/render';
import { ROOT } from '../../support/fixtures';

const card: ShareCardInput = {
  title: '奏响强工兴产“主旋律” 凝聚工业倍增“新合力”',
  column: '强工兴产 转型突围',
  date: '2023年5月26日',
  departments: '永安镇',
  siteName: '市中新闻',
  locale: 'zh-CN',
};

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'shizhong-cards-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** renderShareCard, counting its calls. */
function countingRenderer() {
  const calls: ShareCardInput[] = [];
  return {
    calls,
    draw: (input: ShareCardInput) => {
      calls.push(input);
      return renderShareCard(input);
    },
  };
}

describe('share card cache', () => {
  it('draws a card once and reads the same PNG back on the next build', async () => {
    const dir = tempDir();
    const renderer = countingRenderer();
    const first = await cardCache(dir).get(card, renderer.draw);
    // A new cache object over the same folder: the next build's process.
    const second = await cardCache(dir).get(card, renderer.draw);
    expect(renderer.calls).toHaveLength(1);
    expect(second.equals(first)).toBe(true);
    expect(await sharp(second).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
    expect(readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.png'))).toHaveLength(1);
    expect(readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.tmp'))).toHaveLength(0);
  });

  it('draws again when what the card shows changes', async () => {
    const dir = tempDir();
    const renderer = countingRenderer();
    const before = await cardCache(dir).get(card, renderer.draw);
    const after = await cardCache(dir).get({ ...card, title: `${card.title}（修订）` }, renderer.draw);
    expect(renderer.calls).toHaveLength(2);
    expect(after.equals(before)).toBe(false);
  });

  it('draws again when the drawing code changes', async () => {
    // A copy of the project's card code and package manifests, with one file edited.
    const root = tempDir();
    cpSync(join(ROOT, 'src', 'share-card'), join(root, 'src', 'share-card'), { recursive: true });
    cpSync(join(ROOT, 'src', 'lib', 'cjk.ts'), join(root, 'src', 'lib', 'cjk.ts'));
    for (const name of ['satori', 'sharp', '@expo-google-fonts/noto-sans-sc', '@expo-google-fonts/source-sans-3']) {
      cpSync(join(ROOT, 'node_modules', name, 'package.json'), join(root, 'node_modules', name, 'package.json'));
    }
    const original = cardCodeVersion(root);
    expect(original).toBe(cardCodeVersion(ROOT));
    writeFileSync(join(root, 'src', 'share-card', 'layout.ts'), '// edited\n', { flag: 'a' });
    const edited = cardCodeVersion(root);
    expect(edited).not.toBe(original);

    const dir = tempDir();
    const renderer = countingRenderer();
    await cardCache(dir, original).get(card, renderer.draw);
    await cardCache(dir, original).get(card, renderer.draw);
    await cardCache(dir, edited).get(card, renderer.draw);
    expect(renderer.calls).toHaveLength(2);
  });
});

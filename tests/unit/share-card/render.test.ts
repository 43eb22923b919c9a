/**
 * Real renders with the real fonts: PNG size and format, glyphs drawn as
 * paths (not tofu, not <text> that needs fonts on the viewer's machine),
 * and long titles kept inside the card.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fontFace, CJK_FAMILY } from '../../../src/share-card/font';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  layoutTitle,
  renderShareCard,
  renderShareCardSvg,
  uncoveredCharacters,
  type ShareCardInput,
} from '../../../src/share-card/render';
import { renderDefaultShareImage } from '../../../src/share-card/site-images';

const ROOT = join(import.meta.dirname, '../../..');

const yongan: ShareCardInput = {
  title: '奏响强工兴产“主旋律” 凝聚工业倍增“新合力”',
  column: '强工兴产 转型突围',
  date: '2023年5月26日',
  departments: '永安镇',
  siteName: '市中新闻',
  tagline: '枣庄市市中区新闻门户',
  locale: 'zh-CN',
};

const english: ShareCardInput = {
  title: 'Playing the “Main Theme” of Strengthening Industry and Invigorating Sectors, Pooling a “New Combined Force” for Doubling Industrial Output',
  column: 'Strong Industry, Transformation Breakthrough',
  date: '26 May 2023',
  departments: "Yong'an Town",
  siteName: 'Shizhong News',
  tagline: 'News from Shizhong District, Zaozhuang',
  locale: 'en',
};

/** Greyscale pixels of a PNG, one byte each. */
async function grey(png: Buffer): Promise<{ data: Buffer; width: number; height: number }> {
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** One character drawn alone with Noto Sans SC Bold, as greyscale pixels. */
async function glyphPixels(char: string): Promise<Buffer> {
  const face = fontFace(CJK_FAMILY, 700);
  const tree = { type: 'div', props: { style: { display: 'flex', width: 200, height: 200, fontSize: 160, background: '#fff', color: '#000' }, children: char } };
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {
    width: 200,
    height: 200,
    fonts: [{ name: face.family, data: face.data, weight: face.weight }],
  });
  return (await grey(await sharp(Buffer.from(svg)).png().toBuffer())).data;
}

describe('share card', { timeout: 60_000 }, () => {
  it('is a 1200×630 PNG', async () => {
    const meta = await sharp(await renderShareCard(yongan)).metadata();
    expect(meta).toMatchObject({ format: 'png', width: CARD_WIDTH, height: CARD_HEIGHT });
    expect([CARD_WIDTH, CARD_HEIGHT]).toEqual([1200, 630]);
  });

  it('draws every glyph as a path, so it looks the same without the fonts', async () => {
    const svg = await renderShareCardSvg(yongan);
    expect(svg).not.toMatch(/<text/);
    const outlines = [...svg.matchAll(/<path[^>]* d="([^"]+)"/g)].map((m) => m[1]!.length);
    expect(outlines.length).toBeGreaterThan(5);
    expect(outlines.reduce((a, b) => a + b, 0)).toBeGreaterThan(20_000);
  });

  it('draws different titles differently', async () => {
    const a = await grey(await renderShareCard(yongan));
    const b = await grey(await renderShareCard({ ...yongan, title: '听民意解民忧 做好群众知心人' }));
    let differing = 0;
    for (let i = 0; i < a.data.length; i++) if (a.data[i] !== b.data[i]) differing++;
    expect(differing).toBeGreaterThan(5_000);
  });

  it('draws rare characters of the font as themselves, not as the empty box', async () => {
    const notdef = await glyphPixels('\ue000'); // a private-use code point: no font has it
    for (const rare of ['龘', '䶮', '𬌗', '鱻']) {
      const pixels = await glyphPixels(rare);
      let differing = 0;
      for (let i = 0; i < pixels.length; i++) if (Math.abs(pixels[i]! - notdef[i]!) > 64) differing++;
      expect(differing, rare).toBeGreaterThan(1_000);
    }
    // And a whole card with them renders.
    expect(uncoveredCharacters({ ...yongan, title: '龘䶮𬌗鱻' })).toEqual([]);
    await expect(renderShareCard({ ...yongan, title: '龘䶮𬌗鱻' })).resolves.toBeInstanceOf(Buffer);
  });

  it('names the characters no font has and refuses to draw them as tofu', async () => {
    const card = { ...yongan, title: '𠀀字测试', departments: '𪚥' };
    expect(uncoveredCharacters(card)).toEqual(['𠀀', '𪚥']);
    await expect(renderShareCard(card)).rejects.toThrow(/𠀀 \(U\+20000\)/);
  });

  it('wraps a long title to at most three lines, smaller, within the card', async () => {
    const title = '市中区召开全区工业经济高质量发展暨招商引资重点项目建设推进会议，全面部署下一阶段重点工作任务，确保全年目标圆满完成';
    const layout = layoutTitle(title, 'zh-CN', true);
    expect(layout.lines.length).toBeLessThanOrEqual(3);
    expect(layout.fontSize).toBeLessThan(72);
    expect(layout.lines.join('')).toBe(title);

    const { data, width, height } = await grey(await renderShareCard({ ...yongan, title }));
    // The right margin (x ≥ 1128) below the band and above the footer stays blank.
    for (let y = 120; y < height - 100; y++) {
      for (let x = width - 72; x < width; x++) expect(data[y * width + x], `pixel ${x},${y}`).toBeGreaterThan(245);
    }
    // And there is text in the title area.
    let dark = 0;
    for (let i = 150 * width; i < (height - 100) * width; i++) if (data[i]! < 100) dark++;
    expect(dark).toBeGreaterThan(10_000);
  });

  it('cuts a title with an ellipsis only when even the smallest size cannot hold it', () => {
    const layout = layoutTitle('很长的标题'.repeat(30), 'zh-CN', true);
    expect(layout.truncated).toBe(true);
    expect(layout.lines).toHaveLength(3);
    expect(layout.lines[2]!.endsWith('…')).toBe(true);
  });

  it('makes English cards, the long title whole in three lines', async () => {
    const layout = layoutTitle(english.title, 'en', true);
    expect(layout.truncated).toBe(false);
    expect(layout.lines.join(' ')).toBe(english.title);
    expect((await sharp(await renderShareCard(english)).metadata()).width).toBe(1200);
  });

  it('fits every published title whole, with glyphs for every character', () => {
    const dir = join(ROOT, 'content/articles');
    for (const year of readdirSync(dir)) {
      for (const file of readdirSync(join(dir, year)).filter((f) => f.endsWith('.md'))) {
        const front = parse(readFileSync(join(dir, year, file), 'utf8').split(/^---$/m)[1]!) as { title: string; lang?: string };
        const locale = file.endsWith('.en.md') ? 'en' : 'zh-CN';
        expect(uncoveredCharacters({ ...yongan, title: front.title, locale }), file).toEqual([]);
        const layout = layoutTitle(front.title, locale, true);
        expect(layout.truncated, file).toBe(false);
      }
    }
  });
});

describe('default share image', { timeout: 60_000 }, () => {
  it('is a 1200×630 PNG', async () => {
    expect(await sharp(await renderDefaultShareImage()).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
  });
});

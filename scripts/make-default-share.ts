/**
 * Writes the site's own images into public/images/ (committed, so the
 * build does not depend on running this):
 *
 *   logo.svg           the seal, 市中 over 新闻, text drawn as paths
 *   logo.png           the same, 512×512, for places that want a raster logo
 *   share-default.png  1200×630: seal, 市中新闻, 枣庄市市中区新闻门户, publisher
 *
 * Run after changing the design in src/share-card/ or the names in
 * src/site.ts:
 *
 *   npm run images:site
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { ROOT } from './lib/shared/paths.ts';
import { renderDefaultShareImage, renderLogoSvg } from '../src/share-card/site-images.ts';

const out = join(ROOT, 'public/images');
mkdirSync(out, { recursive: true });

const logo = await renderLogoSvg(512);
const files: [string, Buffer | string][] = [
  ['logo.svg', `${logo}\n`],
  ['logo.png', await sharp(Buffer.from(logo)).png({ compressionLevel: 9 }).toBuffer()],
  ['share-default.png', await renderDefaultShareImage()],
];
for (const [name, data] of files) {
  writeFileSync(join(out, name), data);
  console.log(`wrote ${relative(ROOT, join(out, name))} (${Buffer.byteLength(data)} bytes)`);
}

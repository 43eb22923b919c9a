/**
 * Share cards kept between builds. Drawing a card costs about 30 ms
 * (satori and sharp), 5 minutes for 10,000 articles; a card depends only
 * on what it shows and on the code that draws it, so each PNG is kept in
 * Astro's cache folder (`<cacheDir>/share-cards/`, see src/lib/env.ts)
 * under a hash of both, and an unchanged article's card is read back
 * instead of drawn again.
 *
 * "The code that draws it" is every file of src/share-card/ and the
 * CJK character classes the layout uses (src/lib/cjk.ts), read from the
 * project root (the build runs there; Astro's bundle has no sources), and
 * the versions of satori, sharp and the two font packages.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir } from '../lib/env.ts';

/** Packages whose versions change the drawing. */
const PACKAGES = ['satori', 'sharp', '@expo-google-fonts/noto-sans-sc', '@expo-google-fonts/source-sans-3'];

/** The folder under the cache folder that holds the cards. */
export const CARD_CACHE_DIR = 'share-cards';

/** A hash of the card-drawing code and the packages it draws with, read from `root`. */
export function cardCodeVersion(root: string = process.cwd()): string {
  const hash = createHash('sha256');
  const dir = join(root, 'src', 'share-card');
  const files = [...readdirSync(dir).filter((f) => f.endsWith('.ts')).sort().map((f) => join(dir, f)), join(root, 'src', 'lib', 'cjk.ts')];
  for (const file of files) hash.update(`\0${file.slice(root.length)}\0`).update(readFileSync(file));
  for (const name of PACKAGES) {
    const { version } = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
    hash.update(`\0${name}@${version}`);
  }
  return hash.digest('hex');
}

export interface CardCache {
  /** The card for `input`: read from the cache, or drawn by `draw` and kept. */
  get<T>(input: T, draw: (input: T) => Promise<Buffer>): Promise<Buffer>;
}

/**
 * A cache of cards in `<dir>/<key[0..2]>/<key>.png`, the key a hash of the
 * code version and the card's input (as JSON). A card is written to a
 * temporary file and renamed into place, so a build stopped halfway
 * leaves no half-written card.
 */
export function cardCache(dir: string = join(cacheDir, CARD_CACHE_DIR), code: string = cardCodeVersion()): CardCache {
  return {
    async get(input, draw) {
      const key = createHash('sha256').update(code).update('\0').update(JSON.stringify(input)).digest('hex');
      const file = join(dir, key.slice(0, 2), `${key}.png`);
      if (existsSync(file)) return readFileSync(file);
      const png = await draw(input);
      mkdirSync(join(dir, key.slice(0, 2)), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, png);
      renameSync(temporary, file);
      return png;
    },
  };
}

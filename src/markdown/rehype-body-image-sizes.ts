/**
 * Body images (`![说明](../../media/a.jpg)`) in the same widths as covers:
 * Astro's markdown image step (rehype-images, which runs after our
 * plugins) hands an `<img>`'s properties to its image service, so setting
 * `widths` and `sizes` here gives the image a `srcset` instead of one
 * file at the photo's full width. Only local images: the content check
 * refuses images from other hosts, and the sanitiser drops their `src`.
 */
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { IMAGE_SIZES, IMAGE_WIDTHS } from '../lib/image-sizes.ts';
import { LOCAL_IMAGE_URL } from './sanitize-schema.ts';

export default function rehypeBodyImageSizes() {
  return (tree: Root, file: VFile) => {
    // The images Astro's image step will process (markdown `![]()` images it found in this file).
    const local = (file.data as { astro?: { localImagePaths?: string[] } }).astro?.localImagePaths ?? [];
    if (local.length === 0) return;
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'img' || typeof node.properties.src !== 'string' || !LOCAL_IMAGE_URL.test(node.properties.src)) return;
      if (!local.includes(decodeURI(node.properties.src))) return;
      // Read by Astro's image step as getImage() options, not written as HTML attributes.
      const options: Record<string, unknown> = node.properties;
      options.widths = [...IMAGE_WIDTHS];
      options.sizes = IMAGE_SIZES;
    });
  };
}

/**
 * The widths every article image is made in, and the `sizes` that tell the
 * browser how wide it is shown: the text column is 38rem, the full screen
 * on phones. Covers (src/components/CoverImage.astro) and body images
 * (src/markdown/rehype-body-image-sizes.ts) share them. Widths above an
 * image's own are dropped by Astro's image service (the original width
 * is then the largest).
 */
export const IMAGE_WIDTHS: readonly number[] = [360, 720, 1080, 1440];

export const IMAGE_SIZES = '(max-width: 40rem) 100vw, 38rem';

/**
 * A Word file (.docx) to one draft: mammoth reads the document into plain
 * HTML (its markdown output is deprecated), html-blocks.ts turns that into
 * paragraphs, and structured.ts reads the title block. Images are kept as
 * bytes for import.ts to save under content/media/<year>/.
 */
import mammoth from 'mammoth';
import type { Content } from '../shared/content.ts';
import { buildDrafts, type DraftOptions } from './draft.ts';
import { htmlBlocks } from './html-blocks.ts';
import type { MediaDraft } from './media.ts';
import { articleFromBlocks } from './structured.ts';

/** Word styles an editor's file may use for a title block or a caption (English and Chinese Word). */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='标题'] => h1:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='副标题'] => p:fresh",
  "p[style-name='Caption'] => p.caption:fresh",
  "p[style-name='题注'] => p.caption:fresh",
  "p[style-name='标题 1'] => h1:fresh",
  "p[style-name='标题 2'] => h2:fresh",
  "p[style-name='标题 3'] => h3:fresh",
];

export async function importDocx(bytes: Buffer, content: Content, options: DraftOptions): Promise<MediaDraft[]> {
  const images: Array<{ bytes: Buffer; contentType: string }> = [];
  let result;
  try {
    result = await mammoth.convertToHtml(
      { buffer: bytes },
      {
        styleMap: STYLE_MAP,
        ignoreEmptyParagraphs: true,
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async (image) => {
          images.push({ bytes: await image.readAsBuffer(), contentType: image.contentType });
          return { src: `docx-image:${images.length - 1}` };
        }),
      },
    );
  } catch (e) {
    throw new Error(`读不出这个 Word 文件（可能已经损坏）：请在 Word 或 WPS 里打开后重新“另存为” .docx。（${(e as Error).message}）`);
  }
  const blocks = htmlBlocks(result.value);
  const { raw, images: pending } = articleFromBlocks(blocks, { columnNames: content.columns.entries.map((c) => c.name.zh) });
  const [draft] = buildDrafts([raw], content, options);
  const media = pending.map((p) => {
    const block = blocks[p.block] as { src: string };
    const image = images[Number(block.src.replace('docx-image:', ''))];
    return { token: p.token, bytes: image?.bytes, note: image ? undefined : `第 ${p.token.split('/')[1]} 张图片在 Word 文件里是链接，不是图片本身：请另存这张图片放进 content/media/，再改正文里的路径` };
  });
  return [{ draft: draft!, media }];
}

/**
 * A web page saved as one file (.mhtml/.mht: Chrome's and Edge's “save as
 * single file”, an Android phone's “download page”): a MIME multipart
 * message whose parts are the page's HTML and its images, each encoded as
 * quoted-printable, base64 or as it is, the text in the charset its headers
 * (or the page's <meta>) name. Decoded here into the HTML and a map from
 * each resource's address (Content-Location, or cid:Content-ID) to its bytes.
 * Written by hand: the format is a few headers and two encodings, and the
 * npm libraries for it parse into a DOM (jsdom) the importer does not use.
 */

export interface Mhtml {
  html: string;
  /** The page's own address, as saved. */
  location: string | undefined;
  /** The other parts' bytes by address. */
  resources: Map<string, Buffer>;
  /** The charset the HTML was decoded from. */
  charset: string;
}

/** Whether bytes look like an MHTML file: MIME headers announcing multipart/related. */
export function isMhtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  return /^(?:From:|MIME-Version:|Snapshot-Content-Location:|Subject:|Date:|Content-Type:)/imu.test(head.trimStart()) && /Content-Type:\s*multipart\/related/iu.test(head);
}

/** Header fields of one part (names lower-cased; folded lines unfolded). */
function headers(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.replace(/\r?\n[ \t]+/gu, ' ').split(/\r?\n/u)) {
    const m = /^([A-Za-z-]+):\s*(.*)$/u.exec(line);
    if (m) out.set(m[1]!.toLowerCase(), m[2]!.trim());
  }
  return out;
}

function quotedPrintable(text: string): Buffer {
  const soft = text.replace(/=\r?\n/gu, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i += 1) {
    const c = soft[i]!;
    if (c === '=' && /^[0-9A-Fa-f]{2}$/u.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(c.charCodeAt(0) & 0xff);
  }
  return Buffer.from(bytes);
}

const param = (value: string | undefined, name: string) => (value ? new RegExp(`${name}\\s*=\\s*"?([^";]+)"?`, 'iu').exec(value)?.[1]?.trim() : undefined);

/** Decode an MHTML file, or throw an Error (in Chinese) saying what is wrong with it. */
export function decodeMhtml(bytes: Uint8Array): Mhtml {
  const text = Buffer.from(bytes).toString('latin1');
  const split = /\r?\n\r?\n/u.exec(text);
  if (!split) throw new Error('文件头不完整');
  const top = headers(text.slice(0, split.index));
  const boundary = param(top.get('content-type'), 'boundary');
  if (!boundary) throw new Error('找不到分段标记（boundary）');
  const parts = text.split(`--${boundary}`).slice(1);
  let page: { body: Buffer; charset: string | undefined; location: string | undefined } | undefined;
  const resources = new Map<string, Buffer>();
  for (const raw of parts) {
    if (raw.startsWith('--')) break;
    const cut = /\r?\n\r?\n/u.exec(raw);
    if (!cut) continue;
    const h = headers(raw.slice(0, cut.index));
    const content = raw.slice(cut.index + cut[0].length).replace(/\r?\n$/u, '');
    const encoding = (h.get('content-transfer-encoding') ?? '').toLowerCase();
    const body = encoding === 'base64' ? Buffer.from(content.replace(/\s+/gu, ''), 'base64') : encoding === 'quoted-printable' ? quotedPrintable(content) : Buffer.from(content, 'latin1');
    const type = (h.get('content-type') ?? '').toLowerCase();
    const location = h.get('content-location');
    if (!page && type.startsWith('text/html')) {
      page = { body, charset: param(h.get('content-type'), 'charset'), location };
      continue;
    }
    if (location) resources.set(location, body);
    const id = h.get('content-id')?.replace(/^<|>$/gu, '');
    if (id) resources.set(`cid:${id}`, body);
  }
  if (!page) throw new Error('里面没有网页（text/html）');
  const ascii = page.body.toString('latin1');
  const charset = (page.charset ?? /<meta[^>]+charset\s*=\s*["']?([\w-]+)/iu.exec(ascii)?.[1] ?? 'utf-8').toLowerCase();
  let html: string;
  try {
    html = new TextDecoder(charset === 'gb2312' || charset === 'gbk' ? 'gb18030' : charset).decode(page.body);
  } catch {
    throw new Error(`网页的编码“${charset}”读不了`);
  }
  return { html, location: page.location ?? top.get('snapshot-content-location'), resources, charset };
}

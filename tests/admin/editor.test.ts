/**
 * The web editor (/admin/) in Debian's Chromium, against `npm run editor`
 * (a real decap-server and `astro dev`) on a temporary copy of the content:
 * an editor writes a new article (Chinese typed through an input method,
 * departments picked by their Chinese names, a body pasted from Word),
 * saves it, and the file is where the build expects it, passes the content
 * checks and is published by a build with links to both departments; an
 * existing article edited in one field changes one line; an English
 * translation is made from a Chinese article; no request leaves 127.0.0.1.
 * And the editor is safe and calm: `npm run editor` answers on 127.0.0.1
 * only; /admin/ says 「正在打开编辑器……」 at once; saving in one tab reloads
 * no tab; a local backup Decap offers is restored; dates read 2026-12-01 in
 * an English browser; the list starts with the newest; no developer text.
 *
 * SHIZHONG_ADMIN_SCREENSHOTS=docs/images saves the screenshots of the
 * editor guide's chapter on the web editor.
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suggestSlug } from '../../src/lib/content-files/slug.ts';
import { parseFrontmatter } from '../../src/lib/content-files/frontmatter.ts';
import { launchBrowser, type LaunchedBrowser } from '../../scripts/lib/shared/browser.ts';
import { git, outsideVitest, removeRepo, ROOT, startEditor, type RunningEditor } from '../support/editor.ts';

const SCREENSHOTS = process.env.SHIZHONG_ADMIN_SCREENSHOTS;

let editor: RunningEditor;
let browser: LaunchedBrowser;
let page: Page;
let cdp: CDPSession;
const hosts = new Set<string>();
const pageErrors: string[] = [];
const network = { inFlight: 0, last: Date.now() };
/** The answer to Decap's “load the local backup?” (no, except in the test of the backup). */
let loadBackups = false;
/** The first visit to /admin/: when the loading text and the login button appeared (ms after the request). */
const firstVisit = { loadingText: NaN, ready: NaN };

const TITLE = '市中区召开招商引资推进会';
const PASTED_WORD = [
  '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head><body><!--StartFragment-->',
  '<p class=MsoNormal><b><span lang=ZH-CN style="font-family:宋体;font-size:16pt">锚定“强工业”，在转型倍增上攻坚突围。</span></b><span style="font-family:宋体;color:#333">健全领导包保机制，推动项目落地。</span><o:p></o:p></p>',
  '<p class=MsoNormal><span style="font-family:宋体">第二段从微信复制。<img src="https://mmbiz.qpic.cn/mmbiz_jpg/abc/640"></span></p>',
  '<p><br></p><!--EndFragment--></body></html>',
].join('');

function fieldId(name: string): string {
  return `[id^="${name}-field-"]`;
}

async function shot(name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(join(ROOT, SCREENSHOTS), { recursive: true });
  await page.screenshot({ path: join(ROOT, SCREENSHOTS, name) });
}

/** Type Chinese as an input method does: a composition of pinyin, then the chosen characters committed. */
async function typeWithIme(pinyin: string, chosen: string): Promise<void> {
  for (let i = 1; i <= pinyin.length; i += 1) {
    await cdp.send('Input.imeSetComposition', { text: pinyin.slice(0, i), selectionStart: i, selectionEnd: i });
  }
  await cdp.send('Input.imeSetComposition', { text: chosen, selectionStart: chosen.length, selectionEnd: chosen.length });
  await cdp.send('Input.insertText', { text: chosen });
}

/** Pick entries of a searchable picker by typing part of their Chinese name. */
async function pick(field: string, query: string, option: string): Promise<void> {
  await page.click(fieldId(field));
  await page.keyboard.type(query);
  await page.locator('[id*="-option-"]', { hasText: option }).first().click();
}

/**
 * 发布 → 立即发布, until the editor says the changes are saved (the menu can
 * close under the pointer when the form re-renders: then open it again).
 */
async function save(): Promise<void> {
  const unsaved = page.getByText('含未保存的修改');
  for (let attempt = 1; ; attempt += 1) {
    try {
      await page.getByRole('button', { name: '发布' }).first().click();
      await page.locator('[role="menuitem"]', { hasText: '立即发布' }).last().click({ timeout: 5_000 });
      await unsaved.waitFor({ state: 'hidden', timeout: 15_000 });
      return;
    } catch (e) {
      if (attempt === 4) throw e;
    }
  }
}

/**
 * Wait until the editor has stopped loading: no request in flight for 0.7 s.
 * Decap fills a form in steps (the collection's entries, the data files of
 * the pickers, a local backup) and re-renders it after each; a field typed
 * into before the last one can lose what was typed.
 */
async function settled(): Promise<void> {
  const until = Date.now() + 30_000;
  while ((network.inFlight > 0 || Date.now() - network.last < 700) && Date.now() < until) await page.waitForTimeout(100);
}

/**
 * Go to an address of the editor through its collection's list, as an editor
 * does: Decap keeps one editor view from one form's address to another's and
 * would not load the second entry (nothing reloads the page after a save).
 */
async function go(hash: string): Promise<void> {
  const collection = /^#\/collections\/([^/?]+)/.exec(hash)?.[1];
  if (collection && /\/collections\/[^/]+\/(new|entries\/)/.test(page.url())) {
    await page.goto(`${editor.site}/admin/#/collections/${collection}`);
    await settled();
  }
  await page.goto(`${editor.site}/admin/${hash}`);
}

/** Open a form of the editor by its address, once it has loaded. */
async function open(hash: string): Promise<void> {
  await go(hash);
  await page.locator(fieldId('title')).waitFor();
  await settled();
}

async function waitForFile(path: string): Promise<string> {
  for (let i = 0; i < 100 && !existsSync(path); i += 1) await page.waitForTimeout(200);
  if (!existsSync(path)) {
    await page.screenshot({ path: join(editor.repo, 'not-saved.png') });
    const shown = await page.evaluate(() => document.body.innerText.slice(0, 600));
    throw new Error(`${path} was not written; page errors: ${pageErrors.join(' | ')}\nthe page shows: ${shown}`);
  }
  return readFileSync(path, 'utf8');
}

beforeAll(async () => {
  editor = await startEditor();
  // An English browser: the editor must not follow the browser's locale (dates as 2026-12-01, not mm/dd/yyyy).
  browser = await launchBrowser({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  page = await browser.newPage();
  // Every request's host, kept as the full URL when it is not 127.0.0.1 (so a failure says which).
  page.on('request', (r) => {
    const host = new URL(r.url()).host;
    hosts.add(host.startsWith('127.0.0.1') ? host : r.url());
    network.inFlight += 1;
    network.last = Date.now();
  });
  const finished = () => {
    network.inFlight -= 1;
    network.last = Date.now();
  };
  page.on('requestfinished', finished);
  page.on('requestfailed', finished);
  page.on('pageerror', (e) => pageErrors.push(e.message));
  // “Leave without saving?”: yes (a failed step must not hold the next one on its
  // page). “Load the local backup?” (left by a failed attempt): no, start afresh.
  page.on('dialog', (d) => void (d.message().includes('本地备份') && !loadBackups ? d.dismiss() : d.accept()).catch(() => undefined));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('Failed prop type')) pageErrors.push(m.text());
  });
  cdp = await page.context().newCDPSession(page);
  const visited = Date.now();
  await page.goto(`${editor.site}/admin/`, { timeout: 90_000, waitUntil: 'commit' });
  await page.getByText('正在打开编辑器……').waitFor({ timeout: 10_000 });
  firstVisit.loadingText = Date.now() - visited;
  try {
    await page.getByRole('button', { name: '登录' }).waitFor({ timeout: 90_000 });
    firstVisit.ready = Date.now() - visited;
    await page.getByRole('button', { name: '登录' }).click();
  } catch (e) {
    throw new Error(`the editor did not open: ${String(e)}\npage errors: ${pageErrors.join('\n')}\nnpm run editor printed:\n${editor.output()}`);
  }
  await page.getByText('英文译文').first().waitFor();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (editor) {
    await editor.stop();
    if (!process.env.SHIZHONG_KEEP_EDITOR_REPO) removeRepo(editor.repo);
  }
});

/** This machine's addresses other than loopback (link-local IPv6 left out: it needs an interface to connect to). */
function otherAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && !a.internal && !a.address.startsWith('fe80:'))
    .map((a) => a!.address);
}

/** How a TCP connection to address:port ends: 'connected', or the error's code. */
function tryConnect(host: string, port: number): Promise<string> {
  return new Promise((done) => {
    const socket = connect({ host, port, timeout: 3_000 });
    socket.once('connect', () => {
      socket.destroy();
      done('connected');
    });
    socket.once('timeout', () => {
      socket.destroy();
      done('timeout');
    });
    socket.once('error', (e: NodeJS.ErrnoException) => done(e.code ?? e.message));
  });
}

/** Whether anything covers the 「新建英文译文」 banner over the preview (Decap's buttons float over its top-right corner). */
async function bannerCovered(): Promise<string[]> {
  const frame = page.locator('iframe').first();
  const note = frame.contentFrame().locator('.translation-note');
  await note.locator('[data-admin="new-translation"]').waitFor();
  const frameBox = await frame.boundingBox();
  if (!frameBox) throw new Error('the preview has no box');
  // Every line of the banner's text, in the editor page's coordinates.
  const lines = await note.evaluate((p) => {
    const range = document.createRange();
    range.selectNodeContents(p);
    return [...range.getClientRects()].map(({ x, y, width, height }) => ({ x, y, width, height }));
  });
  expect(lines.length).toBeGreaterThan(0);
  const covered: string[] = [];
  // What is on top at each line's left end, middle and right end.
  for (const line of lines) {
    const y = frameBox.y + line.y + line.height / 2;
    for (const x of [line.x + 2, line.x + line.width / 2, line.x + line.width - 2].map((v) => frameBox.x + v)) {
      // A button of Decap's over it (not, say, a passing “saved” notice).
      const top = await page.evaluate(([px, py]) => document.elementFromPoint(px ?? 0, py ?? 0)?.closest('button')?.outerHTML.slice(0, 80), [x, y]);
      if (top) covered.push(`${top} at ${Math.round(x)},${Math.round(y)}`);
    }
  }
  return covered;
}

describe('npm run editor is reachable from this computer only', () => {
  it('the machine\'s other addresses are refused on both ports; the API answers on 127.0.0.1', async () => {
    const info = await fetch(`http://127.0.0.1:${editor.decapPort}/api/v1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'info' }),
    });
    expect(await info.json()).toMatchObject({ type: 'local_fs' });
    expect((await fetch(`${editor.site}/admin/`)).status).toBe(200);
    const addresses = otherAddresses();
    // A machine with no network but loopback has nothing to refuse; every CI runner has one.
    expect(addresses.length, 'this machine has no address but loopback').toBeGreaterThan(0);
    const port = Number(new URL(editor.site).port);
    for (const address of addresses) {
      for (const p of [port, editor.decapPort]) expect(await tryConnect(address, p), `${address}:${p}`).toBe('ECONNREFUSED');
    }
  });

  it('refuses to be opened to the network with --host', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/editor.ts'), '--host', '0.0.0.0'], { encoding: 'utf8', env: outsideVitest(), timeout: 30_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('SSH 隧道');
  });
});

describe('calm to work in', () => {
  const kicker = () => page.locator(fieldId('kicker'));

  it('the first visit says 「正在打开编辑器……」 at once, then the editor opens', async () => {
    console.log(
      `npm run editor ready after ${(editor.startedInMs / 1000).toFixed(1)} s; first visit: loading text after ${firstVisit.loadingText} ms, login after ${firstVisit.ready} ms`,
    );
    expect(firstVisit.loadingText).toBeLessThan(firstVisit.ready);
    expect(await page.locator('#admin-loading').count()).toBe(0);
  });

  it('saving in one tab reloads neither that tab nor another one; the dev preview shows what was saved', async () => {
    git(editor.repo, 'reset', '-q', '--hard');
    await open('#/collections/articles/entries/2023/yongan-town-li-feng');
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    await kicker().fill('这一页还没保存的引题');

    const other = await browser.newPage();
    other.on('dialog', (d) => void d.accept().catch(() => undefined));
    await other.goto(`${editor.site}/admin/#/collections/articles/entries/2023/kuangqu-subdistrict-chen-yan`);
    await other.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    const subtitle = other.locator(fieldId('subtitle'));
    await subtitle.waitFor();
    await other.waitForTimeout(1_500);
    await subtitle.fill('——另一个标签页保存的副题');
    await other.getByRole('button', { name: '发布' }).first().click();
    await other.locator('[role="menuitem"]', { hasText: '立即发布' }).last().click();
    await other.getByText('含未保存的修改').waitFor({ state: 'hidden', timeout: 20_000 });
    const path = 'content/articles/2023/kuangqu-subdistrict-chen-yan.md';
    await expect.poll(() => readFileSync(join(editor.repo, path), 'utf8')).toContain('——另一个标签页保存的副题');

    // The dev server has seen the file (the preview shows it); then neither tab has reloaded.
    await expect.poll(async () => (await fetch(`${editor.site}/articles/kuangqu-subdistrict-chen-yan/`)).text()).toContain('——另一个标签页保存的副题');
    await page.waitForTimeout(2_000);
    for (const tab of [page, other]) expect(await tab.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    expect(await kicker().inputValue()).toBe('这一页还没保存的引题');
    await other.close();
  });

  it('a local backup Decap offers to load is loaded, and stays when the file has arrived', async () => {
    // What was typed above is in the browser's backup (Decap writes it 2 s after the last change).
    await page.waitForTimeout(3_000);
    loadBackups = true;
    try {
      await page.reload();
      await kicker().waitFor();
      await settled();
      await page.waitForTimeout(1_000);
      expect(await kicker().inputValue()).toBe('这一页还没保存的引题');
    } finally {
      loadBackups = false;
    }
    // Leave it unsaved: the next form starts afresh (the backup is dismissed from now on).
    git(editor.repo, 'reset', '-q', '--hard');
  });

  it('an untouched new form says nothing about saving; dates are typed and shown as 2026-12-01 in an English browser', async () => {
    await open('#/collections/articles/new');
    const text = await page.locator('body').innerText();
    expect(text).not.toContain('修改已保存');
    expect(text).not.toContain('含未保存的修改');
    const date = page.locator(fieldId('date'));
    expect(await date.getAttribute('type')).toBe('text');
    expect(await date.getAttribute('placeholder')).toContain('2026-12-01');
    await open('#/collections/articles/entries/2023/yongan-town-li-feng');
    const shown = await page.locator(fieldId('date')).inputValue();
    expect(shown).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(readFileSync(join(editor.repo, 'content/articles/2023/yongan-town-li-feng.md'), 'utf8')).toContain(`date: ${shown}\n`);
    const form = await page.locator('body').innerText();
    expect(form).not.toMatch(/\bUTC\b|mm\/dd\/yyyy/i);
  });

  it('the body ends with its last character: Ctrl+End and typing goes on the last line', async () => {
    const body = page.locator(fieldId('body'));
    const before = await body.inputValue();
    expect(before).not.toMatch(/\s$/);
    await body.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText('（完）');
    expect(await body.inputValue()).toBe(`${before}（完）`);
  });

  it('the list starts with the newest article and says nothing a developer would (paths, commands)', async () => {
    // Afresh: the form above was left with a change (the question “leave?” is answered yes).
    await go('#/collections/articles');
    await page.reload();
    await page.getByText('本站的中文文章').waitFor();
    await settled();
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/npm run|content\/|\.md\b|<文件名>/);
    const dates = [...text.matchAll(/（(\d{4}-\d{2}-\d{2})）/g)].map((m) => m[1] ?? '');
    expect(dates.length).toBeGreaterThan(5);
    expect(dates).toEqual([...dates].sort().reverse());
    const newest = readdirSync(join(editor.repo, 'content/articles'))
      .flatMap((year) => readdirSync(join(editor.repo, 'content/articles', year)).filter((n) => !n.endsWith('.en.md')).map((n) => join(editor.repo, 'content/articles', year, n)))
      .map((file) => /^date: (\S+)$/m.exec(readFileSync(file, 'utf8'))?.[1] ?? '')
      .sort()
      .at(-1);
    expect(dates[0]).toBe(newest);
  });
});

describe('web editor', () => {
  const departments = ['yongan-town', 'kuangqu-subdistrict'];
  const slug = suggestSlug({ departments, title: TITLE });
  it('names the new file from whole words of the title (召开 is not cut to zhao)', () => {
    expect(slug).toBe('yongan-town-shi-zhong-qu');
  });
  const file = () => join(editor.repo, 'content/articles/2024', `${slug}.md`);
  const out = () => join(editor.repo, 'dist');
  let build: Promise<unknown> = Promise.reject(new Error('not built'));
  build.catch(() => undefined);

  it('creates an article: Chinese typed with an input method, departments picked by Chinese name, a body pasted from Word', async () => {
    // A retried attempt starts from the content as it was (a saved article would take the file name).
    git(editor.repo, 'reset', '-q', '--hard');
    git(editor.repo, 'clean', '-qfd', 'content');
    await open('#/collections/articles/new');
    await page.locator(fieldId('title')).click();
    await typeWithIme('shizhong', '市中');
    await expect.poll(() => page.locator(fieldId('title')).inputValue()).toBe('市中');
    await page.keyboard.insertText(TITLE.slice(2));

    await pick('column', '强工', '强工兴产');
    await pick('type', '报道', '报道');
    await page.locator(fieldId('date')).fill('2024-03-01');
    await pick('departments', '永安', '永安镇');
    await pick('departments', '矿区', '矿区街道');
    await pick('topics', '招商', '招商引资');

    const body = page.locator(fieldId('body'));
    await body.click();
    await typeWithIme('jinnian', '今年');
    await page.keyboard.insertText('以来，全区上下真抓实干。');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await body.evaluate((el, html) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', '锚定“强工业”，在转型倍增上攻坚突围。健全领导包保机制，推动项目落地。\n第二段从微信复制。');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, PASTED_WORD);
    await expect.poll(() => body.inputValue()).toContain('**锚定“强工业”，在转型倍增上攻坚突围。**健全领导包保机制');

    // The preview: the site's styles, the bold lead-in bold.
    const preview = page.locator('iframe').first().contentFrame();
    await expect.poll(() => preview.locator('.article__title').innerText()).toBe(TITLE);
    expect(await preview.locator('.prose strong').first().innerText()).toBe('锚定“强工业”，在转型倍增上攻坚突围。');
    const style = await preview.locator('.prose p').first().evaluate((p) => {
      const s = getComputedStyle(p);
      return { font: s.fontFamily, lineHeight: parseFloat(s.lineHeight) / parseFloat(s.fontSize) };
    });
    expect(style.font).toMatch(/Noto Sans SC|PingFang SC|Microsoft YaHei/);
    expect(style.lineHeight).toBeGreaterThan(1.6);
    if (SCREENSHOTS) {
      await page.locator(fieldId('type')).scrollIntoViewIfNeeded();
      await shot('admin-new-article.png');
    }

    await save();
    const text = await waitForFile(file());
    const fm = parseFrontmatter(text);
    expect(fm.data).toMatchObject({ title: TITLE, column: 'qianggong-xingchan', type: 'report', departments, topics: ['investment-promotion'] });
    expect(text).toContain('date: 2024-03-01\n');
    expect(text).toContain('departments:\n  - "yongan-town"\n  - "kuangqu-subdistrict"\n');
    expect(fm.body).toContain('今年以来，全区上下真抓实干。');
    expect(fm.body).toContain('**锚定“强工业”，在转型倍增上攻坚突围。**健全领导包保机制，推动项目落地。\n\n第二段从微信复制。');
    expect(fm.body).not.toMatch(/<span|style=|mmbiz|!\[|MsoNormal|StartFragment/);
    expect(fm.body).not.toContain('shizhong');
  });

  it('the saved article passes the content checks and shows up in the dev preview at once', async () => {
    const lint = execFileSync(process.execPath, [join(ROOT, 'scripts/lint-content.ts')], {
      env: { ...process.env, SHIZHONG_CONTENT_DIR: join(editor.repo, 'content') },
      encoding: 'utf8',
    });
    expect(lint).toContain('0 个错误');
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i += 1) {
      status = (await fetch(`${editor.site}/articles/${slug}/`)).status;
      if (status !== 200) await page.waitForTimeout(300);
    }
    const html = await (await fetch(`${editor.site}/articles/${slug}/`)).text();
    expect(parseHtml(html).querySelector('h1')?.textContent).toBe(TITLE);
    // The build of the next test runs while the browser goes on.
    build = promisify(execFile)(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: ROOT,
      env: {
        ...outsideVitest(),
        SHIZHONG_CONTENT_DIR: join(editor.repo, 'content'),
        SHIZHONG_OUT_DIR: out(),
        SHIZHONG_CACHE_DIR: join(editor.repo, '.build-cache'),
        SHIZHONG_SHARE_CARDS: '0',
      },
    });
  });

  it('editing one field of an existing article changes one line', async () => {
    git(editor.repo, 'add', '-A');
    git(editor.repo, 'commit', '--allow-empty', '-qm', 'new article');
    await open('#/collections/articles/entries/2023/yongan-town-li-feng');
    const kicker = page.locator(fieldId('kicker'));
    await expect.poll(() => kicker.inputValue()).toBe('永安镇');
    await kicker.fill('永安镇党委');
    await save();
    const path = 'content/articles/2023/yongan-town-li-feng.md';
    for (let i = 0; i < 100 && git(editor.repo, 'status', '--porcelain', path) === ''; i += 1) await page.waitForTimeout(200);
    expect(git(editor.repo, 'diff', '--numstat', path).trim()).toBe(`1\t1\t${path}`);
    expect(git(editor.repo, 'diff', '-U0', path)).toContain('+kicker: "永安镇党委"');
  });

  it('adds a topic in the data file, keeping the file as it was around it', async () => {
    git(editor.repo, 'add', '-A');
    git(editor.repo, 'commit', '--allow-empty', '-qm', 'edit');
    await go('#/collections/data/entries/topics');
    // Wait for the file's entries (listed by their Chinese names), then add one.
    await page.getByText('工业倍增（industrial-doubling）').waitFor();
    await settled();
    await page.getByRole('button', { name: /新增主题/ }).click();
    // The entries are listed collapsed; the new one opens (its name, then its description).
    const shown = (name: string) => page.locator(`${fieldId(name)}:visible`).first();
    await shown('id').fill('rural-revitalization');
    await shown('zh').fill('乡村振兴');
    await shown('en').fill('Rural Revitalization');
    await save();
    const path = 'content/topics.yaml';
    for (let i = 0; i < 100 && git(editor.repo, 'status', '--porcelain', path) === ''; i += 1) await page.waitForTimeout(200);
    const [added, removed] = git(editor.repo, 'diff', '--numstat', path).trim().split('\t');
    // Two lines added (id, name; the empty order and description are not written), none changed.
    expect([added, removed]).toEqual(['2', '0']);
    const diff = git(editor.repo, 'diff', '-U0', path);
    expect(diff).toContain('+- id: rural-revitalization');
    expect(diff).toContain('+  name: { zh: 乡村振兴, en: Rural Revitalization }');
  });

  it('makes an English translation of a Chinese article, saved as <slug>.en.md', async () => {
    const translation = join(editor.repo, 'content/articles/2024', `${slug}.en.md`);
    rmSync(translation, { force: true });
    await open(`#/collections/articles/entries/2024/${slug}`);
    await expect.poll(() => page.locator(fieldId('title')).inputValue()).toBe(TITLE);
    const link = page.locator('iframe').first().contentFrame().locator('[data-admin="new-translation"]');
    await link.waitFor();
    expect(await bannerCovered()).toEqual([]);
    await link.click();
    await expect.poll(() => page.url()).toContain('/collections/translations/new');
    await page.locator(fieldId('title')).waitFor();
    await settled();
    await page.locator(fieldId('title')).fill('Shizhong holds a meeting on investment promotion');
    const body = page.locator(fieldId('body'));
    await body.click();
    await page.keyboard.insertText('Since the start of the year, the district has worked hard.');
    await save();
    const text = await waitForFile(translation);
    expect(parseFrontmatter(text).data).toMatchObject({ lang: 'en', translationOf: slug, type: 'report', departments, date: expect.anything() });
  }, 120_000);

  it('a build publishes it, with links to both departments', async () => {
    await build;
    const doc = parseHtml(readFileSync(join(out(), 'articles', slug, 'index.html'), 'utf8'));
    expect(doc.querySelector('h1')?.textContent).toBe(TITLE);
    const links = doc.querySelectorAll('.article__footer a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining(['/departments/yongan-town/', '/departments/kuangqu-subdistrict/']));
    expect(doc.querySelector('.prose strong')?.textContent).toBe('锚定“强工业”，在转型倍增上攻坚突围。');
    // The editor is not for readers: not in the sitemap, not for robots, noindex.
    const admin = readFileSync(join(out(), 'admin', 'index.html'), 'utf8');
    expect(parseHtml(admin).querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
    expect(admin).not.toContain('data-pagefind-body');
    expect(readFileSync(join(out(), 'robots.txt'), 'utf8')).toContain('Disallow: /admin/');
    const sitemap = readFileSync(join(out(), 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`/articles/${slug}/`);
    expect(sitemap).not.toContain('/admin/');
    // Reader pages load nothing of the editor.
    const article = readFileSync(join(out(), 'articles', slug, 'index.html'), 'utf8');
    expect(article).not.toMatch(/decap|admin\//i);
  }, 240_000);

  it.runIf(SCREENSHOTS)('screenshot: the preview of an article with an editor\'s note', async () => {
    await go('#/collections/articles');
    await page.getByText('拓宽视野 借鉴经验 谋大招强').first().click();
    await page.locator('iframe').first().contentFrame().locator('.editor-note').waitFor();
    await shot('admin-preview.png');
  });

  it('makes no request to any host but 127.0.0.1', () => {
    expect([...new Set([...hosts].map((h) => h.replace(/:\d+$/, '')))]).toEqual(['127.0.0.1']);
    expect(pageErrors).toEqual([]);
  });

  it('Ctrl-C stops decap-server and the dev server', async () => {
    expect(editor.output()).toContain(`${editor.site}/admin/`);
    await editor.stop();
    await expect(fetch(`${editor.site}/`)).rejects.toThrow();
    await expect(fetch(`http://127.0.0.1:${editor.decapPort}/api/v1`, { method: 'POST' })).rejects.toThrow();
  });
});

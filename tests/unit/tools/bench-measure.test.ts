/**
 * The benchmark's measuring parts that decide its figures: the server
 * that counts a search's bytes (sent as a static host sends them), and
 * the summary of a real V8 CPU profile.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:http2';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { summarise } from '../../../scripts/lib/bench/profile';
import { countingServer } from '../../../scripts/lib/bench/queries';

function get(url: string, headers: Record<string, string> = {}): Promise<{ headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((done, fail) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', fail)
      .end();
  });
}

describe('the benchmark', () => {
  it('counts the bytes of /pagefind/ files as sent: text gzipped, index files as they are', async () => {
    const site = mkdtempSync(join(tmpdir(), 'shizhong-counting-'));
    mkdirSync(join(site, 'pagefind', 'zh-cn'), { recursive: true });
    const script = 'export const words = "招商引资 营商环境";\n'.repeat(400);
    writeFileSync(join(site, 'pagefind', 'zh-cn', 'pagefind.js'), script);
    const meta = Buffer.from(Array.from({ length: 5000 }, (_, i) => i % 251));
    writeFileSync(join(site, 'pagefind', 'zh-cn', 'x.pf_meta'), meta);
    writeFileSync(join(site, 'index.html'), '<html lang="zh-CN"><title>首页</title></html>');
    const { server, url, tally } = await countingServer(site);
    try {
      const js = await get(`${url}/pagefind/zh-cn/pagefind.js`, { 'accept-encoding': 'gzip, br' });
      expect(js.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(js.body).toString()).toBe(script);
      expect(js.body.length).toBeLessThan(script.length / 10);
      const bin = await get(`${url}/pagefind/zh-cn/x.pf_meta`, { 'accept-encoding': 'gzip' });
      expect(bin.headers['content-encoding']).toBeUndefined();
      expect(bin.body.equals(meta)).toBe(true);
      // Pages outside /pagefind/ are served but not counted.
      await get(`${url}/`, { 'accept-encoding': 'gzip' });
      expect(tally.requests).toBe(2);
      expect(tally.bytes).toBe(js.body.length + meta.length);
      expect(tally.byKind).toEqual({ script: js.body.length, metadata: meta.length });
      // Without Accept-Encoding the file goes as it is.
      const plain = await get(`${url}/pagefind/zh-cn/pagefind.js`);
      expect(plain.body.toString()).toBe(script);
    } finally {
      server.close();
    }
  });

  it('serves the same over HTTP/2 with TLS, as the site is served, and counts it the same', async () => {
    const site = mkdtempSync(join(tmpdir(), 'shizhong-counting-'));
    mkdirSync(join(site, 'pagefind', 'zh-cn'), { recursive: true });
    const script = 'export const words = "招商引资";\n'.repeat(400);
    writeFileSync(join(site, 'pagefind', 'zh-cn', 'pagefind.js'), script);
    const { server, url, tally } = await countingServer(site, { http2: true });
    const session = connect(url, { rejectUnauthorized: false });
    try {
      expect(url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      const { headers, body } = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>((done, fail) => {
        const stream = session.request({ ':path': '/pagefind/zh-cn/pagefind.js', 'accept-encoding': 'gzip' });
        const chunks: Buffer[] = [];
        let head: Record<string, unknown> = {};
        stream.on('response', (h) => (head = h));
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => done({ headers: head, body: Buffer.concat(chunks) }));
        stream.on('error', fail);
        stream.end();
      });
      expect(headers[':status']).toBe(200);
      expect(headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(body).toString()).toBe(script);
      expect(tally).toMatchObject({ requests: 1, bytes: body.length });
    } finally {
      session.close();
      server.close();
    }
  });

  it('names the function that took the time in a real CPU profile', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shizhong-prof-'));
    const busy = 'function spinForTheProfile(){let x=0;const end=Date.now()+400;while(Date.now()<end)x+=Math.sqrt(x+1);return x}spinForTheProfile()';
    execFileSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '-e', busy]);
    const [file] = readdirSync(dir);
    const summary = summarise(join(dir, file!), 5);
    expect(summary.seconds).toBeGreaterThan(0.3);
    expect(summary.byFunction[0]?.[0]).toMatch(/^spinForTheProfile/);
    expect(summary.byFunction[0]?.[1]).toBeGreaterThan(0.2);
  });
});

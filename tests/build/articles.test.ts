/**
 * Every article page, as a reader gets it: built HTML parsed with a real
 * parser and compared with what the editor wrote in content/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/build';
import { sourceArticles, sourceData } from '../support/content';
import { cjkBreaks, page, text } from '../support/html';

const articles = sourceArticles();
const zh = articles.filter((a) => (a.data.lang ?? 'zh-CN') === 'zh-CN');
const departments = new Map(sourceData('departments').map((d) => [d.id, d]));

describe('article pages', () => {
  it('publishes all 14 source articles in Chinese', () => {
    expect(zh).toHaveLength(14);
  });

  describe.each(zh.map((a) => [a.slug, a] as const))('%s', (slug, article) => {
    const doc = page(`/articles/${slug}/`);
    const body = doc.querySelector('.article__body');

    it('has its title as the one h1, in a zh-CN page', () => {
      expect(doc.querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
      const h1s = doc.querySelectorAll('h1');
      expect(h1s).toHaveLength(1);
      expect(text(h1s[0]).trim()).toBe(article.data.title);
      expect(text(doc.querySelector('title'))).toContain(article.data.title);
    });

    it('shows kicker, subtitle, byline and speaker as written', () => {
      const header = text(doc.querySelector('.article__header'));
      if (article.data.kicker) expect(text(doc.querySelector('.article__kicker'))).toBe(article.data.kicker);
      if (article.data.subtitle) expect(text(doc.querySelector('.article__subtitle'))).toBe(article.data.subtitle);
      for (const name of article.data.reporters ?? []) expect(header).toContain(name);
      for (const name of article.data.correspondents ?? []) expect(header).toContain(name);
      if (article.data.reporters?.length) expect(header).toContain('记者');
      if (article.data.correspondents?.length) expect(header).toContain('通讯员');
      const speaker = article.data.speaker;
      if (speaker && !article.data.subtitle?.includes(speaker.name)) {
        expect(text(doc.querySelector('.article__speaker'))).toBe(`${speaker.role}${speaker.name}`);
      }
      if (speaker) expect(header).toContain(speaker.name);
    });

    it('links to each of its departments by name', () => {
      const links = doc.querySelectorAll('.article__footer a[href^="/departments/"]');
      const linked = links.map((a) => a.getAttribute('href'));
      const expected = (article.data.departments as string[]).map((id) => `/departments/${id}/`);
      expect(linked).toEqual(expected);
      links.forEach((a, i) => expect(text(a)).toBe(departments.get(article.data.departments[i])!.name.zh));
    });

    it('links to each of its topics', () => {
      const linked = doc.querySelectorAll('.article__footer a[href^="/topics/"]').map((a) => a.getAttribute('href'));
      expect(linked).toEqual(((article.data.topics ?? []) as string[]).map((id) => `/topics/${id}/`));
    });

    it('has a date and a body without ** or CJK soft breaks', () => {
      expect(doc.querySelector('.article__date time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      expect(body).not.toBeNull();
      expect(text(body)).not.toContain('**');
      expect(doc.toString()).not.toContain('**');
      const blocks = body!.querySelectorAll('p, li, h2, h3, h4, td, th, blockquote');
      expect(blocks.length).toBeGreaterThan(0);
      for (const block of blocks) expect(cjkBreaks(block.innerHTML.replace(/<[^>]+>/g, ''))).toEqual([]);
    });

    it('renders every bold lead-in of the source as <strong>', () => {
      const leadIns = [...article.body.matchAll(/\*\*(.+?)\*\*/g)].map((m) => m[1]);
      const strong = body!.querySelectorAll('strong').map((s) => text(s));
      expect(strong).toEqual(leadIns);
    });

    it('has a breadcrumb from 首页 to its column or type', () => {
      const crumbs = doc.querySelectorAll('.breadcrumb li').map((li) => text(li).trim());
      expect(crumbs[0]).toBe('首页');
      expect(crumbs.at(-1)).toBe(article.data.title);
    });

    it('needs no JavaScript: its only scripts are the small reading tools (and 朗读本文)', () => {
      const scripts = doc.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json');
      // Files, not inline (the Content-Security-Policy allows only 'self'): the first-paint settings and the buttons.
      const code = scripts.map((s) => readFileSync(join(DIST, s.getAttribute('src') ?? ''), 'utf8'));
      expect(code).toHaveLength(2);
      expect(code.every((c) => /sz-font-size|data-reading-tools/.test(c))).toBe(true);
      expect(code.reduce((n, c) => n + c.length, 0)).toBeLessThan(3072);
    });
  });

  it('prints the bold lead-ins of the 永安镇 interview as strong text', () => {
    const strong = page('/articles/yongan-town-li-feng/').querySelectorAll('.article__body strong').map((s) => text(s));
    expect(strong[0]).toBe('锚定“强工业”，在转型倍增上攻坚突围。');
    expect(strong).toHaveLength(4);
  });

  it('shows the editor’s note on the 商务和投资促进局 piece whose body repeats the 住建局 piece', () => {
    const ren = page('/articles/study-trip-ren-jinlei/');
    const huang = page('/articles/study-trip-huang-yongmin/');
    expect(text(ren.querySelector('.editor-note'))).toContain('住建局');
    expect(huang.querySelector('.editor-note')).toBeNull();
    expect(text(ren.querySelector('.article__body'))).toBe(text(huang.querySelector('.article__body')));
  });

  it('signs the open letter with its four bodies and its date', () => {
    const letter = page('/articles/letter-to-science-workers/');
    const signature = letter.querySelectorAll('.article__signature p').map((p) => text(p));
    expect(signature).toEqual([
      '中共市中区委宣传部',
      '市中区科学技术协会',
      '市中区科学技术局',
      '市中区全民科学素质工作领导小组办公室',
      '2023年5月26日',
    ]);
  });

  it('prints the source line of the 我为群众办实事 reports', () => {
    expect(text(page('/articles/wenhualu-subdistrict-home-visits/').querySelector('.article__source'))).toBe(
      '来源于区创建“满意市中”工作专班',
    );
  });

  it('offers previous and next within the column', () => {
    const nav = page('/articles/kuangqu-subdistrict-chen-yan/').querySelector('.column-nav');
    expect(nav).not.toBeNull();
    expect(nav!.querySelectorAll('a').length).toBeGreaterThan(0);
  });

  it('lists related articles that share a department or topic', () => {
    const related = page('/articles/study-trip-liu-hao/').querySelectorAll('.related a[href^="/articles/"]');
    expect(related.length).toBeGreaterThan(0);
    expect(related.map((a) => a.getAttribute('href'))).not.toContain('/articles/study-trip-liu-hao/');
  });
});

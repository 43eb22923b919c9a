/**
 * Companies and projects as a search filter (Pagefind filter `company`):
 * the search page narrows to the articles that name one, the same
 * articles its page on the site lists.
 */
import { describe, expect, inject, it } from 'vitest';
import { page as builtPage } from '../support/html';
import { browserForFile } from '../support/browser-per-file';
import { expandFacets, facetCount, resultPaths, settled, sorted } from './search-helpers';

const baseUrl = inject('baseUrl');
const browser = browserForFile();

/** The article paths a company's page on the site lists. */
const listedOn = (path: string) =>
  builtPage(path)
    .querySelectorAll('.mention-list h2 a')
    .map((a) => a.getAttribute('href') ?? '');

describe('search by company or project', () => {
  it('?company=xinyuanda gives the articles the company page lists, and the facet is ticked', async () => {
    const expected = listedOn('/companies/xinyuanda/');
    expect(expected.length).toBeGreaterThanOrEqual(2);
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/search/?company=xinyuanda`);
    await settled(page);
    expect(sorted(await resultPaths(page))).toEqual(sorted(expected));
    expect(await page.isChecked('.search-facet input[name="company"][value="xinyuanda"]')).toBe(true);
    await page.close();
  });

  it('lists companies as a facet with their names and counts, and ticking one narrows the results', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/search/`);
    await settled(page);
    const legend = page.locator('.search-facet legend', { hasText: '企业与项目' });
    expect(await legend.count()).toBe(1);
    await expandFacets(page);
    const id = 'xinyuanda-lithium-battery-base';
    const expected = listedOn(`/companies/${id}/`);
    expect(await facetCount(page, 'company', id)).toBe(expected.length);
    const box = page.locator(`.search-facet input[name="company"][value="${id}"]`);
    expect(await box.locator('xpath=..').textContent()).toContain('新远大矿用锂电设备生产基地项目');
    await box.check();
    await page.waitForURL(/company=/);
    await settled(page);
    expect(sorted(await resultPaths(page))).toEqual(sorted(expected));
    await page.close();
  });
});

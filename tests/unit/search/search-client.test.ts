/**
 * The search page's Pagefind client against a fake Pagefind: an in-memory
 * index that answers like pagefind.js 1.6 does in the ways the client
 * relies on (loose Chinese matching by characters, phrases matched
 * exactly, filter counts for every value, merged shards ordered by
 * relevance rather than by the sort asked for).
 */
import { describe, expect, it } from 'vitest';
import {
  CHECK_MAX,
  openIndex,
  searchClient,
  wordSegmenter,
  type Pagefind,
  type PagefindResponse,
  type Shards,
} from '../../../src/search/pagefind-client';
import type { PagefindFilters, PagefindSort } from '../../../src/search/filters';
import { emptyState, FILTER_KEYS, type SearchState } from '../../../src/search/state';

interface FakePage {
  url: string;
  title: string;
  content: string;
  date: string;
  filters: Record<string, string[]>;
}

function page(url: string, content: string, date: string, filters: Record<string, string[]> = {}): FakePage {
  return { url, title: url, content, date, filters: { year: [date.slice(0, 4)], ...filters } };
}

type SearchOptions = { filters?: PagefindFilters; sort?: PagefindSort };

/** A Pagefind-shaped index over `pages`, logging every call. */
class FakePagefind implements Pagefind {
  readonly calls: string[] = [];
  readonly searches: { term: string | null; options: SearchOptions | undefined }[] = [];
  constructor(private readonly pages: FakePage[]) {}

  async options(options: Record<string, unknown>): Promise<void> {
    this.calls.push(`options ${JSON.stringify(options)}`);
  }
  async init(): Promise<void> {
    this.calls.push('init');
  }
  async mergeIndex(path: string): Promise<void> {
    this.calls.push(`mergeIndex ${path}`);
  }
  async filters(): Promise<Record<string, Record<string, number>>> {
    this.calls.push('filters');
    return {};
  }

  /** Pagefind's matching: a quoted phrase as written; other words loosely, a Chinese word by its characters anywhere. */
  private matches(p: FakePage, term: string | null): boolean {
    if (term === null) return true;
    const text = `${p.title} ${p.content}`;
    const phrase = /^"(.*)"$/.exec(term);
    if (phrase) return text.includes(phrase[1]!);
    return term.split(/\s+/).every((word) => [...word].every((ch) => text.includes(ch)));
  }

  private passes(p: FakePage, filters: PagefindFilters | undefined): boolean {
    return Object.entries(filters ?? {}).every(([key, f]) => f!.any.some((v) => (p.filters[key] ?? []).includes(v)));
  }

  async search(term: string | null, options?: SearchOptions): Promise<PagefindResponse> {
    this.searches.push({ term, options });
    const found = this.pages.filter((p) => this.matches(p, term) && this.passes(p, options?.filters));
    // Merged shards come back by relevance (here: page order) unless all results are of one year, i.e. one shard.
    const oneYear = new Set(found.map((p) => p.date.slice(0, 4))).size <= 1;
    if (options?.sort && oneYear) found.sort((a, b) => (a.date < b.date ? -1 : 1) * (options.sort!.date === 'asc' ? 1 : -1));
    // Counts for every value in the index, with all filters applied, as Pagefind reports them.
    const filters: Record<string, Record<string, number>> = {};
    for (const key of FILTER_KEYS) {
      filters[key] = {};
      for (const p of this.pages) for (const v of p.filters[key] ?? []) filters[key][v] = 0;
      for (const p of found) for (const v of p.filters[key] ?? []) filters[key][v]! += 1;
    }
    return {
      filters,
      results: found.map((p) => ({
        data: async () => ({ url: p.url, content: p.content, excerpt: '', meta: { title: p.title, datetime: p.date }, filters: p.filters }),
      })),
    };
  }
}

const twoShards: Shards = [
  { years: ['2024'], path: '/pagefind/zh-cn/2024/' },
  { years: ['2022', '2023'], path: '/pagefind/zh-cn/2022-2023/' },
];

function state(o: Partial<Omit<SearchState, 'filters'>> & { filters?: Partial<SearchState['filters']> }): SearchState {
  const base = emptyState();
  return { ...base, ...o, filters: { ...base.filters, ...o.filters } };
}

async function urls(found: Promise<{ results: { data(): Promise<{ url: string }> }[] }>): Promise<string[]> {
  return Promise.all((await found).results.map(async (r) => (await r.data()).url));
}

const segment = wordSegmenter('zh-CN');

describe('search page Pagefind client', () => {
  it('loads the newest shard, merges the older ones into it and loads the filter index', async () => {
    const fake = new FakePagefind([]);
    const loaded: string[] = [];
    const opened = await openIndex(twoShards, async (url) => {
      loaded.push(url);
      return fake;
    });
    expect(opened).toBe(fake);
    expect(loaded).toEqual(['/pagefind/zh-cn/2024/pagefind.js']);
    expect(fake.calls).toEqual(['options {"excerptLength":40}', 'init', 'mergeIndex /pagefind/zh-cn/2022-2023/', 'filters']);
    await expect(openIndex([], async () => fake)).rejects.toThrow(/nothing to search/);
  });

  it('keeps only the candidates that have a Chinese term as written, filtered, counted and in date order', async () => {
    const fake = new FakePagefind([
      page('/a/', '全力推进招商引资工作。', '2023-03-01', { department: ['zhengfu'] }),
      page('/b/', '招商会上，引资三亿元。', '2023-05-01', { department: ['zhengfu'] }),
      page('/c/', '优化招商引资环境。', '2024-01-02', { department: ['dangwei'] }),
      page('/d/', '新远大项目签约。', '2024-02-02', { department: ['zhengfu'] }),
    ]);
    const client = searchClient(fake, { shards: twoShards, segment });
    expect(await urls(client.find(state({ q: '招商引资' })))).toEqual(['/c/', '/a/']);
    expect(await urls(client.find(state({ q: '招商引资', sort: 'oldest' })))).toEqual(['/a/', '/c/']);
    // One loose search, the rest done here.
    expect(fake.searches.map((s) => s.term)).toEqual(['招商引资', '招商引资']);

    const narrowed = await client.find(state({ q: '“招商引资”', filters: { department: ['zhengfu'] } }));
    expect(await urls(Promise.resolve(narrowed))).toEqual(['/a/']);
    // The department facet is counted without its own selection; the year facet with it.
    expect(narrowed.counts.department).toEqual({ zhengfu: 1, dangwei: 1 });
    expect(narrowed.counts.year).toEqual({ '2023': 1 });
  });

  it(`leaves more than ${CHECK_MAX} candidates to Pagefind, as an exact phrase`, async () => {
    const pages = (n: number) => Array.from({ length: n }, (_, i) => page(`/p${i}/`, i === 0 ? '招商引资' : '招商，引资', `2024-01-${String((i % 28) + 1).padStart(2, '0')}`));
    const few = new FakePagefind(pages(CHECK_MAX));
    expect(await urls(searchClient(few, { shards: twoShards.slice(0, 1), segment }).find(state({ q: '招商引资' })))).toEqual(['/p0/']);
    expect(few.searches.map((s) => s.term)).toEqual(['招商引资']);

    const many = new FakePagefind(pages(CHECK_MAX + 1));
    expect(await urls(searchClient(many, { shards: twoShards.slice(0, 1), segment }).find(state({ q: '招商引资' })))).toEqual(['/p0/']);
    expect(many.searches.map((s) => s.term)).toEqual(['招商引资', '"招商引资"']);
  });

  it('searches year by year, newest or oldest first, when the index is in several shards', async () => {
    const fake = new FakePagefind([
      page('/2022/', 'meeting', '2022-06-01'),
      page('/2024/', 'meeting', '2024-06-01'),
      page('/2023/', 'meeting', '2023-06-01'),
      page('/other/', 'signing', '2023-07-01'),
    ]);
    const client = searchClient(fake, { shards: twoShards, segment });
    expect(await urls(client.find(state({ q: 'meeting' })))).toEqual(['/2024/', '/2023/', '/2022/']);
    fake.searches.length = 0;
    expect(await urls(client.find(state({ q: '', sort: 'oldest' })))).toEqual(['/2022/', '/2023/', '/other/', '/2024/']);
    // One search for all, then one per year.
    expect(fake.searches.map((s) => s.options?.filters?.year?.any ?? [])).toEqual([[], ['2022'], ['2023'], ['2024']]);
    // Relevance order is Pagefind's own.
    expect(await urls(client.find(state({ q: 'meeting', sort: 'relevance' })))).toEqual(['/2022/', '/2024/', '/2023/']);

    // A year without results is not searched.
    fake.searches.length = 0;
    expect(await urls(client.find(state({ q: 'signing' })))).toEqual(['/other/']);
    expect(fake.searches.map((s) => s.options?.filters?.year?.any ?? [])).toEqual([[], ['2023']]);

    // With a single shard, the order is Pagefind's own and no more searches are run.
    const single = new FakePagefind([page('/old/', 'meeting', '2022-06-01'), page('/new/', 'meeting', '2024-06-01')]);
    expect(await urls(searchClient(single, { shards: twoShards.slice(0, 1), segment }).find(state({ q: '' })))).toEqual(['/old/', '/new/']);
    expect(single.searches).toHaveLength(1);
  });

  it("counts a facet that has a selection by a search without it, the others with every selection", async () => {
    const fake = new FakePagefind([
      page('/a/', 'meeting', '2023-01-01', { department: ['zhengfu'], type: ['news'] }),
      page('/b/', 'meeting', '2023-02-01', { department: ['dangwei'], type: ['news'] }),
      page('/c/', 'meeting', '2023-03-01', { department: ['dangwei'], type: ['notice'] }),
    ]);
    const found = await searchClient(fake, { shards: twoShards.slice(0, 1), segment }).find(state({ q: 'meeting', filters: { department: ['zhengfu'] } }));
    expect(await urls(Promise.resolve(found))).toEqual(['/a/']);
    expect(found.counts.department).toEqual({ zhengfu: 1, dangwei: 2 });
    expect(found.counts.type).toEqual({ news: 1, notice: 0 });
  });

  it('finds nothing when Pagefind falls back from a Chinese word that is nowhere in the index', async () => {
    // More than CHECK_MAX loose candidates, so Pagefind's own search runs; 飞机 is on none of the pages, only 飞 and 机 apart.
    const pages = (text: string) => Array.from({ length: CHECK_MAX + 1 }, (_, i) => page(`/p${i}/`, text, '2024-01-01'));
    const fallback = new FakePagefind(pages('飞行会议在机场举行。'));
    expect(await urls(searchClient(fallback, { shards: twoShards, segment }).find(state({ q: '飞机 会议' })))).toEqual([]);
    const real = new FakePagefind(pages('飞机会议在机场举行。'));
    expect(await urls(searchClient(real, { shards: twoShards, segment }).find(state({ q: '飞机 会议' })))).toHaveLength(CHECK_MAX + 1);
  });
});

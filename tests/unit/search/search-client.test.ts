/**
 * The search page's Pagefind client against a fake Pagefind: an in-memory
 * index that answers like pagefind.js 1.6 does in the ways the client
 * relies on (loose Chinese matching by characters, phrases matched
 * exactly, filter counts for every value, merged shards ordered by
 * relevance rather than by the sort asked for). Given the shards, it holds
 * only the pages of the shards loaded so far: the newest, and those merged.
 */
import { describe, expect, it } from 'vitest';
import {
  CHECK_MAX,
  openIndex,
  searchClient,
  shardsNeeded,
  wordSegmenter,
  type Pagefind,
  type PagefindResponse,
  type Shards,
} from '../../../src/search/page/search-client';
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

/** A Pagefind-shaped index over `pages` (those of the loaded shards, when given shards), logging every call. */
class FakePagefind implements Pagefind {
  readonly calls: string[] = [];
  readonly searches: { term: string | null; options: SearchOptions | undefined }[] = [];
  private readonly loadedYears: Set<string> | undefined;
  constructor(
    private readonly all: FakePage[],
    private readonly shards?: Shards,
  ) {
    this.loadedYears = shards ? new Set(shards[0]?.years) : undefined;
  }

  private get pages(): FakePage[] {
    return this.all.filter((p) => !this.loadedYears || this.loadedYears.has(p.date.slice(0, 4)));
  }

  async options(options: Record<string, unknown>): Promise<void> {
    this.calls.push(`options ${JSON.stringify(options)}`);
  }
  async init(): Promise<void> {
    this.calls.push('init');
  }
  async mergeIndex(path: string): Promise<void> {
    this.calls.push(`mergeIndex ${path}`);
    for (const year of this.shards?.find((shard) => shard.path === path)?.years ?? []) this.loadedYears?.add(year);
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
  it('loads the newest shard and its filter index, and nothing of the older shards', async () => {
    const fake = new FakePagefind([]);
    const loaded: string[] = [];
    const opened = await openIndex(twoShards, async (url) => {
      loaded.push(url);
      return fake;
    });
    expect(opened).toBe(fake);
    expect(loaded).toEqual(['/pagefind/zh-cn/2024/pagefind.js']);
    // In the page, not Pagefind's worker (whose fetches would not find the page's preloads).
    expect(fake.calls).toEqual(['options {"excerptLength":40,"noWorker":true}', 'init', 'filters']);
    // With the entry file's cache tag, pagefind.js asks for the URL the page preloaded.
    const tagged = new FakePagefind([]);
    await openIndex(twoShards, async () => tagged, '2b04a695768e');
    expect(tagged.calls[0]).toBe('options {"excerptLength":40,"noWorker":true,"metaCacheTag":"2b04a695768e"}');
    await expect(openIndex([], async () => fake)).rejects.toThrow(/nothing to search/);
  });

  it('keeps only the candidates that have a Chinese term as written, filtered, counted and in date order', async () => {
    const fake = new FakePagefind([
      page('/a/', '全力推进招商引资工作。', '2023-03-01', { department: ['zhengfu'] }),
      page('/b/', '招商会上，引资三亿元。', '2023-05-01', { department: ['zhengfu'] }),
      page('/c/', '优化招商引资环境。', '2024-01-02', { department: ['dangwei'] }),
      page('/d/', '新远大项目签约。', '2024-02-02', { department: ['zhengfu'] }),
    ]);
    const client = searchClient(fake, { shards: twoShards, segment, fill: 0 });
    expect(await urls(client.find(state({ q: '招商引资' })))).toEqual(['/c/', '/a/']);
    expect(await urls(client.find(state({ q: '招商引资', sort: 'oldest' })))).toEqual(['/a/', '/c/']);
    // The phrase finds few, so one loose search for the candidates, the rest done here.
    expect(fake.searches.map((s) => s.term)).toEqual(['"招商引资"', '招商引资', '"招商引资"', '招商引资']);

    const narrowed = await client.find(state({ q: '“招商引资”', filters: { department: ['zhengfu'] } }));
    expect(await urls(Promise.resolve(narrowed))).toEqual(['/a/']);
    // The department facet is counted without its own selection; the year facet with it.
    expect(narrowed.counts.department).toEqual({ zhengfu: 1, dangwei: 1 });
    expect(narrowed.counts.year).toEqual({ '2023': 1 });
  });

  it(`leaves more than ${CHECK_MAX} candidates to Pagefind, as an exact phrase`, async () => {
    const pages = (n: number) => Array.from({ length: n }, (_, i) => page(`/p${i}/`, i === 0 ? '招商引资' : '招商，引资', `2024-01-${String((i % 28) + 1).padStart(2, '0')}`));
    const few = new FakePagefind(pages(CHECK_MAX));
    expect(await urls(searchClient(few, { shards: twoShards.slice(0, 1), segment, fill: 0 }).find(state({ q: '招商引资' })))).toEqual(['/p0/']);
    expect(few.searches.map((s) => s.term)).toEqual(['"招商引资"', '招商引资']);

    const many = new FakePagefind(pages(CHECK_MAX + 1));
    expect(await urls(searchClient(many, { shards: twoShards.slice(0, 1), segment, fill: 0 }).find(state({ q: '招商引资' })))).toEqual(['/p0/']);
    expect(many.searches.map((s) => s.term)).toEqual(['"招商引资"', '招商引资']);

    // More phrase matches than CHECK_MAX: the loose candidates (a superset) would be too many as well, so they are not searched.
    const common = new FakePagefind(Array.from({ length: CHECK_MAX + 1 }, (_, i) => page(`/p${i}/`, '招商引资', '2024-01-01')));
    expect(await urls(searchClient(common, { shards: twoShards.slice(0, 1), segment, fill: 0 }).find(state({ q: '招商引资' })))).toHaveLength(CHECK_MAX + 1);
    expect(common.searches.map((s) => s.term)).toEqual(['"招商引资"']);
  });

  it('searches year by year, newest or oldest first, when the index is in several shards', async () => {
    const fake = new FakePagefind([
      page('/2022/', 'meeting', '2022-06-01'),
      page('/2024/', 'meeting', '2024-06-01'),
      page('/2023/', 'meeting', '2023-06-01'),
      page('/other/', 'signing', '2023-07-01'),
    ]);
    const client = searchClient(fake, { shards: twoShards, segment, fill: 20 });
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
    expect(await urls(searchClient(single, { shards: twoShards.slice(0, 1), segment, fill: 0 }).find(state({ q: '' })))).toEqual(['/old/', '/new/']);
    expect(single.searches).toHaveLength(1);
  });

  it("counts a facet that has a selection by a search without it, the others with every selection", async () => {
    const fake = new FakePagefind([
      page('/a/', 'meeting', '2023-01-01', { department: ['zhengfu'], type: ['news'] }),
      page('/b/', 'meeting', '2023-02-01', { department: ['dangwei'], type: ['news'] }),
      page('/c/', 'meeting', '2023-03-01', { department: ['dangwei'], type: ['notice'] }),
    ]);
    const found = await searchClient(fake, { shards: twoShards.slice(0, 1), segment, fill: 0 }).find(state({ q: 'meeting', filters: { department: ['zhengfu'] } }));
    expect(await urls(Promise.resolve(found))).toEqual(['/a/']);
    expect(found.counts.department).toEqual({ zhengfu: 1, dangwei: 2 });
    expect(found.counts.type).toEqual({ news: 1, notice: 0 });
  });

  it('finds nothing when Pagefind falls back from a Chinese word that is nowhere in the index', async () => {
    // More than CHECK_MAX results, so Pagefind's own search is all that runs; 飞机 is on none of the pages, only 飞 and 机 apart.
    const pages = (text: string) => Array.from({ length: CHECK_MAX + 1 }, (_, i) => page(`/p${i}/`, text, '2024-01-01'));
    const fallback = new FakePagefind(pages('飞行会议在机场举行。'));
    expect(await urls(searchClient(fallback, { shards: twoShards, segment, fill: 0 }).find(state({ q: '飞机 会议' })))).toEqual([]);
    const real = new FakePagefind(pages('飞机会议在机场举行。'));
    expect(await urls(searchClient(real, { shards: twoShards, segment, fill: 0 }).find(state({ q: '飞机 会议' })))).toHaveLength(CHECK_MAX + 1);
    // The check reads the results the search found (fetched to be shown anyway): no search of its own.
    expect(real.searches.map((x) => x.options?.filters ?? null)).toEqual([{}]);
    // With a filter that leaves nothing, it asks without the filter.
    const none = new FakePagefind(pages('飞行会议在机场举行。'));
    expect(await urls(searchClient(none, { shards: twoShards, segment, fill: 0 }).find(state({ q: '飞机 会议', filters: { type: ['notice'] } })))).toEqual([]);
    expect(none.searches.at(-1)).toEqual({ term: '飞机 会议', options: undefined });
  });

  describe('older shards, loaded when a search needs them', () => {
    const threeShards: Shards = [
      { years: ['2024'], path: '/pagefind/zh-cn/2024/' },
      { years: ['2023'], path: '/pagefind/zh-cn/2023/' },
      { years: ['2021', '2022'], path: '/pagefind/zh-cn/2021-2022/' },
    ];
    const pages = (year: string, n: number, text = 'meeting') => Array.from({ length: n }, (_, i) => page(`/${year}-${i}/`, text, `${year}-03-${String(i + 1).padStart(2, '0')}`));
    const merged = (fake: FakePagefind) => fake.calls.filter((c) => c.startsWith('mergeIndex')).map((c) => c.slice('mergeIndex '.length));

    it('a search with a page of results in the newest years loads nothing more, and says which years it searched', async () => {
      const fake = new FakePagefind([...pages('2024', 20), ...pages('2023', 5), ...pages('2021', 5)], threeShards);
      const found = await searchClient(fake, { shards: threeShards, segment, fill: 20 }).find(state({ q: 'meeting' }));
      expect(found.results).toHaveLength(20);
      expect(merged(fake)).toEqual([]);
      expect(found.searched).toEqual(['2024']);
      expect(found.notSearched).toEqual(['2023', '2022', '2021']);
    });

    it('goes on into older years, a shard at a time, until a page is full or every year is searched', async () => {
      const fake = new FakePagefind([...pages('2024', 5), ...pages('2023', 20), ...pages('2021', 5)], threeShards);
      const client = searchClient(fake, { shards: threeShards, segment, fill: 20 });
      const found = await client.find(state({ q: 'meeting' }));
      expect(found.results).toHaveLength(25);
      expect(merged(fake)).toEqual(['/pagefind/zh-cn/2023/']);
      expect(found.notSearched).toEqual(['2022', '2021']);
      // Newest first across the loaded shards.
      expect((await urls(Promise.resolve(found))).slice(0, 6)).toEqual(['/2024-4/', '/2024-3/', '/2024-2/', '/2024-1/', '/2024-0/', '/2023-19/']);

      const rare = new FakePagefind([...pages('2024', 1, 'signing'), ...pages('2021', 1, 'signing')], threeShards);
      const all = await searchClient(rare, { shards: threeShards, segment, fill: 20 }).find(state({ q: 'signing' }));
      expect(await urls(Promise.resolve(all))).toEqual(['/2024-0/', '/2021-0/']);
      expect(all.notSearched).toEqual([]);
    });

    it('searches every year when the reader asks for older articles, or sorts oldest first', async () => {
      const fake = new FakePagefind([...pages('2024', 20), ...pages('2023', 2), ...pages('2021', 2)], threeShards);
      const client = searchClient(fake, { shards: threeShards, segment, fill: 20 });
      expect((await client.find(state({ q: 'meeting' }))).results).toHaveLength(20);
      const older = await client.findOlder(state({ q: 'meeting' }));
      expect(older.results).toHaveLength(24);
      expect(older.notSearched).toEqual([]);
      expect(merged(fake)).toEqual(['/pagefind/zh-cn/2023/', '/pagefind/zh-cn/2021-2022/']);

      const oldest = new FakePagefind([...pages('2024', 20), ...pages('2021', 2)], threeShards);
      expect((await urls(searchClient(oldest, { shards: threeShards, segment, fill: 20 }).find(state({ q: 'meeting', sort: 'oldest' })))).slice(0, 2)).toEqual([
        '/2021-0/',
        '/2021-1/',
      ]);
    });

    it('two searches at once merge each shard once', async () => {
      const fake = new FakePagefind([...pages('2024', 1), ...pages('2023', 1), ...pages('2021', 1)], threeShards);
      const client = searchClient(fake, { shards: threeShards, segment, fill: 20 });
      const [a, b] = await Promise.all([client.find(state({ q: 'meeting' })), client.find(state({ q: 'meeting', sort: 'oldest' }))]);
      expect(a.results).toHaveLength(3);
      expect(b.results).toHaveLength(3);
      expect(merged(fake)).toEqual(['/pagefind/zh-cn/2023/', '/pagefind/zh-cn/2021-2022/']);
    });

    it('a year filter loads the shard with that year, and no older one', async () => {
      const fake = new FakePagefind([...pages('2024', 20), ...pages('2023', 2), ...pages('2021', 2)], threeShards);
      const found = await searchClient(fake, { shards: threeShards, segment, fill: 20 }).find(state({ q: 'meeting', filters: { year: ['2023'] } }));
      expect(await urls(Promise.resolve(found))).toEqual(['/2023-1/', '/2023-0/']);
      expect(merged(fake)).toEqual(['/pagefind/zh-cn/2023/']);
      expect(found.notSearched).toEqual([]);
      expect(shardsNeeded(threeShards, state({ filters: { year: ['2022'] } }))).toBe(3);
      expect(shardsNeeded(threeShards, state({ filters: { year: ['1999'] } }))).toBe(1);
    });
  });
});

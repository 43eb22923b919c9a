/**
 * Site-wide settings: names, the publishing body and the registration
 * numbers Chinese government sites must show. One place for each; the
 * footer, feeds and meta tags read them from here.
 */
export const site = {
  /** Canonical origin of the published site, used for canonical URLs, feeds and the sitemap. */
  url: process.env.SITE_URL ?? 'https://news.shizhong.example',
  name: { 'zh-CN': '市中新闻', en: 'Shizhong News' },
  tagline: { 'zh-CN': '枣庄市市中区新闻门户', en: 'News from Shizhong District, Zaozhuang' },
  /** 主办单位 */
  publisher: { 'zh-CN': '中共枣庄市市中区委宣传部', en: 'Publicity Department of the CPC Shizhong District Committee' },
  /** ICP 备案号 — placeholder until the site is registered. */
  icp: '鲁ICP备00000000号',
  /** 政府网站标识码 — placeholder until issued. */
  siteCode: '0000000000',
  /** 公安机关备案号 — placeholder. */
  policeRecord: '鲁公网安备00000000000000号',
  contact: { 'zh-CN': '联系我们：市中区委宣传部新闻科', en: 'Contact: News Section, Publicity Department of Shizhong District' },
  /** Items per page on every list. */
  pageSize: 20,
  /**
   * Search results shown at first and added by “显示更多结果”: fewer than a
   * list's, since each result costs the reader one more request (its text,
   * a Pagefind fragment) before the page can show it.
   */
  searchPageSize: 10,
} as const;

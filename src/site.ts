/**
 * Site-wide settings: names, the publishing body and the registration
 * numbers Chinese government sites must show. One place for each; the
 * footer, feeds and meta tags read them from here.
 */
import { readFileSync } from 'node:fs';

type Localised = { 'zh-CN': string; en: string };

/** The government-site settings (see `site.gov`). */
export interface GovSettings {
  siteCode: string;
  icp: string;
  policeRecord: string;
  policeEmblem: string;
  conacId: string;
  conacImage: string;
  contact: { office: Localised; telephone: string; email: string; address: Localised };
}

/**
 * The settings written here, with SHIZHONG_SITE_SETTINGS's file (JSON, the
 * same fields, only those to change) laid over them; a file that is not
 * JSON, or has a field that is unknown or of the wrong kind, stops the
 * build with a message in Chinese naming the file and the field.
 */
export function govSettings(written: GovSettings, file = process.env.SHIZHONG_SITE_SETTINGS): GovSettings {
  if (!file) return written;
  let given: Partial<GovSettings>;
  try {
    given = JSON.parse(readFileSync(file, 'utf8')) as Partial<GovSettings>;
  } catch (error) {
    throw new Error(`SHIZHONG_SITE_SETTINGS 指向的文件 ${file} 读不出来或不是 JSON：${(error as Error).message}。请写成与 src/site.ts 中 gov 相同字段的 JSON。`);
  }
  if (typeof given !== 'object' || given === null || Array.isArray(given)) throw new Error(`${file}：要写成一个 JSON 对象 { … }，字段与 src/site.ts 中 gov 的相同。`);
  const fields = (written: object, given: object, path: string) => {
    for (const [key, value] of Object.entries(given)) {
      const field = `${path}${key}`;
      if (!(key in written)) throw new Error(`${file}：不认识的字段 ${field}。可用的字段：${Object.keys(written).map((k) => path + k).join('、')}。`);
      const expected = (written as Record<string, unknown>)[key];
      if (typeof expected === 'string' && typeof value !== 'string') throw new Error(`${file}：字段 ${field} 要写成带引号的文字（现在是 ${JSON.stringify(value)}），例如 "${key}": "…"。`);
      if (typeof expected === 'object') {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${file}：字段 ${field} 要写成 { … }，字段与 src/site.ts 中的相同。`);
        fields(expected as object, value as object, `${field}.`);
      }
    }
  };
  fields(written, given, '');
  const contact = { ...written.contact, ...given.contact };
  if (given.contact?.office) contact.office = { ...written.contact.office, ...given.contact.office };
  if (given.contact?.address) contact.address = { ...written.contact.address, ...given.contact.address };
  return { ...written, ...given, contact };
}

export const site = {
  /** Canonical origin of the published site, used for canonical URLs, feeds and the sitemap. */
  url: process.env.SITE_URL ?? 'https://news.shizhong.example',
  name: { 'zh-CN': '市中新闻', en: 'Shizhong News' },
  tagline: { 'zh-CN': '枣庄市市中区新闻门户', en: 'News from Shizhong District, Zaozhuang' },
  /** 主办单位 */
  publisher: { 'zh-CN': '中共枣庄市市中区委宣传部', en: 'Publicity Department of the CPC Shizhong District Committee' },
  /**
   * What a Chinese government site shows at its foot (《政府网站发展指引》):
   * registration numbers, emblems and contact details. Empty until the
   * operator fills them in (docs/部署.md says where each comes from); the
   * footer shows only what is filled in, and a production build
   * (SHIZHONG_PRODUCTION=1) warns in Chinese about what is still empty.
   * SHIZHONG_SITE_SETTINGS may name a JSON file with the same fields, which
   * replace these (e.g. to keep them with the deployment).
   */
  gov: govSettings({
    /** 政府网站标识码 (10 characters, issued with the site's registration); also the site_code of 我为政府网站找错. */
    siteCode: '',
    /** ICP 备案号 as the MIIT filing system shows it, e.g. 鲁ICP备12345678号-1. */
    icp: '',
    /** 公安机关备案号, e.g. 鲁公网安备37040202000123号 (its digits are the record's code on beian.mps.gov.cn). */
    policeRecord: '',
    /** The 公安机关备案 emblem, a path under public/ (e.g. /images/gov/police-record.png); the operator puts the official image there. */
    policeEmblem: '',
    /** The id of the site's 党政机关网站开办者标识 on bszs.conac.cn (the `id=` of its registration page). */
    conacId: '',
    /** The 开办者标识 image the registration issues, a path under public/ (e.g. /images/gov/conac.png). */
    conacImage: '',
    /** 联系我们: the office, telephone, e-mail and postal address (each shown when filled in). */
    contact: {
      office: { 'zh-CN': '市中区委宣传部新闻科', en: 'News Section, Publicity Department of Shizhong District' },
      telephone: '',
      email: '',
      address: { 'zh-CN': '', en: '' },
    },
  }),
  /** Items per page on every list. */
  pageSize: 20,
  /**
   * Search results shown at first and added by “显示更多结果”: fewer than a
   * list's, since each result costs the reader one more request (its text,
   * a Pagefind fragment) before the page can show it.
   */
  searchPageSize: 10,
} as const;

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conacUrl, govFooter, jiucuoUrl, missingGovSettings, policeRecordUrl } from '../../../src/lib/gov-footer';
import { govSettings, type GovSettings } from '../../../src/site';

const empty: GovSettings = {
  siteCode: '',
  icp: '',
  policeRecord: '',
  policeEmblem: '',
  conacId: '',
  conacImage: '',
  contact: { office: { 'zh-CN': '', en: '' }, telephone: '', email: '', address: { 'zh-CN': '', en: '' } },
};

describe('the footer links of a government site', () => {
  it('link the national filing systems in their own URL forms', () => {
    expect(policeRecordUrl('鲁公网安备 37040202000123号')).toBe('https://beian.mps.gov.cn/#/query/webSearch?code=37040202000123');
    expect(policeRecordUrl('鲁公网安备号')).toBeUndefined();
    expect(conacUrl('ABC123')).toBe('https://bszs.conac.cn/sitename?method=show&id=ABC123');
    expect(jiucuoUrl('3704020001', 'https://news.example/articles/a/?x=1&y=2')).toBe(
      'https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3704020001&url=https%3A%2F%2Fnews.example%2Farticles%2Fa%2F%3Fx%3D1%26y%3D2',
    );
  });

  it('show nothing that is not filled in, and say in Chinese what is missing', () => {
    const footer = govFooter(empty, mkdtempSync(join(tmpdir(), 'gov-public-')));
    expect(footer).toEqual({ siteCode: undefined, icp: undefined, police: undefined, conac: undefined });
    const missing = missingGovSettings(empty, mkdtempSync(join(tmpdir(), 'gov-public-')));
    expect(missing.join('\n')).toMatch(/网站标识码/);
    expect(missing.join('\n')).toMatch(/ICP备案号/);
    expect(missing.join('\n')).toMatch(/公安机关备案号/);
    expect(missing.join('\n')).toMatch(/开办者标识/);
    expect(missing.join('\n')).toMatch(/联系电话/);
  });

  it('show an emblem only when its image is in place', () => {
    const publicDir = mkdtempSync(join(tmpdir(), 'gov-public-'));
    const settings: GovSettings = { ...empty, siteCode: '3704020001', icp: '鲁ICP备12345678号-1', policeRecord: '鲁公网安备37040202000123号', policeEmblem: '/images/gov/police.png', conacId: 'X1', conacImage: '/images/gov/conac.png' };
    let footer = govFooter(settings, publicDir);
    expect(footer.conac).toBeUndefined();
    expect(footer.police?.emblem).toBeUndefined();
    expect(missingGovSettings(settings, publicDir).join('\n')).toMatch(/public\/images\/gov\/conac\.png 不存在/);
    mkdirSync(join(publicDir, 'images/gov'), { recursive: true });
    writeFileSync(join(publicDir, 'images/gov/conac.png'), 'png');
    writeFileSync(join(publicDir, 'images/gov/police.png'), 'png');
    footer = govFooter(settings, publicDir);
    expect(footer.conac).toEqual({ url: 'https://bszs.conac.cn/sitename?method=show&id=X1', image: '/images/gov/conac.png' });
    expect(footer.police).toEqual({ record: '鲁公网安备37040202000123号', url: 'https://beian.mps.gov.cn/#/query/webSearch?code=37040202000123', emblem: '/images/gov/police.png' });
    expect(missingGovSettings(settings, publicDir).filter((m) => !/联系|电子邮箱|地址/.test(m))).toEqual([]);
  });
});

describe('SHIZHONG_SITE_SETTINGS', () => {
  const file = (text: string) => {
    const path = join(mkdtempSync(join(tmpdir(), 'gov-settings-')), 'settings.json');
    writeFileSync(path, text);
    return path;
  };
  const written: GovSettings = { ...empty, contact: { ...empty.contact, office: { 'zh-CN': '新闻科', en: 'News Section' } } };

  it('lays the fields it has over those written in src/site.ts', () => {
    const merged = govSettings(written, file(JSON.stringify({ icp: '鲁ICP备12345678号-1', contact: { telephone: '0632-1234567', address: { 'zh-CN': '某路1号' } } })));
    expect(merged.icp).toBe('鲁ICP备12345678号-1');
    expect(merged.siteCode).toBe('');
    expect(merged.contact).toEqual({ office: { 'zh-CN': '新闻科', en: 'News Section' }, telephone: '0632-1234567', email: '', address: { 'zh-CN': '某路1号', en: '' } });
  });

  it.each([
    ['not JSON', '{"icp": ', /settings\.json 读不出来或不是 JSON.*请写成与 src\/site\.ts 中 gov 相同字段的 JSON/],
    ['not an object', '["icp"]', /settings\.json：要写成一个 JSON 对象/],
    ['an unknown field', '{"icpNumber": "x"}', /settings\.json：不认识的字段 icpNumber。可用的字段：siteCode、icp/],
    ['a number where text is wanted', '{"siteCode": 3704}', /settings\.json：字段 siteCode 要写成带引号的文字（现在是 3704）/],
    ['an unknown contact field', '{"contact": {"fax": "1"}}', /不认识的字段 contact\.fax。可用的字段：contact\.office、contact\.telephone/],
    ['text where an object is wanted', '{"contact": "0632"}', /字段 contact 要写成 \{ … \}/],
  ])('refuses %s with a message in Chinese naming the file and the field', (_, text, message) => {
    expect(() => govSettings(written, file(text))).toThrow(message);
  });
});

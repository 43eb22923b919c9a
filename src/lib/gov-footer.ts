/**
 * The links of a government site's footer, in the forms the national
 * systems use, and the list of what an operator has not filled in yet
 * (src/site.ts, `site.gov`). Nothing here makes up a number: an empty
 * setting means the footer leaves that item out.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { GovSettings } from '../site';

/** The MIIT filing system, where an ICP number is looked up (the same link on every government site). */
export const ICP_URL = 'https://beian.miit.gov.cn/';

/** The record's page on the MPS filing system: the digits of 鲁公网安备37040202000123号. */
export function policeRecordUrl(record: string): string | undefined {
  const code = record.replace(/\D/g, '');
  return code ? `https://beian.mps.gov.cn/#/query/webSearch?code=${code}` : undefined;
}

/** 我为政府网站找错: the State Council's error report form, for this site and this page. */
export function jiucuoUrl(siteCode: string, pageUrl: string): string {
  return `https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=${encodeURIComponent(siteCode)}&url=${encodeURIComponent(pageUrl)}`;
}

/** The registration page of a 党政机关网站开办者标识. */
export function conacUrl(id: string): string {
  return `https://bszs.conac.cn/sitename?method=show&id=${encodeURIComponent(id)}`;
}

/** Whether an image setting names a file that is there (a path under public/). */
export function imageInPlace(path: string, publicDir = 'public'): boolean {
  return path.trim() !== '' && existsSync(join(publicDir, path.replace(/^\/+/, '')));
}

/**
 * What the footer can show: each item only when its settings are filled
 * in (and, for an emblem, its image is in place).
 */
export function govFooter(settings: GovSettings, publicDir = 'public') {
  const filled = (v: string) => v.trim() !== '';
  return {
    siteCode: filled(settings.siteCode) ? settings.siteCode.trim() : undefined,
    icp: filled(settings.icp) ? settings.icp.trim() : undefined,
    police: filled(settings.policeRecord)
      ? { record: settings.policeRecord.trim(), url: policeRecordUrl(settings.policeRecord), emblem: imageInPlace(settings.policeEmblem, publicDir) ? settings.policeEmblem : undefined }
      : undefined,
    conac: filled(settings.conacId) && imageInPlace(settings.conacImage, publicDir) ? { url: conacUrl(settings.conacId.trim()), image: settings.conacImage } : undefined,
  };
}

/** What is still empty or missing, one Chinese line each, for the production build's warning. */
export function missingGovSettings(settings: GovSettings, publicDir = 'public'): string[] {
  const missing: string[] = [];
  const empty = (v: string) => v.trim() === '';
  if (empty(settings.siteCode)) missing.push('网站标识码（siteCode）：未填写，页脚和“我为政府网站找错”链接都不显示');
  if (empty(settings.icp)) missing.push('ICP备案号（icp）：未填写');
  if (empty(settings.policeRecord)) missing.push('公安机关备案号（policeRecord）：未填写');
  else if (!imageInPlace(settings.policeEmblem, publicDir)) missing.push(`公安机关备案图标（policeEmblem）：${empty(settings.policeEmblem) ? '未填写' : `public${settings.policeEmblem} 不存在`}`);
  if (empty(settings.conacId)) missing.push('党政机关网站开办者标识编号（conacId）：未填写');
  if (!imageInPlace(settings.conacImage, publicDir)) missing.push(`开办者标识图片（conacImage）：${empty(settings.conacImage) ? '未填写' : `public${settings.conacImage} 不存在`}`);
  if (empty(settings.contact.telephone)) missing.push('联系电话（contact.telephone）：未填写');
  if (empty(settings.contact.email)) missing.push('电子邮箱（contact.email）：未填写');
  if (empty(settings.contact.address['zh-CN'])) missing.push('通信地址（contact.address）：未填写');
  return missing;
}

/**
 * The whole content check, as `npm run lint:content` and `npm run build`
 * run it: the rules of ./index.ts and the image-file checks of
 * ./media-rules.ts (which read images, hence asynchronous).
 */
import { sortFindings } from './findings.ts';
import { lintContent, type LintOptions, type LintResult } from './index.ts';
import { mediaFindings } from './media-rules.ts';

export async function checkContent(contentDir: string, options: LintOptions = {}): Promise<LintResult> {
  const result = lintContent(contentDir, options);
  const dataBroken = [result.content.departments, result.content.topics, result.content.columns].some((f) => f.errors.length > 0);
  if (dataBroken) return result;
  const media = await mediaFindings(result.content);
  return { ...result, findings: sortFindings([...result.findings, ...media]) };
}

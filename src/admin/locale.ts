/**
 * Decap's Simplified Chinese interface, with the editorial workflow's
 * stages named as the department names them: 草稿 → 待审核 → 待发布
 * (Decap says 审核中 / 审查中 and 就绪).
 */
import { zh_Hans } from 'decap-cms-locales';

type Phrases = { [key: string]: string | Phrases };

function merge(base: Phrases, over: Phrases): Phrases {
  const out: Phrases = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = base[k];
    out[k] = typeof v === 'object' && typeof b === 'object' ? merge(b, v) : v;
  }
  return out;
}

export const adminLocale = merge(zh_Hans as Phrases, {
  // Decap shows changesSaved whenever nothing is unsaved, also on a new form nobody has touched: say nothing then.
  editor: { editorToolbar: { inReview: '待审核', ready: '待发布', changesSaved: '' } },
  workflow: {
    workflowList: {
      inReviewHeader: '待审核',
      readyHeader: '待发布',
      onPublishingNotReadyEntry: '只有“待发布”的稿件才能发布：请先把卡片拖到“待发布”一列。',
    },
  },
});

/**
 * Invented articles of the kinds the paper prints (an interview with a
 * kicker and a subtitle, a report with reporters, a reflection signed by an
 * official, a report with only a source), as an editor would have curated
 * them: pages in every layout are made from these too, so the importer is
 * measured on text it was not written from.
 */
import type { CuratedArticle } from './curated.ts';

export const INVENTED: CuratedArticle[] = [
  {
    id: 'invented/mengzhuang-interview',
    data: {
      title: '念好“山水经” 打好“特色牌” 奋力推动乡村全面振兴',
      kicker: '孟庄镇',
      subtitle: '——访孟庄镇党委书记王建国',
      column: 'qianggong-xingchan',
      reporters: ['李森'],
      correspondents: ['周敏', '吴昊'],
      speaker: { name: '王建国', role: '孟庄镇党委书记', department: 'mengzhuang-town' },
    },
    body: `今年以来，孟庄镇立足山水资源优势，围绕“生态立镇、文旅兴镇、产业强镇”的思路，推动一二三产业融合发展，全镇农村居民人均可支配收入同比增长8.6%。

一是做强特色农业。依托石榴、花椒等特色产业，新建高标准农田1.2万亩，培育市级以上农业龙头企业3家，“孟庄石榴”获评国家地理标志产品。

二是做活乡村旅游。串联8个美丽乡村示范村，打造“山水孟庄”精品旅游线路，“五一”假期接待游客6.8万人次，实现旅游收入2100万元。

“下一步，我们将紧盯目标不放松，”王建国说，“以更大力度抓项目、强产业、优环境，让群众的日子越过越红火！”`,
  },
  {
    id: 'invented/shuiguo-report',
    data: {
      title: '老旧小区换新颜 居民生活更舒心',
      kicker: '税郭镇',
      column: 'wei-qunzhong-ban-shishi',
      reporters: ['赵一', '钱二'],
    },
    body: `近日，走进税郭镇新华小区，只见道路平整宽阔，楼道干净明亮，新安装的健身器材旁，不少居民正在锻炼身体。

今年，税郭镇把老旧小区改造作为为民办实事的重要内容，投入资金860万元，对6个小区的供排水、供暖、电力等设施进行改造，惠及居民1300余户。改造前，镇里组织工作人员逐户征求意见，收集问题建议150余条，做到“改不改、改什么、怎么改”由居民说了算。

“以前一下雨楼前就积水，现在再也不用发愁了。”居民张大爷高兴地说。`,
  },
  {
    id: 'invented/science-bureau-reflection',
    data: {
      title: '学先进 找差距 在科技创新上奋勇争先',
      column: 'ganbu-kaocha-qishi',
      speaker: { name: '孙立强', role: '区科学技术局党组书记、局长', department: 'science-bureau' },
    },
    body: `通过这次学习考察，我深切感受到先进地区抓科技创新的大手笔、快节奏，也清醒地看到了我们在创新平台、人才引进、成果转化等方面的差距。

下一步，区科学技术局将重点做好三个方面的工作：

一、强化企业创新主体地位。实施高新技术企业培育“倍增计划”，力争全年新增高新技术企业15家、科技型中小企业60家。

二、加快创新平台建设。支持龙头企业联合高校院所共建研发机构，年内新建省级以上创新平台3个。

三、优化科技服务。落实研发费用加计扣除等政策，推动科技成果在市中就地转化，为高质量发展注入强劲动能。`,
  },
  {
    id: 'invented/longshanlu-source',
    data: {
      title: '社区食堂开到家门口',
      column: 'wei-qunzhong-ban-shishi',
      source: '龙山路街道党政办公室',
    },
    body: `为解决辖区老年人“吃饭难”问题，龙山路街道在3个社区建成长者食堂，为60岁以上老人提供价格实惠、营养均衡的一日三餐。

食堂运营以来，累计服务老年人2.3万人次，行动不便的老人还可以预约送餐上门，受到居民普遍欢迎。`,
  },
];

import { describe, expect, it } from 'vitest';
import { htmlParagraphs } from '../../../src/lib/article-text';
import { findMentions, findName, sentences } from '../../../src/lib/mentions';
import { findUnknownCompanyDepartments } from '../../../src/lib/references';

const xinyuanda = { id: 'xinyuanda', names: ['新远大', '新远大实业'] };
const base = { id: 'xinyuanda-lithium-battery-base', names: ['新远大矿用锂电设备生产基地项目', '新远大矿用锂电设备生产基地'] };
const nio = { id: 'nio', names: ['NIO'] };

describe('findMentions', () => {
  it('finds a company by its name and returns the sentence that names it', () => {
    const text = ['今年以来，街道积极投身工业倍增主战场。总投资5亿元的新远大矿用锂电设备生产基地项目累计完成投资1.2亿元。街道先后签约项目4个。'];
    expect(findMentions(text, [xinyuanda, base], 'zh-CN')).toEqual([
      { id: 'xinyuanda', name: '新远大', sentence: '总投资5亿元的新远大矿用锂电设备生产基地项目累计完成投资1.2亿元。' },
      { id: 'xinyuanda-lithium-battery-base', name: '新远大矿用锂电设备生产基地项目', sentence: '总投资5亿元的新远大矿用锂电设备生产基地项目累计完成投资1.2亿元。' },
    ]);
  });

  it('finds a company by an alias only', () => {
    const found = findMentions(['重点盯紧新远大矿用锂电设备生产基地等66个实施类工业项目。'], [base], 'zh-CN');
    expect(found).toEqual([{ id: base.id, name: '新远大矿用锂电设备生产基地', sentence: '重点盯紧新远大矿用锂电设备生产基地等66个实施类工业项目。' }]);
  });

  it('lists a company once, with the sentence of its first mention, in the order of first mentions', () => {
    const text = ['第一段没有企业。', '红星美凯龙开业。新远大实业获评省级创新型中小企业。', '新远大再次出现。'];
    const found = findMentions(text, [xinyuanda, { id: 'red-star', names: ['红星美凯龙'] }], 'zh-CN');
    expect(found.map((m) => m.id)).toEqual(['red-star', 'xinyuanda']);
    expect(found[1]).toEqual({ id: 'xinyuanda', name: '新远大实业', sentence: '新远大实业获评省级创新型中小企业。' });
  });

  it('finds nothing in an article that names nothing', () => {
    expect(findMentions(['这是一篇正常的测试文章。'], [xinyuanda, base, nio], 'zh-CN')).toEqual([]);
  });

  it('matches an English name as a whole word, with its sentence', () => {
    const text = ['The union met in March. NIO opened a plant in Hefei. The plant employs 3,000 people.'];
    expect(findMentions(text, [nio], 'en')).toEqual([{ id: 'nio', name: 'NIO', sentence: 'NIO opened a plant in Hefei.' }]);
    expect(findMentions(['The UNION met.'], [nio], 'en')).toEqual([]);
  });

  it('matches Latin letters in either case, and gives the name as the text writes it', () => {
    const lituo = { id: 'lituo', names: ['Lituo High-end Intelligent Equipment'] };
    const text = ['Among these projects, the Lituo high-end intelligent equipment project is under way.'];
    expect(findMentions(text, [lituo], 'en')).toEqual([{ id: 'lituo', name: 'Lituo high-end intelligent equipment', sentence: text[0] }]);
    expect(findMentions(['建设汇泉110kV变电站。'], [{ id: 'huiquan', names: ['汇泉110KV变电站'] }], 'zh-CN')[0]?.name).toBe('汇泉110kV变电站');
    expect(findMentions(['A (B) c.'], [{ id: 'odd', names: ['(B)'] }], 'en')[0]?.name).toBe('(B)');
  });

  it('keeps a name whole when the sentence rules would cut it, giving the paragraph', () => {
    const pets = { id: 'pets', names: ['Yantai China Pet Foods Co. Ltd. Hefei'] };
    const paragraph = 'We went on. We visited Yantai China Pet Foods Co. Ltd. Hefei branch.';
    expect(sentences(paragraph, 'en').length).toBeGreaterThan(2);
    expect(findMentions([paragraph], [pets], 'en')).toEqual([{ id: 'pets', name: pets.names[0], sentence: paragraph }]);
  });
});

describe('findName', () => {
  it('lets a Chinese name sit anywhere in Chinese text, but not run on into Latin letters', () => {
    expect(findName('支持新远大装备制造申报', '新远大')).toBe(2);
    expect(findName('引进UK机器人项目', 'UK机器人')).toBe(2);
    expect(findName('引进OUK机器人项目', 'UK机器人')).toBe(-1);
    expect(findName('汇泉110KV变电站', '110KV')).toBe(2);
    expect(findName('汇泉2110KV变电站', '110KV')).toBe(-1);
  });
});

describe('sentences', () => {
  it('cuts Chinese at 。！？ and keeps a closing quote with its sentence', () => {
    expect(sentences('他说：“我们要干。”然后走了！第三句；还有。', 'zh-CN')).toEqual(['他说：“我们要干。”', '然后走了！', '第三句；还有。']);
  });
});

describe('htmlParagraphs', () => {
  it('reads paragraphs, list items and cells as a reader sees them', () => {
    const html = '<h2>一、<strong>抓项目</strong></h2><p>新远大<em>实业</em>\n获评。</p><ul><li><p>列表里的段落</p></li><li>直接的项</li></ul><table><tr><td>单元格</td></tr></table>';
    expect(htmlParagraphs(html)).toEqual(['一、抓项目', '新远大实业 获评。', '列表里的段落', '直接的项', '单元格']);
  });
});

describe('findUnknownCompanyDepartments', () => {
  it('passes companies whose department exists or is null, and names the entry, the bad id and the ids that exist', () => {
    const departments = new Set(['cnbm-photonics', 'shandong-moyi']);
    expect(findUnknownCompanyDepartments([{ id: 'a', department: 'cnbm-photonics' }, { id: 'b', department: null }], departments)).toEqual([]);
    const [message] = findUnknownCompanyDepartments([{ id: 'moyi', department: 'shandong-moy' }], departments, './my-content/');
    expect(message).toContain('my-content/companies.yaml（moyi）');
    expect(message).toContain('“shandong-moy”');
    expect(message).toContain('my-content/departments.yaml');
    expect(message).toContain('cnbm-photonics、shandong-moyi');
  });
});

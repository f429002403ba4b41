import { describe, expect, it } from 'vitest';
import type { Category } from '../../shared/domain/category';
import { DEFAULT_CATEGORIES } from '../../shared/domain/default-categories';
import { CATEGORY_KEYWORDS } from '../../shared/import/category-keywords';
import { categoryForSheetName, guessCategory } from '../../shared/import/guess-category';

// The categories as the store returns them right after the first migration.
const defaults: Category[] = DEFAULT_CATEGORIES.map((c, i) => ({
  id: i + 1,
  key: c.key,
  name: c.name,
  aliases: [...c.aliases],
  outlinePart: c.outlinePart,
  sortOrder: i,
  hidden: false,
}));

const nameOf = (found: Category | null) => found?.name ?? null;
const guess = (title: string, categories: readonly Category[] = defaults) => nameOf(guessCategory(title, categories));

describe('the keyword rules', () => {
  it('refer only to default keys, and every default category but 其他 has words of its own', () => {
    const keys = new Set(DEFAULT_CATEGORIES.map((c) => c.key));
    for (const rule of CATEGORY_KEYWORDS) expect(keys.has(rule.key)).toBe(true);
    const covered = new Set(CATEGORY_KEYWORDS.map((r) => r.key));
    for (const key of keys) expect(covered.has(key)).toBe(true);
  });

  it('hold no word twice', () => {
    const words = CATEGORY_KEYWORDS.flatMap((r) => r.words);
    expect(words.filter((w, i) => words.indexOf(w) !== i)).toEqual([]);
  });
});

describe('guessCategory', () => {
  it.each([
    ['“宪法宣传周”集中宣传活动', '普法宣传教育'],
    ['党组理论学习中心组专题学习民法典', '学习贯彻习近平法治思想'],
    ['暑期旅游市场专项整治', '行政执法'],
    ['行政复议案件办理', '矛盾纠纷化解'],
    ['开展安全生产应急演练', '突发事件应对'],
    ['召开年度述法会议', '第一责任人职责'],
    ['局党组会前学法：学习《中华人民共和国行政处罚法》', '学习贯彻习近平法治思想'],
    ['12·4国家宪法日主题宣传', '普法宣传教育'],
    ['《民法典》宣传进社区', '普法宣传教育'],
    ['开展“八五”普法中期检查', '普法宣传教育'],
    ['落实“谁执法谁普法”责任制', '普法宣传教育'],
    ['12345热线工单办理情况', '矛盾纠纷化解'],
    ['局长出庭应诉', '矛盾纠纷化解'],
    ['主要负责人出庭应诉行政诉讼案件', '矛盾纠纷化解'],
    ['执法人员培训', '行政执法'],
    ['执法队伍建设', '行政执法'],
    ['组织全员法治培训', '学习贯彻习近平法治思想'],
    ['规范性文件合法性审查', '依法行政制度体系'],
    ['重大行政决策合法性审查', '行政决策'],
    ['法律顾问参与合同审查', '行政决策'],
    ['行政执法案卷评查', '行政执法'],
    ['食品安全监督检查', '行政执法'],
    ['政务公开专栏更新', '权力制约监督'],
    ['办理人大代表建议', '权力制约监督'],
    ['上线行政执法信息平台', '行政执法'],
    ['推进数字政府建设', '数字法治政府'],
    ['持续优化营商环境', '政府机构职能体系'],
    ['印发2024年法治政府建设工作要点', '党的领导与推进机制'],
    ['防汛应急预案修订', '突发事件应对'],
    ['获评省级法治政府建设示范单位并受表彰', '其他'],
  ])('%s → %s', (title, name) => {
    expect(guess(title)).toBe(name);
  });

  it('finds nothing in a title with no category word', () => {
    for (const title of ['购买办公用品', '', '   ', '其它', '法治工作', '2024年度']) expect(guess(title)).toBeNull();
  });

  it('reads full-width text', () => {
    expect(guess('１２３４５热线')).toBe('矛盾纠纷化解');
  });

  it('does not find a word across two texts joined by a space', () => {
    // "述" ends the title and "法" starts the summary: no 述法 here.
    expect(guess('领导讲述 法规汇编发放')).toBeNull();
  });

  it('still finds a renamed default category by its key', () => {
    const renamed = defaults.map((c) => (c.key === 'pufa' ? { ...c, name: '法治宣传教育（八五普法）', aliases: [] } : c));
    expect(guessCategory('“宪法宣传周”集中宣传活动', renamed)).toMatchObject({ id: defaults.find((c) => c.key === 'pufa')!.id, name: '法治宣传教育（八五普法）' });
  });

  it('finds a category a unit added, by its name or aliases', () => {
    const added: Category = { id: 99, key: null, name: '法治乡村建设', aliases: ['民主法治村'], outlinePart: '', sortOrder: 99, hidden: false };
    expect(guessCategory('创建省级民主法治村', [...defaults, added])?.id).toBe(99);
    expect(guessCategory('推进法治乡村建设', [...defaults, added])?.id).toBe(99);
    // A one-character name would match anything.
    const tiny: Category = { ...added, id: 100, name: '法', aliases: [] };
    expect(guessCategory('法规汇编', [...defaults, tiny])).toBeNull();
  });

  it('never suggests a hidden category', () => {
    const hidden = defaults.map((c) => (c.key === 'study' ? { ...c, hidden: true } : c));
    expect(guess('集体学习', hidden)).toBeNull();
    // With 学法 hidden, the next best word of the title speaks.
    expect(guess('执法人员学法', hidden)).toBe('行政执法');
    expect(guess('执法人员学法')).toBe('学习贯彻习近平法治思想');
  });

  it('the longest word wins; at equal length the earlier rule', () => {
    expect(guess('法治宣传')).toBe('普法宣传教育');
    expect(guess('宣传')).toBe('普法宣传教育');
    // 安全生产 and 宣传活动 are both four characters: 普法 comes first (谁执法谁普法 counts such 宣传 as 普法).
    expect(guess('安全生产宣传活动')).toBe('普法宣传教育');
    expect(guess('安全生产专项行动')).toBe('突发事件应对');
  });
});

describe('categoryForSheetName', () => {
  it.each([
    ['普法宣传台账', '普法宣传教育'],
    ['2024年学法台账', '学习贯彻习近平法治思想'],
    ['2024年学法台账.xlsx', '学习贯彻习近平法治思想'],
    ['D:\\台账\\行政执法统计表.xls', '行政执法'],
    ['行政执法统计表', '行政执法'],
    ['复议应诉', '矛盾纠纷化解'],
    ['12345热线', '矛盾纠纷化解'],
  ])('%s → %s', (name, category) => {
    expect(nameOf(categoryForSheetName(name, defaults))).toBe(category);
  });

  it.each(['Sheet1', '台账', '2024年法治工作台账', '2024年法治工作台账.xlsx', '工作表1', '汇总', '法治政府建设台账'])('%s → null', (name) => {
    expect(categoryForSheetName(name, defaults)).toBeNull();
  });
});

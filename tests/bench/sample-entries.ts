// Realistic 台账 entries for the benchmark, built from the wording real units use in their annual
// reports (see ../shared/examples). Seeded, so every run measures the same data.

export interface SampleEntry {
  date: string;
  endDate: string | null;
  /** Index into the unit's categories, in their listed order (0–12). */
  categoryIndex: number;
  title: string;
  summary: string;
  details: string;
  department: string;
  participantCount: number | null;
  location: string;
  tags: string[];
}

/** Typical entries per category, in the order of the 13 default categories. */
const TITLES: readonly (readonly string[])[] = [
  ['党组理论学习中心组集体学法', '会前学法', '法治专题讲座', '领导干部任前法律知识考试', '宪法宣誓仪式', '学习习近平法治思想专题研讨'],
  ['主要负责人年终述职述法', '听取法治政府建设工作汇报', '主要负责人部署法治建设工作', '督办重点法治工作任务'],
  ['深化放管服改革', '政务服务事项一网通办', '推行告知承诺制', '调整权责清单', '优化营商环境专项行动', '企业信用修复指导'],
  ['修订内部管理制度', '规范性文件合法性审查', '规范性文件备案审查', '开展规范性文件清理', '基层立法联系点征求意见'],
  ['重大行政决策合法性审查', '合同合法性审查', '法律顾问参与重大决策', '公职律师出具法律意见', '重大决策五程序执行情况检查'],
  ['行政执法案卷评查', '执法人员执法证培训考试', '落实行政执法三项制度', '行政处罚自由裁量基准修订', '安全生产执法检查', '专项整治行动'],
  ['修订突发事件应急预案', '开展应急演练', '节前安全检查', '安全隐患排查整改', '安全生产月活动'],
  ['行政复议案件办理', '行政应诉负责人出庭应诉', '人民调解矛盾纠纷', '信访事项办理', '政务服务热线工单办理'],
  ['人大代表建议办理', '政协提案答复', '政务公开主动公开信息', '依申请公开答复', '内部审计监督', '廉政风险点排查'],
  ['行政执法平台案件录入', '智慧监管平台建设', '法规查询平台推广'],
  ['国家宪法日宣传', '民法典宣传月活动', '法律进机关进乡村进校园', '以案释法宣讲', '入户普法宣传', '新媒体普法推送', '全民国家安全教育日宣传', '国际禁毒日宣传'],
  ['党组会研究法治工作', '调整法治建设领导小组', '印发年度法治政府建设工作要点', '法治督察反馈问题整改', '法治建设纳入绩效考核'],
  ['法治政府建设示范创建', '获评法治宣传教育先进单位', '法治工作队伍建设'],
];

const PLACES = ['三楼会议室', '文化广场', '政务服务大厅', '莲花山景区', '阳和街道社区', '新区综治中心', '城北小学', '村委会', '执法大队', '线上'];
const DEPARTMENTS = ['办公室', '法规科', '政策法规股', '执法大队', '综合科', '应急管理股', '宣传科', '信访办', '审批服务科', '人事科'];
const AUDIENCES = ['干部职工', '中层干部', '执法人员', '辖区群众', '企业负责人', '中小学生', '村（社区）干部', '游客'];
const MEASURES = [
  '严格落实行政执法三项制度，公示率达到100%',
  '提高运用法治思维和法治方式解决问题能力',
  '推动法治政府建设迈上新台阶',
  '切实履行推进法治建设第一责任人职责',
  '做到执法全过程记录，制作执法音像记录台账',
  '发放宣传资料并接受群众法律咨询',
  '听取法律顾问意见，降低法律风险',
  '矛盾纠纷多元化解，维护社会和谐稳定',
  '主动公开各类信息，答复率100%',
  '对照督察反馈问题逐条整改并建立台账',
];
/** The phrases entries are made of: search terms for the benchmark are cut from these. */
export const VOCABULARY: readonly string[] = [...TITLES.flat(), ...MEASURES, ...AUDIENCES, ...PLACES];

export const SAMPLE_TAGS: readonly string[] = ['集体学法', '普法', '复议', '应诉', '执法检查', '宪法日', '民法典', '安全生产', '政务公开', '述法', '示范创建', '整改', 'ABC'];

/** mulberry32: small, fast and reproducible. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** `count` entries spread over the years given, the same ones for the same seed. */
export function sampleEntries(count: number, years: readonly number[], seed = 20240315): SampleEntry[] {
  const rnd = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const entries: SampleEntry[] = [];
  for (let i = 0; i < count; i++) {
    const year = pick(years);
    const date = `${year}-${pad(1 + Math.floor(rnd() * 12))}-${pad(1 + Math.floor(rnd() * 28))}`;
    const categoryIndex = Math.floor(rnd() * TITLES.length);
    const topic = pick(TITLES[categoryIndex]!);
    const audience = pick(AUDIENCES);
    const people = 10 + Math.floor(rnd() * 300);
    const department = pick(DEPARTMENTS);
    const tags = [...new Set([pick(SAMPLE_TAGS), ...(rnd() < 0.5 ? [pick(SAMPLE_TAGS)] : [])])];
    entries.push({
      date,
      endDate: rnd() < 0.1 ? addDays(date, 1 + Math.floor(rnd() * 30)) : null,
      categoryIndex,
      title: `${department}${topic}（第${1 + (i % 12)}期）`,
      summary: `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月，${department}组织${audience}${people}人开展${topic}，${pick(MEASURES)}。`,
      details: rnd() < 0.6 ? `${pick(MEASURES)}；${pick(MEASURES)}。地点：${pick(PLACES)}。编号 ${year}-${String(i).padStart(5, '0')}` : '',
      department,
      participantCount: rnd() < 0.8 ? people : null,
      location: pick(PLACES),
      tags,
    });
  }
  return entries;
}

import type { Category } from '@tuijin/domain-projects';
import type { Random } from '../random';

/**
 * Project names as they appear in district project lists (重点项目清单). Tokens:
 * {area} a park or the district, {place} a township, {place2} another township,
 * {brand} an enterprise's trade name, {product}/{material}/{industry}/{crop}/{road},
 * {phase} 一/二/三, {n} a size.
 */
const NAME_TEMPLATES: Readonly<Record<Category, readonly string[]>> = {
  INDUSTRIAL: [
    '{brand}年产{n}万吨{material}项目',
    '{brand}{product}智能制造基地',
    '{area}标准厂房建设项目（{phase}期）',
    '{brand}{product}生产线技术改造项目',
    '{area}{industry}产业园',
    '{brand}{product}扩能项目',
  ],
  INFRASTRUCTURE: [
    '{place}{road}道路改造工程',
    '{place}污水处理厂提标改造工程',
    '{place}至{place2}公路改建工程',
    '{place}场镇供水工程',
    '{place}河道综合治理工程',
    '{place}片区棚户区改造项目',
    '{area}城市地下综合管廊工程（{phase}期）',
    '{place}农村公路提档升级工程',
  ],
  SOCIAL: [
    '{place}中学新建工程',
    '{area}人民医院综合楼建设项目',
    '{place}小学扩建项目',
    '{area}养老服务中心建设项目',
    '{area}妇幼保健院迁建工程',
    '{place}老旧小区改造项目',
    '{place}卫生院改扩建工程',
    '{area}全民健身中心建设项目',
    '{place}幼儿园新建工程',
  ],
  NEW_INFRASTRUCTURE: [
    '{area}5G基站建设项目（{phase}期）',
    '{area}大数据中心',
    '{area}数据中心（{phase}期）',
    '{area}新能源汽车充电基础设施建设项目',
    '{area}智慧城市运营中心',
    '{area}工业互联网标识解析二级节点',
    '{brand}云计算中心',
    '{area}千兆光网城市建设项目',
  ],
  SERVICES: [
    '{area}现代物流园',
    '{area}商业综合体',
    '{place}旅游度假区',
    '{area}冷链物流中心',
    '{place}文旅小镇',
    '{area}汽车商贸城',
    '{area}电子商务产业园',
    '{place}康养中心',
  ],
  AGRICULTURE: [
    '{place}现代农业示范园',
    '{place}{n}亩高标准农田建设项目',
    '{place}{crop}产业基地',
    '{place}农产品加工园',
    '{place}田园综合体',
  ],
  OTHER: ['{area}应急物资储备中心', '{area}消防救援站建设项目', '{area}公共实训基地', '{area}档案馆新馆建设项目'],
};

const WORDS = {
  brand: [
    '华新',
    '恒达',
    '瑞丰',
    '金鼎',
    '宏宇',
    '鑫源',
    '远航',
    '天成',
    '博元',
    '嘉诚',
    '永盛',
    '锦程',
    '汇通',
    '众诚',
    '顺达',
    '华耀',
    '泰和',
    '蓝海',
    '凯越',
    '盛世',
  ],
  material: ['新型建材', '再生铝', '玄武岩纤维', '锂电池正极材料', '特种玻璃', '复合肥', '精细化工'],
  product: ['汽车零部件', '电子元器件', '智能家居', '光伏组件', '医疗器械', '工业机器人', '摩托车配件', '新能源电池'],
  industry: ['新能源装备制造', '绿色建材', '食品加工', '生物医药', '电子信息', '智能装备', '智能终端'],
  crop: ['柑橘', '花椒', '蔬菜', '生态渔业', '优质粮油', '茶叶', '中药材'],
  road: ['场镇主干道', '迎宾大道', '滨江路', '环城路', '工业大道', '老街'],
  phase: ['一', '二', '三'],
} as const;

/** What an enterprise of each category calls its line of business. */
const ENTERPRISE_TRADES: Readonly<Record<Category, readonly string[]>> = {
  INDUSTRIAL: ['新材料科技', '智能装备', '汽车零部件', '电子科技', '新能源科技', '生物医药', '食品'],
  INFRASTRUCTURE: ['建设发展', '环保科技', '水务'],
  SOCIAL: ['健康产业', '教育发展', '养老服务'],
  NEW_INFRASTRUCTURE: ['数据科技', '信息技术', '通信技术'],
  SERVICES: ['商业管理', '物流', '文化旅游发展', '置业'],
  AGRICULTURE: ['农业开发', '生态农业', '农业科技'],
  OTHER: ['建设发展'],
};

const DESCRIPTIONS: Readonly<Record<Category, readonly string[]>> = {
  INDUSTRIAL: ['新建生产厂房及配套用房约{n}万平方米，购置生产线{m}条', '改造现有车间，新增自动化生产设备{m}台（套）'],
  INFRASTRUCTURE: ['全长约{n}公里，含道路、排水、照明及绿化工程', '新建管网约{n}公里及配套设施'],
  SOCIAL: ['总建筑面积约{n}万平方米，新增床位（学位）{m}00个'],
  NEW_INFRASTRUCTURE: ['建设机柜{m}00个及配套供电、制冷设施', '新建站点{m}0个，实现重点区域全覆盖'],
  SERVICES: ['总建筑面积约{n}万平方米，含仓储、商业及配套服务设施'],
  AGRICULTURE: ['建设种植基地{m}000亩及配套灌溉、道路设施'],
  OTHER: ['总建筑面积约{n}万平方米及配套设施'],
};

export interface NamePlaces {
  area: string;
  place: string;
  place2: string;
}

function fill(random: Random, template: string, places: NamePlaces, brand: string): string {
  return template.replace(/\{(\w+)\}/g, (_, token: string) => {
    switch (token) {
      case 'area':
      case 'place':
      case 'place2':
        return places[token];
      case 'brand':
        return brand;
      case 'n':
        return String(random.int(2, 30) * (template.includes('亩') ? 500 : 1));
      case 'm':
        return String(random.int(2, 12));
      default:
        return random.pick(WORDS[token as keyof typeof WORDS]);
    }
  });
}

export interface NamedProject {
  name: string;
  ownerEnterprise: string;
  description: string;
}

/**
 * A project's name, owner (业主单位) and description. Public works belong to a
 * state-owned platform; enterprise projects to a company whose trade name is in
 * the project's name.
 */
export function nameProject(
  random: Random,
  category: Category,
  places: NamePlaces,
  enterpriseRegion: string,
  platformCompanies: readonly string[],
): NamedProject {
  const brand = random.pick(WORDS.brand);
  const template = random.pick(NAME_TEMPLATES[category]);
  const isPublic = ['INFRASTRUCTURE', 'SOCIAL', 'OTHER'].includes(category) || !template.includes('{brand}');
  const ownerEnterprise =
    isPublic && random.chance(0.85)
      ? random.pick(platformCompanies)
      : `${enterpriseRegion}${brand}${random.pick(ENTERPRISE_TRADES[category])}有限公司`;
  return {
    name: fill(random, template, places, brand),
    ownerEnterprise,
    description: fill(random, random.pick(DESCRIPTIONS[category]), places, brand),
  };
}

/** 巴川街道 → 巴川, 土桥镇 → 土桥; county-level names (南关区) stay whole. */
export const shortPlaceName = (township: string): string => township.replace(/(街道|镇|乡)$/, '') || township;

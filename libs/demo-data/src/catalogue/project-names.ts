import type { Category } from '@tuijin/domain-projects';
import type { Random } from '../random';

/**
 * Project names, with the description that goes with each, as they appear in
 * district project lists (重点项目清单). Tokens: {area} a park or the district,
 * {place} a township, {place2} another township, {brand} an enterprise's trade
 * name, {product}/{material}/{industry}/{crop}/{road} words, {phase} 一/二/三,
 * {n} {a} {s} {k} {m} sizes (tons, 亩, 万平方米, 公里, counts).
 */
const PROJECT_TEMPLATES: Readonly<Record<Category, readonly (readonly [name: string, description: string])[]>> = {
  INDUSTRIAL: [
    ['{brand}年产{n}万吨{material}项目', '新建生产厂房约{s}万平方米，建设{material}生产线{m}条'],
    ['{brand}{product}智能制造基地', '新建智能化生产车间、仓储及研发用房约{s}万平方米'],
    ['{area}标准厂房建设项目（{phase}期）', '新建标准厂房约{s}万平方米及配套道路、管网'],
    ['{brand}{product}生产线技术改造项目', '改造现有车间，新增自动化生产设备{m}0台（套）'],
    ['{area}{industry}产业园', '建设标准厂房、研发中心及配套设施约{s}万平方米'],
    ['{brand}{product}扩能项目', '新增生产线{m}条，扩建厂房约{s}万平方米'],
  ],
  INFRASTRUCTURE: [
    ['{place}{road}道路改造工程', '改造道路约{k}公里，含路面、排水、照明及绿化工程'],
    ['{place}污水处理厂提标改造工程', '处理规模{m}万吨/日，出水提标至一级A标准'],
    ['{place}至{place2}公路改建工程', '按二级公路标准改建约{k}公里'],
    ['{place}场镇供水工程', '新建水厂一座，敷设供水管网约{k}公里'],
    ['{place}河道综合治理工程', '治理河道约{k}公里，新建堤防、生态护岸及滨河步道'],
    ['{place}片区棚户区改造项目', '改造棚户区住房约{m}00户，配套建设道路及管网'],
    ['{area}城市地下综合管廊工程（{phase}期）', '建设综合管廊约{k}公里及监控中心'],
    ['{place}农村公路提档升级工程', '提档升级农村公路约{k}公里'],
  ],
  SOCIAL: [
    ['{place}中学新建工程', '新建教学楼、实验楼、宿舍及运动场，新增学位{m}00个'],
    ['{area}人民医院综合楼建设项目', '新建综合楼约{s}万平方米，新增床位{m}00张'],
    ['{place}小学扩建项目', '扩建教学楼及配套用房，新增学位{m}00个'],
    ['{area}养老服务中心建设项目', '新建养老床位{m}00张及康复护理用房'],
    ['{area}妇幼保健院迁建工程', '新建业务用房约{s}万平方米，设置床位{m}00张'],
    ['{place}老旧小区改造项目', '改造老旧小区{m}个，涉及住户约{m}000户'],
    ['{place}卫生院改扩建工程', '改扩建业务用房，新增床位{m}0张'],
    ['{area}全民健身中心建设项目', '新建体育馆、游泳馆及室外运动场地'],
    ['{place}幼儿园新建工程', '新建{m}个班规模幼儿园'],
  ],
  NEW_INFRASTRUCTURE: [
    ['{area}5G基站建设项目（{phase}期）', '新建5G基站{m}00个，实现重点区域连续覆盖'],
    ['{area}大数据中心', '建设标准机柜{m}000个及配套供电、制冷设施'],
    ['{area}数据中心（{phase}期）', '建设标准机柜{m}00个及配套设施'],
    ['{area}新能源汽车充电基础设施建设项目', '新建充电桩{m}00个及配套电力设施'],
    ['{area}智慧城市运营中心', '建设城市运行管理平台及指挥中心'],
    ['{area}工业互联网标识解析二级节点', '建设标识解析节点及行业应用平台'],
    ['{brand}云计算中心', '建设云计算机房及服务器集群，机柜{m}00个'],
    ['{area}千兆光网城市建设项目', '新建千兆光网端口约{m}万个'],
  ],
  SERVICES: [
    ['{area}现代物流园', '建设仓储、分拨中心及配套用房约{s}万平方米'],
    ['{area}商业综合体', '总建筑面积约{s}万平方米，含商业、酒店及写字楼'],
    ['{place}旅游度假区', '建设游客中心、特色民宿及景观步道'],
    ['{area}冷链物流中心', '新建冷库{m}万吨及配套分拣中心'],
    ['{place}文旅小镇', '改造特色街区，建设文化展示及旅游配套设施'],
    ['{area}汽车商贸城', '建设汽车展厅、检测维修及配套用房约{s}万平方米'],
    ['{area}电子商务产业园', '建设电商孵化、直播基地及仓储用房约{s}万平方米'],
    ['{place}康养中心', '建设康养公寓、医疗康复及配套设施'],
  ],
  AGRICULTURE: [
    ['{place}现代农业示范园', '建设标准化种植基地{m}000亩及智能温室'],
    ['{place}{a}亩高标准农田建设项目', '土地平整、灌溉排水、田间道路等工程'],
    ['{place}{crop}产业基地', '建设{crop}种植基地{m}000亩及配套加工设施'],
    ['{place}农产品加工园', '建设农产品初加工、冷藏及交易设施'],
    ['{place}田园综合体', '建设特色种植、农事体验及乡村旅游设施'],
  ],
  OTHER: [
    ['{area}应急物资储备中心', '新建储备库房约{s}万平方米'],
    ['{area}消防救援站建设项目', '新建特勤消防站及训练设施'],
    ['{area}公共实训基地', '建设实训楼及设备，年培训能力{m}000人次'],
    ['{area}档案馆新馆建设项目', '新建档案馆约{s}万平方米'],
  ],
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

const PUBLIC_CATEGORIES: readonly Category[] = ['INFRASTRUCTURE', 'SOCIAL', 'OTHER'];

export interface NamePlaces {
  area: string;
  place: string;
  place2: string;
}

type FixedWords = NamePlaces & { brand: string; crop: string; material: string };

function fill(random: Random, template: string, words: FixedWords): string {
  return template.replace(/\{(\w+)\}/g, (_, token: string) => {
    switch (token) {
      case 'area':
      case 'place':
      case 'place2':
      case 'brand':
      case 'crop':
      case 'material':
        return words[token];
      case 'n':
        return String(random.int(2, 30));
      case 'a':
        return String(random.int(2, 30) * 500);
      case 's':
        return String(random.int(1, 12));
      case 'k':
        return String(random.int(3, 40) / 2);
      case 'm':
        return String(random.int(2, 9));
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
  const [name, description] = random.pick(PROJECT_TEMPLATES[category]);
  const isPublic = PUBLIC_CATEGORIES.includes(category) || (!name.includes('{brand}') && random.chance(0.6));
  // One word drawn once, so a name and its description speak of the same product or crop.
  const words = { ...places, brand, crop: random.pick(WORDS.crop), material: random.pick(WORDS.material) };
  return {
    name: fill(random, name, words),
    ownerEnterprise: isPublic
      ? random.pick(platformCompanies)
      : `${enterpriseRegion}${brand}${random.pick(ENTERPRISE_TRADES[category])}有限公司`,
    description: fill(random, description, words),
  };
}

/** 巴川街道 → 巴川, 土桥镇 → 土桥; county-level names (南关区) stay whole. */
export const shortPlaceName = (township: string): string => township.replace(/(街道|镇|乡)$/, '') || township;

import type { Category } from '@tuijin/domain-projects';

/** A project every reader of the district's news would recognise, placed first in its list. */
export interface SignatureProject {
  name: string;
  category: Category;
  description: string;
}

/**
 * One demo district (区/县/开发区/市) as the reference articles describe it: its
 * yearly targets, responsible units, leaders' titles and landmark projects.
 * Departments are `[code, name]`, the code naming a role in DEPARTMENT_ROLES;
 * townships are names (coded `<district code><nnn>`) or `[code, name]`.
 */
export interface DistrictConfig {
  code: string;
  name: string;
  /** Used in project names (铜梁…) and, with `projectPrefix`, in project codes (TL-2025-0001). */
  shortName: string;
  projectPrefix: string;
  /** Key projects (重点项目) at scale 1, and their planned investment for the demo year in 万元. */
  projects: number;
  plannedInvestment: number;
  /** Longitude and latitude of the centre, and how far (degrees) projects spread around it. */
  centre: readonly [number, number];
  radius: number;
  /** Places and parks that project names are built on. */
  areas: readonly string[];
  /** Province or city prefix of local enterprises' names (重庆…有限公司). */
  enterpriseRegion: string;
  /** State-owned investment platforms (城投/国资) that own public projects. */
  platformCompanies: readonly string[];
  phoneAreaCode: string;
  /** Titles of the leaders (包保领导) who take charge of projects, most senior first. */
  leaderTitles: readonly string[];
  departments: readonly (readonly [string, string])[];
  townships: readonly (string | readonly [string, string])[];
  /** Share of projects led by a township rather than a department. */
  townshipShare: number;
  categoryWeights: Readonly<Record<Category, number>>;
  signatureProjects: readonly SignatureProject[];
}

const DISTRICT_LEADERS = [
  '区委常委、常务副区长',
  '区委常委、副区长',
  '副区长',
  '副区长',
  '副区长',
  '区委常委、高新区党工委书记',
  '区人大常委会副主任',
  '区政协副主席',
];

const CHONGQING_DEPARTMENTS = [
  ['FGW', '区发展改革委'],
  ['ZJW', '区住房城乡建委'],
  ['GHZY', '区规划自然资源局'],
  ['STHJ', '区生态环境局'],
  ['JT', '区交通局'],
  ['SW', '区商务委'],
  ['JXW', '区经济信息委'],
  ['RS', '区人力社保局'],
  ['JY', '区教委'],
  ['WJ', '区卫生健康委'],
  ['WL', '区文化旅游委'],
  ['CG', '区城市管理局'],
] as const;

export const DEMO_DISTRICTS: readonly DistrictConfig[] = [
  {
    code: '500151',
    name: '铜梁区',
    shortName: '铜梁',
    projectPrefix: 'TL',
    projects: 155,
    plannedInvestment: 2_330_000,
    centre: [106.0566, 29.8448],
    radius: 0.12,
    areas: ['铜梁', '铜梁高新区', '蒲吕产业园', '铜梁西部新城'],
    enterpriseRegion: '重庆',
    platformCompanies: [
      '重庆市铜梁区城市建设投资有限公司',
      '重庆铜梁高新区开发建设有限公司',
      '重庆市铜梁区国有资产经营管理有限公司',
    ],
    phoneAreaCode: '023',
    leaderTitles: DISTRICT_LEADERS,
    departments: [
      ...CHONGQING_DEPARTMENTS,
      ['SL', '区水利局'],
      ['NY', '区农业农村委'],
      ['TC', '区招商投资促进局'],
      ['KFQ', '铜梁高新区管委会'],
    ],
    townships: [
      '巴川街道',
      '东城街道',
      '南城街道',
      '蒲吕街道',
      '旧县街道',
      '土桥镇',
      '二坪镇',
      '水口镇',
      '安居镇',
      '白羊镇',
      '平滩镇',
      '石鱼镇',
      '福果镇',
      '维新镇',
      '大庙镇',
      '围龙镇',
      '华兴镇',
      '永嘉镇',
      '安溪镇',
      '西河镇',
      '太平镇',
      '少云镇',
      '侣俸镇',
      '虎峰镇',
      '庆隆镇',
      '高楼镇',
    ],
    townshipShare: 0.4,
    categoryWeights: {
      INDUSTRIAL: 30,
      INFRASTRUCTURE: 25,
      SOCIAL: 14,
      NEW_INFRASTRUCTURE: 8,
      SERVICES: 10,
      AGRICULTURE: 10,
      OTHER: 3,
    },
    signatureProjects: [
      {
        name: '铜梁高新区园区循环化改造项目',
        category: 'INDUSTRIAL',
        description: '实施园区循环化改造，建设固废综合利用、中水回用及集中供热设施',
      },
      {
        name: '页岩气勘探开发及综合利用项目',
        category: 'INDUSTRIAL',
        description: '建设页岩气开发平台、集输管线及综合利用配套设施',
      },
      {
        name: '新能源装备制造和新材料产业基地',
        category: 'INDUSTRIAL',
        description: '建设新能源装备制造、新材料生产厂房及配套设施',
      },
      {
        name: '两江新区协作产业园（铜梁）标准厂房项目',
        category: 'INDUSTRIAL',
        description: '新建标准厂房约20万平方米及配套道路、管网',
      },
      {
        name: '川渝合作示范区（铜梁片区）基础设施建设项目',
        category: 'INFRASTRUCTURE',
        description: '建设片区道路、管网、供水及配套市政设施',
      },
      {
        name: '“互联网+智能制造”产业园',
        category: 'NEW_INFRASTRUCTURE',
        description: '建设智能制造示范工厂、工业互联网平台及配套用房',
      },
    ],
  },
  {
    code: '511725',
    name: '渠县',
    shortName: '渠县',
    projectPrefix: 'QX',
    projects: 39,
    plannedInvestment: 760_000,
    centre: [106.973, 30.8364],
    radius: 0.15,
    areas: ['渠县', '渠县经开区', '渠江'],
    enterpriseRegion: '四川',
    platformCompanies: ['渠县发展投资集团有限公司', '渠县城市建设投资有限公司', '渠县经开区建设开发有限公司'],
    phoneAreaCode: '0818',
    leaderTitles: [
      '县委常委、常务副县长',
      '县委常委、副县长',
      '副县长',
      '副县长',
      '副县长',
      '县人大常委会副主任',
      '县政协副主席',
    ],
    departments: [
      ['FGW', '县发展和改革局'],
      ['ZJW', '县住房和城乡建设局'],
      ['GHZY', '县自然资源和规划局'],
      ['STHJ', '县生态环境局'],
      ['JT', '县交通运输局'],
      ['SW', '县商务局'],
      ['JXW', '县经济和信息化局'],
      ['RS', '县人力资源和社会保障局'],
      ['SL', '县水务局'],
      ['JY', '县教育科技局'],
      ['WJ', '县卫生健康局'],
      ['NY', '县农业农村局'],
      ['WL', '县文化广播电视和旅游局'],
      ['XZSP', '县行政审批局'],
      ['TC', '县投资促进服务中心'],
      ['KFQ', '渠县经济开发区管委会'],
    ],
    townships: [
      '渠江街道',
      '天星街道',
      '渠北镇',
      '三汇镇',
      '土溪镇',
      '涌兴镇',
      '临巴镇',
      '有庆镇',
      '鲜渡镇',
      '琅琊镇',
      '文崇镇',
      '李馥镇',
      '清溪场镇',
      '贵福镇',
      '岩峰镇',
      '静边镇',
      '望溪镇',
      '东安镇',
      '宝城镇',
      '卷硐镇',
    ],
    townshipShare: 0.35,
    categoryWeights: {
      INDUSTRIAL: 28,
      INFRASTRUCTURE: 26,
      SOCIAL: 16,
      NEW_INFRASTRUCTURE: 8,
      SERVICES: 10,
      AGRICULTURE: 10,
      OTHER: 2,
    },
    signatureProjects: [
      { name: '华新绿色新材料产业园', category: 'INDUSTRIAL', description: '建设绿色建材生产线及配套物流、仓储设施' },
      { name: '巴賨时光文旅项目', category: 'SERVICES', description: '建设賨人文化展示街区、特色商业及旅游配套设施' },
      {
        name: '华西希望职业学院',
        category: 'SOCIAL',
        description: '新建教学楼、实训楼及学生宿舍，规划在校生规模1万人',
      },
      {
        name: '渠县次级现代综合交通枢纽',
        category: 'INFRASTRUCTURE',
        description: '建设综合客运枢纽站房、公交首末站及配套道路',
      },
      {
        name: '渠县大数据产业园',
        category: 'NEW_INFRASTRUCTURE',
        description: '建设数据中心机房、研发办公楼及配套设施',
      },
    ],
  },
  {
    code: '141081-KFQ',
    name: '侯马经济开发区',
    shortName: '侯马',
    projectPrefix: 'HM',
    projects: 30,
    plannedInvestment: 520_000,
    centre: [111.3721, 35.619],
    radius: 0.05,
    areas: ['侯马经济开发区', '侯马', '侯马陆港'],
    enterpriseRegion: '山西',
    platformCompanies: ['侯马经济开发区海达建设投资有限公司', '侯马市城市建设投资有限公司'],
    phoneAreaCode: '0357',
    leaderTitles: [
      '党工委副书记、管委会常务副主任',
      '党工委委员、管委会副主任',
      '管委会副主任',
      '管委会副主任',
      '党工委委员',
    ],
    departments: [
      ['FGW', '经济发展局'],
      ['ZJW', '规划建设局'],
      ['GHZY', '自然资源分局'],
      ['STHJ', '生态环境分局'],
      ['TC', '投资促进局'],
      ['XZSP', '行政审批局'],
      ['JR', '财政金融局'],
      ['RS', '社会事务局'],
      ['QYFW', '企业服务中心'],
    ],
    townships: ['浍滨街道', '路西街道', '上马街道', '张村街道', '新田乡', '高村乡', '凤城乡'],
    townshipShare: 0.2,
    categoryWeights: {
      INDUSTRIAL: 45,
      INFRASTRUCTURE: 20,
      SOCIAL: 5,
      NEW_INFRASTRUCTURE: 10,
      SERVICES: 18,
      AGRICULTURE: 0,
      OTHER: 2,
    },
    signatureProjects: [
      {
        name: '国家智能制造试点示范区建设项目',
        category: 'INDUSTRIAL',
        description: '建设智能制造示范车间、公共技术服务平台及配套设施',
      },
      {
        name: '山西省医药健康产业园（侯马）',
        category: 'INDUSTRIAL',
        description: '建设医药生产厂房、研发中心及配套设施',
      },
      {
        name: '晋南大宗商品和进出口商品物流基地',
        category: 'SERVICES',
        description: '建设保税仓储、铁路专用线、堆场及配套设施',
      },
      { name: '侯马电子商务产业基地', category: 'SERVICES', description: '建设电商孵化中心、仓储物流及配套用房' },
      {
        name: '中欧班列（侯马）集结中心',
        category: 'INFRASTRUCTURE',
        description: '建设集装箱作业区、铁路装卸线及海关监管设施',
      },
      {
        name: '临汾陆港（侯曲）开发区基础设施项目',
        category: 'INFRASTRUCTURE',
        description: '建设园区道路、给排水、供电及燃气管网',
      },
    ],
  },
  {
    code: '500103',
    name: '渝中区',
    shortName: '渝中',
    projectPrefix: 'YZ',
    projects: 60,
    plannedInvestment: 1_450_000,
    centre: [106.569, 29.5527],
    radius: 0.025,
    areas: ['渝中', '解放碑', '化龙桥', '大坪', '朝天门'],
    enterpriseRegion: '重庆',
    platformCompanies: [
      '重庆市渝中区城市建设投资有限公司',
      '重庆市渝中区国有资产经营管理有限公司',
      '重庆市渝中区城市更新投资有限公司',
    ],
    phoneAreaCode: '023',
    leaderTitles: DISTRICT_LEADERS.filter((title) => !title.includes('高新区')),
    departments: [...CHONGQING_DEPARTMENTS, ['CBD', '解放碑CBD管委会']],
    townships: [
      '解放碑街道',
      '七星岗街道',
      '大溪沟街道',
      '两路口街道',
      '上清寺街道',
      '菜园坝街道',
      '南纪门街道',
      '朝天门街道',
      '大坪街道',
      '化龙桥街道',
      '石油路街道',
    ],
    townshipShare: 0.3,
    categoryWeights: {
      INDUSTRIAL: 3,
      INFRASTRUCTURE: 30,
      SOCIAL: 20,
      NEW_INFRASTRUCTURE: 12,
      SERVICES: 33,
      AGRICULTURE: 0,
      OTHER: 2,
    },
    signatureProjects: [
      { name: '老鼓楼衙署遗址公园', category: 'SOCIAL', description: '保护展示宋代衙署遗址，建设遗址公园及配套设施' },
      { name: '珊瑚公园滨江公园', category: 'INFRASTRUCTURE', description: '建设滨江步道、绿化景观及公共服务设施' },
      {
        name: '解放碑地下停车库及连接通道三期工程',
        category: 'INFRASTRUCTURE',
        description: '新建地下停车库及地下人行连接通道',
      },
      { name: '马鞍山传统风貌区', category: 'SERVICES', description: '修缮传统建筑，打造历史文化街区' },
      {
        name: '化龙桥片区城市更新项目',
        category: 'INFRASTRUCTURE',
        description: '实施片区城市更新，完善道路、管网及公共空间',
      },
    ],
  },
  {
    code: '220100',
    name: '长春市',
    shortName: '长春',
    projectPrefix: 'CC',
    projects: 80,
    plannedInvestment: 3_600_000,
    centre: [125.3245, 43.8868],
    radius: 0.3,
    areas: ['长春', '长春新区', '长春经开区', '长春汽开区', '净月高新区'],
    enterpriseRegion: '吉林',
    platformCompanies: ['长春市城市发展投资有限公司', '长春新区发展建设有限公司', '长春市交通建设投资有限公司'],
    phoneAreaCode: '0431',
    leaderTitles: [
      '市委常委、常务副市长',
      '副市长',
      '副市长',
      '副市长',
      '市政府秘书长',
      '市人大常委会副主任',
      '市政协副主席',
    ],
    departments: [
      ['FGW', '市发展改革委'],
      ['JXW', '市工业和信息化局'],
      ['ZJW', '市住房和城乡建设局'],
      ['GHZY', '市规划和自然资源局'],
      ['STHJ', '市生态环境局'],
      ['JT', '市交通运输局'],
      ['SW', '市商务局'],
      ['RS', '市人力资源和社会保障局'],
      ['SL', '市水务局'],
      ['JY', '市教育局'],
      ['WJ', '市卫生健康委员会'],
      ['NY', '市农业农村局'],
      ['WL', '市文化广播电视和旅游局'],
      ['XZSP', '市政务服务和数字化建设管理局'],
    ],
    townships: [
      ['220102', '南关区'],
      ['220103', '宽城区'],
      ['220104', '朝阳区'],
      ['220105', '二道区'],
      ['220106', '绿园区'],
      ['220112', '双阳区'],
      ['220113', '九台区'],
      ['220122', '农安县'],
      ['220182', '榆树市'],
      ['220183', '德惠市'],
      ['220184', '公主岭市'],
      ['220171', '长春经济技术开发区'],
      ['220172', '长春净月高新技术产业开发区'],
      ['220173', '长春高新技术产业开发区'],
      ['220174', '长春汽车经济技术开发区'],
      ['CCXQ', '长春新区'],
    ],
    townshipShare: 0.55,
    categoryWeights: {
      INDUSTRIAL: 35,
      INFRASTRUCTURE: 22,
      SOCIAL: 10,
      NEW_INFRASTRUCTURE: 12,
      SERVICES: 13,
      AGRICULTURE: 6,
      OTHER: 2,
    },
    signatureProjects: [
      { name: '聚乳酸及乙醇燃料生产基地', category: 'INDUSTRIAL', description: '建设聚乳酸、燃料乙醇生产线及配套设施' },
      {
        name: '国家机器人创新中心（长春）',
        category: 'NEW_INFRASTRUCTURE',
        description: '建设机器人研发中心、中试基地及公共服务平台',
      },
      {
        name: '遥感卫星及应用产业基地',
        category: 'INDUSTRIAL',
        description: '建设卫星研制、遥感数据处理及应用产业化设施',
      },
      { name: '军民融合创新示范区', category: 'INDUSTRIAL', description: '建设研发孵化、中试生产及配套服务设施' },
      { name: '津长产业合作园区', category: 'INDUSTRIAL', description: '建设标准厂房、研发楼及园区配套基础设施' },
      { name: '津长双创合作示范基地', category: 'SERVICES', description: '建设创业孵化、众创空间及配套服务设施' },
      { name: '轨道客车配套产业园', category: 'INDUSTRIAL', description: '建设轨道客车零部件生产厂房及配套设施' },
    ],
  },
];

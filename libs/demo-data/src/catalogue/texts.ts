import type { ProblemCategory } from '@tuijin/domain-projects';
import type { Random } from '../random';

/** The words officials write in the ledger: problem descriptions, resolutions, reasons and report notes. */

const PROBLEMS: Readonly<Record<ProblemCategory, readonly string[]>> = {
  LAND: [
    '项目用地约{n}亩尚未完成征收，影响场平施工',
    '用地指标不足，需协调新增建设用地指标{n}亩',
    '红线范围内{m}户房屋未完成征收拆迁',
    '林地使用手续未办结，无法进场施工',
    '临时用地续期手续办理滞后',
  ],
  FINANCING: [
    '项目资本金到位不足，资金缺口约{k}万元',
    '银行贷款审批缓慢，需协调授信{k}万元',
    '专项债券资金尚未拨付到位',
    '企业流动资金紧张，申请政策性贷款贴息',
  ],
  APPROVAL: [
    '施工许可证办理受阻，需协调规划许可变更',
    '环评批复尚未取得，影响开工',
    '初步设计及概算批复滞后',
    '消防设计审查未通过，需修改设计',
    '节能审查手续办理进度缓慢',
  ],
  UTILITIES: [
    '施工临时用电10千伏线路未接入',
    '天然气管网未接通，影响设备调试',
    '供水管网压力不足，需新建加压设施',
    '永久用电双回路接入方案未确定',
  ],
  LABOUR: [
    '技术工人短缺约{m}0人，影响施工进度',
    '农忙时节施工人员流失，需协调用工',
    '企业招工困难，急需熟练操作工{m}0名',
  ],
  OTHER: [
    '周边群众阻工，需镇街协调化解',
    '施工便道与现有道路交叉，需制定交通组织方案',
    '渣土消纳场地不足',
    '汛期施工安全隐患，需加强监管',
  ],
};

const RESOLUTIONS: Readonly<Record<ProblemCategory, readonly string[]>> = {
  LAND: ['完成土地征收及补偿安置，已交付净地', '协调新增建设用地指标，用地手续已办结', '完成房屋征收签约，已全部腾空'],
  FINANCING: ['协调银行授信到位，首笔贷款已发放', '专项债券资金已拨付到位', '纳入政银企对接清单，贷款已审批'],
  APPROVAL: ['开通并联审批绿色通道，施工许可证已核发', '环评批复已取得', '已完成设计变更并通过审查'],
  UTILITIES: ['供电公司已完成临时用电线路架设', '燃气管网已接通', '供水加压设施已投用'],
  LABOUR: ['人力社保部门组织专场招聘会，补充用工{m}0人', '协调劳务公司增派施工人员'],
  OTHER: ['经镇街入户协调，阻工问题已化解', '交通组织方案已批复实施', '已落实整改措施'],
};

export const REASONS = {
  suspend: [
    '环保督察整改，暂停施工',
    '汛期地质灾害隐患排查，暂停施工',
    '设计方案调整，暂停施工',
    '征地拆迁纠纷未化解，暂停施工',
  ],
  suspendForFunds: '业主单位资金周转困难，项目停工',
  resume: ['整改完成，经验收同意复工', '隐患排查完毕，恢复施工', '纠纷已化解，恢复施工'],
  backward: [
    '规划调整，需重新办理用地预审和规划选址',
    '招商合同变更，退回前期重新论证',
    '建设方案重大调整，需重新履行审批程序',
  ],
  cancel: [
    '业主单位资金链断裂，经政府常务会议研究同意终止实施，调出重点项目库',
    '项目选址与国土空间规划冲突，经研究同意终止实施',
  ],
  leadUnitChange: '职能调整，牵头单位变更',
  closeOnCancel: '项目终止，问题不再办理',
  close: ['企业诉求已撤回', '与已登记问题重复，合并办理', '经核实不属于项目推进问题，转常规渠道办理'],
  escalateToLeader: ['逾期未办结，提请包保领导协调', '涉及多个部门，提请包保领导专题调度'],
  escalateOnsite: ['纳入领导现场办公会议题', '提请现场办公会研究解决'],
  correction: '更正：原填报数据有误，按财务凭证核定',
} as const;

const PROGRESS_NOTES: readonly [number, readonly string[]][] = [
  [20, ['完成场地平整', '正在进行基础施工', '桩基工程施工中']],
  [50, ['主体结构施工中', '完成基础工程，进入主体施工']],
  [80, ['主体结构封顶', '正在进行设备安装', '二次结构及机电安装施工中']],
  [100, ['装饰装修及室外配套施工中', '设备调试中', '进入竣工验收准备阶段']],
];

function fill(random: Random, template: string): string {
  return template
    .replace('{n}', String(random.int(2, 40) * 5))
    .replace('{m}', String(random.int(2, 9)))
    .replace('{k}', String(random.int(5, 80) * 100));
}

export const problemDescription = (random: Random, category: ProblemCategory): string =>
  fill(random, random.pick(PROBLEMS[category]));

export const problemResolution = (random: Random, category: ProblemCategory): string =>
  fill(random, random.pick(RESOLUTIONS[category]));

export function progressNote(random: Random, progressPercent: number): string {
  if (progressPercent >= 100) return '工程已完工，完成竣工验收';
  const band = PROGRESS_NOTES.find(([upTo]) => progressPercent < upTo) ?? PROGRESS_NOTES[PROGRESS_NOTES.length - 1];
  return random.pick(band[1]);
}

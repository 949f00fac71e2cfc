import type { Person } from '@tuijin/domain-projects';
import type { Random } from '../random';

/** Invented people: common surnames and given-name characters, combined at random. */
const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃戴莫向汤',
];
const GIVEN = [
  ...'建华国明志强伟军平勇林杰涛斌海波磊宏刚峰红丽芳敏静燕霞婷雪琳晓文俊浩宇鹏飞超亮辉新春兵东江松健元成旭晨阳莉娟颖洁倩嘉佳思雨庆德永祥荣',
];

export function personName(random: Random): string {
  const given = random.chance(0.7) ? random.pick(GIVEN) + random.pick(GIVEN) : random.pick(GIVEN);
  return random.pick(SURNAMES) + given;
}

/** An office line such as 023-4567 1234. */
export const officePhone = (random: Random, areaCode: string): string =>
  `${areaCode}-${random.int(4000, 8999)} ${random.int(1000, 9999)}`;

/** A mobile number such as 138 2345 6789. */
export const mobilePhone = (random: Random): string =>
  `1${random.pick(['35', '38', '39', '58', '77', '80', '86', '89', '99'])} ${random.int(1000, 9999)} ${random.int(1000, 9999)}`;

/** A leader (包保领导), shown as 姓名（职务）. */
export function leaderOf(random: Random, title: string, areaCode: string): Person {
  return { name: `${personName(random)}（${title}）`, phone: officePhone(random, areaCode) };
}

/** A service secretary (服务秘书) from the lead unit, shown as 姓名（单位）. */
export function secretaryOf(random: Random, unitName: string): Person {
  return { name: `${personName(random)}（${unitName}）`, phone: mobilePhone(random) };
}

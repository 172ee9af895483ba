import type { RegionKind } from '../../shared/model';

/** The regions of the demo city and the words their names and people are made of. */

export interface RegionSpec {
  name: string;
  kind: RegionKind;
  street: number;
  /** Existing units with their own org to take in (not organs / institutions). */
  orgUnits: number;
  /** Organs / institutions in the area (their orgs stay where they are). */
  stayingUnits: number;
  /** New units without an org (shops, dealerships) and the members working there. */
  noOrgUnits: number;
  noOrgMembers: number;
  /** New flowing members working in the no-org units. */
  flowing: number;
  /** Exactly this many members working in the region (fills noOrgMembers to reach it). */
  exactWorking?: number;
  registerShare: number;
  shops: number;
  /** Months before today it was set up. */
  age: number;
  communities: number;
  centreName?: string;
  stations: number;
}

export const WORDS =
  '东西南北中新华龙凤和平安康兴福美金翠阳光明春秋溪湖山水林园江河泉石桥湾岭坊松竹梅兰锦绣丰盛嘉怡'.split('');
export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤'.split(
    '',
  );
export const GIVEN =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉梅海燕鹏飞宇浩然晨阳子涵欣怡思远嘉豪梓萱雨轩俊杰佳琪文博'.split(
    '',
  );
export const SHOP_SUFFIX = [
  '商行',
  '服饰店',
  '茶庄',
  '眼镜店',
  '副食店',
  '五金店',
  '通讯店',
  '餐饮店',
  '药店',
  '家电行',
];
export const DEALER_BRANDS = [
  '大众',
  '丰田',
  '本田',
  '别克',
  '奥迪',
  '宝马',
  '奔驰',
  '日产',
  '现代',
  '福特',
  '吉利',
  '长安',
  '比亚迪',
  '哈弗',
  '雪佛兰',
  '马自达',
  '起亚',
  '荣威',
];
export const OCCUPATIONS = [
  '个体经营户',
  '销售顾问',
  '维修技师',
  '企业管理人员',
  '技术员',
  '财务人员',
  '店长',
];

export function demoRegions(scale: 'demo' | 'small', streets: number): RegionSpec[] {
  if (scale === 'small')
    return [
      {
        name: '示范商务区',
        kind: 'business_district',
        street: 0,
        orgUnits: 3,
        stayingUnits: 1,
        noOrgUnits: 3,
        noOrgMembers: 6,
        flowing: 2,
        registerShare: 0.85,
        shops: 2,
        age: 10,
        communities: 1,
        stations: 1,
      },
    ];
  const generic: [string, RegionKind][] = [
    ['工业集聚区', 'industrial_cluster'],
    ['商贸区', 'business_district'],
    ['工业集聚区', 'industrial_cluster'],
    ['专业市场区', 'market'],
    ['商务区', 'business_district'],
    ['工业集聚区', 'industrial_cluster'],
    ['专业市场区', 'market'],
    ['商贸区', 'business_district'],
  ];
  const regions: RegionSpec[] = [
    // 中央商务区联合党委: 127 members all registered, 40 shop-owner members 亮牌.
    {
      name: '中央商务区',
      kind: 'business_district',
      street: 0,
      orgUnits: 5,
      stayingUnits: 1,
      noOrgUnits: 40,
      noOrgMembers: 0,
      flowing: 6,
      exactWorking: 127,
      registerShare: 1,
      shops: 40,
      age: 20,
      communities: 2,
      centreName: '中央商务区党员服务中心',
      stations: 5,
    },
    // 方林汽车城: 50-odd dealerships, 30-odd flowing members found a "home" at the 4S centre.
    {
      name: '方林汽车城汽贸区',
      kind: 'auto_trade',
      street: 1 % streets,
      orgUnits: 4,
      stayingUnits: 0,
      noOrgUnits: 52,
      noOrgMembers: 10,
      flowing: 34,
      registerShare: 0.93,
      shops: 0,
      age: 19,
      communities: 1,
      centreName: '方林汽车4S党员服务中心',
      stations: 5,
    },
    // 古街区域联合党委: the night-market stalls.
    {
      name: '古街区域',
      kind: 'commercial_street',
      street: 2 % streets,
      orgUnits: 4,
      stayingUnits: 1,
      noOrgUnits: 18,
      noOrgMembers: 22,
      flowing: 8,
      registerShare: 0.9,
      shops: 12,
      age: 18,
      communities: 1,
      stations: 5,
    },
  ];
  for (let i = 0; i < 9; i++) {
    const street = (i + 3) % streets;
    const [suffix, kind] = generic[i % generic.length]!;
    regions.push({
      name: `{street}${suffix}${i >= streets - 3 ? '二区' : ''}`,
      kind,
      street,
      orgUnits: 6 + (i % 4) * 2,
      stayingUnits: i % 3 === 0 ? 1 : 0,
      noOrgUnits: 4 + (i % 5),
      noOrgMembers: 6 + (i % 4) * 3,
      // The first generic cluster hosts 丰城市焦坑乡驻台州流动党支部.
      flowing: i === 0 ? 16 : 3 + (i % 3) * 4,
      registerShare: 0.78 + (i % 5) * 0.04,
      shops: kind === 'market' || kind === 'business_district' ? 6 : 0,
      age: 16 - (i % 6),
      communities: 1,
      stations: 5,
    });
  }
  return regions;
}

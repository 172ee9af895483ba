import type { Ledger } from '../../shared/terms';

/** The words the demo data is written with: names, demand contents and replies, titles of supply items …. */

export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江阎薛尹段雷黎史龙陶贺顾毛郝龚邵万钱严覃武'.split(
    '',
  );
export const GIVEN =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红建国建华志强海燕文辉晓东丹凤慧敏雪梅国庆淑珍春生永红德明玉珍立新'.split(
    '',
  );

export const CONTENTS: Record<string, string[]> = {
  environment: [
    '楼道堆放杂物影响通行',
    '垃圾分类投放点异味扰民',
    '小区绿化带杂草丛生',
    '雨水井堵塞路面积水',
    '流浪猫聚集影响环境卫生',
    '建筑垃圾未及时清运',
  ],
  safety: [
    '楼道电动车充电存在隐患',
    '单元门禁损坏外来人员随意进出',
    '路口缺少减速带',
    '老旧电线私拉乱接',
    '消防通道被车辆占用',
  ],
  facilities: [
    '路灯损坏夜间照明不足',
    '健身器材破损需维修',
    '楼顶防水层老化漏雨',
    '小区道路破损坑洼',
    '二次供水水压不足',
  ],
  neighbourhood: [
    '楼上住户噪音扰民',
    '邻里因晾晒占道产生纠纷',
    '空调外机滴水影响楼下',
    '宠物犬未拴绳引发矛盾',
  ],
  elderly_care: [
    '独居老人希望定期上门探访',
    '老人就餐不便希望助餐服务',
    '放学后孩子无人看护',
    '高龄老人申请居家养老服务',
  ],
  services: [
    '咨询居住证办理流程',
    '申请低保需要协助材料',
    '残疾人证年审咨询',
    '医保异地备案咨询',
    '退休人员资格认证协助',
  ],
  property: ['物业费收支不透明', '电梯频繁故障', '小区停车位管理混乱', '物业服务响应慢'],
  other: ['建议增设快递柜', '希望开展社区文体活动', '咨询老旧小区改造进度'],
};
export const REPLIES: Record<Ledger, string[]> = {
  immediate: ['网格员已现场处理完毕，已电话告知居民', '已当场协调解决并回访，居民表示满意'],
  time_limited: ['已在规定时限内办结，结果已书面回复居民', '已协调相关单位完成处置，已电话回复'],
  special: ['经党代表工作室协调，多方会商后已妥善解决并回复', '已制定专项处置方案并落实，已向居民反馈'],
  undertaken: ['承办单位已办结并反馈，社区已回复居民', '承办部门完成整改，网格员回访确认后销号'],
  proxy: ['代办员已代为办结相关手续并送达居民', '已代办完成，材料已交居民本人'],
};
export const DEPARTMENTS = [
  '街道城管科',
  '街道社会事务科',
  '区住建局',
  '区市场监管局',
  '供电所',
  '自来水公司',
  '派出所社区警务室',
  '物业公司',
];
export const SUPPLY_TITLES: Record<string, [string, string]> = {
  venue: ['借用场地开展党员活动', '开放会议室供网格议事'],
  volunteers: ['需要志愿者协助老旧小区巡查', '派出党员志愿者参与网格服务'],
  funding: ['楼道微改造资金缺口', '资助困难群众节日慰问'],
  health: ['老年人健康体检与义诊', '派驻医生进网格义诊'],
  education: ['“四点钟学校”课后辅导师资', '开设青少年公益课堂'],
  legal: ['居民法律咨询需求', '律师定期坐班提供法律服务'],
  elderly_care: ['独居老人助餐助浴', '为高龄老人提供上门服务'],
  culture: ['社区文艺队排练场地', '开放运动场举办社区运动会'],
  environment: ['背街小巷环境整治', '参与网格环境卫生整治'],
  papers: ['证件办理进网格', '派员进社区办理证件业务'],
};
export const FACILITY_NAMES: Record<string, string> = {
  parking: '停车场',
  sports: '运动场',
  toilet: '卫生间',
  meeting_room: '党员活动室',
  library: '阅览室',
  canteen: '职工食堂',
};
export const VOLUNTEER_TEXT: Record<string, string[]> = {
  civilized_city: ['文明劝导', '创城宣传入户', '清理小广告'],
  safety: ['平安巡逻', '消防安全排查', '反诈宣传'],
  sanitation: ['楼道清洁', '垃圾分类督导', '绿化带清理'],
  service: ['走访独居老人', '“四点钟学校”辅导', '协助办理证件'],
  other: ['社区活动保障', '疫苗接种引导'],
};

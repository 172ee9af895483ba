import type { CitySpec } from '@jiceng/core/demo';

/**
 * The five demo jurisdictions, one per model, sized from the published figures (see each comment).
 * Each enables its own model's plugin; a plugin that is not installed is simply skipped.
 */
export const DEMO_CITIES: CitySpec[] = [
  {
    // 龙岩: 132 communities, 1,469 compounds, 37,455 in-service members, 890 paired units.
    code: 'longyan',
    nameZh: '龙岩市',
    nameEn: 'Longyan',
    level: 'city',
    province: '福建省',
    areaCode: '3508',
    committeeName: '中共龙岩市委',
    streets: 22,
    communities: 132,
    compounds: 1469,
    buildingsPerCompound: [2, 6],
    buildingCompounds: 200,
    units: 890,
    members: { in_service: 37_455, retired: 2_400, resident: 1_500, flowing: 300 },
    livesInCommunityShare: 0.94,
    plugins: ['longyan-return-home'],
  },
  {
    // 福州鼓楼: 10 streets, 69 communities, 534 base grids, a 29-unit alliance.
    code: 'gulou',
    nameZh: '福州市鼓楼区',
    nameEn: 'Gulou, Fuzhou',
    level: 'district',
    province: '福建省',
    areaCode: '3501',
    committeeName: '中共福州市鼓楼区委',
    streets: 10,
    communities: 69,
    compounds: 420,
    grids: 534,
    units: 160,
    unitKinds: { organ: 4, institution: 3, enterprise: 2, new_economic: 2, new_social: 2 },
    members: { in_service: 6_000, retired: 2_500, resident: 2_000, flowing: 300 },
    plugins: ['gulou-grid-alliance'],
  },
  {
    // 济南: communities of all five types for the 30-standard checklist.
    code: 'jinan',
    nameZh: '济南市',
    nameEn: 'Jinan',
    level: 'city',
    province: '山东省',
    areaCode: '3701',
    committeeName: '中共济南市委',
    streets: 24,
    communities: 180,
    compounds: 540,
    units: 150,
    communityAttributes: {
      community_type: { open: 4, closed: 4, village_converted: 2, urban_rural: 2, county_town: 2 },
    },
    members: { in_service: 6_000, retired: 2_500, resident: 2_000, flowing: 200 },
    plugins: ['jinan-standards'],
  },
  {
    // 府谷: 10 communities, 209 branches under the organs committee, 3,400+ in-service members.
    code: 'fugu',
    nameZh: '府谷县',
    nameEn: 'Fugu County',
    level: 'county',
    province: '陕西省',
    areaCode: '6108',
    committeeName: '中共府谷县委',
    streets: 2,
    communities: 10,
    compounds: 60,
    buildingsPerCompound: [3, 8],
    units: 209,
    members: { in_service: 3_400, retired: 500, resident: 400, flowing: 150 },
    communityAttributes: { community_type: { county_town: 1 } },
    plugins: ['fugu-dual-link'],
  },
  {
    // 路桥: ~40,000 private firms (sampled), 684 new social organizations (sampled), regions and 83 service centres.
    code: 'luqiao',
    nameZh: '台州市路桥区',
    nameEn: 'Luqiao, Taizhou',
    level: 'district',
    province: '浙江省',
    areaCode: '3310',
    committeeName: '中共台州市路桥区委',
    streets: 10,
    communities: 60,
    compounds: 200,
    units: 400,
    unitKinds: { organ: 1, institution: 1, enterprise: 5, new_economic: 4, new_social: 2 },
    members: { in_service: 5_000, retired: 1_000, resident: 800, flowing: 1_200 },
    plugins: ['luqiao-regional'],
  },
];

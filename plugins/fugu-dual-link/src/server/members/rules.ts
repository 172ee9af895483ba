import { addMonths, numOrNull } from '@jiceng/plugin-kit';
import { quarterOf, yearSpan } from '../../shared/dates';

/** The pure rules of the member views: the community's compliance block, the member file's timeline, the budget. */

export interface CardDates {
  activities: { heldOn: string }[];
  visits: { visitedOn: string }[];
  practicalThings: { doneOn: string }[];
}

/** The last day the member was seen in the community (stamped, an activity, a report, a practical thing), up to today. */
export function lastSeenOn(stampedOn: string | null | undefined, card: CardDates, today: string) {
  return [
    stampedOn,
    ...card.activities.map((a) => a.heldOn),
    ...card.visits.map((v) => v.visitedOn),
    ...card.practicalThings.map((p) => p.doneOn),
  ]
    .filter((d): d is string => !!d && d <= today)
    .sort()
    .pop();
}

/**
 * 每季度到社区报到, 每年办实事: this quarter's reports (the stamp counts as reporting), this year's practical things
 * against the city's number, and absent for half a year (an active registration not seen for six months).
 */
export function compliance(
  current: { status: string; stamped_on: string | null },
  card: CardDates,
  today: string,
  practicalThingsPerYear: number,
) {
  const q = quarterOf(today);
  const y = yearSpan(Number(today.slice(0, 4)));
  const visitsThisQuarter = card.visits.filter((v) => v.visitedOn >= q.from && v.visitedOn <= today).length;
  const stampedThisQuarter = !!current.stamped_on && current.stamped_on >= q.from;
  const lastSeen = lastSeenOn(current.stamped_on, card, today);
  return {
    quarter: q.key,
    reportedThisQuarter: visitsThisQuarter > 0 || stampedThisQuarter,
    visitsThisQuarter,
    practicalThingsThisYear: card.practicalThings.filter((p) => p.doneOn >= y.from && p.doneOn <= today)
      .length,
    practicalThingsRequired: practicalThingsPerYear,
    lastSeen: lastSeen ?? null,
    absentHalfYear:
      ['stamped', 'filed'].includes(current.status) && !!lastSeen && lastSeen < addMonths(today, -6),
  };
}

/** A feedback card as the member view shows it: on time when sent by its due day; recipients as a list. */
export const feedbackCardView = <F extends { sentOn: string; dueOn: string; recipients: string | null }>(
  f: F,
) => ({
  ...f,
  onTime: f.sentOn <= f.dueOn,
  recipients: f.recipients ? String(f.recipients).split(',') : [],
});

export interface FileItem {
  id: number | string;
  kind: string;
  onDate: string;
  title: string;
  content: string | null;
  score: number | null;
  source: string;
}

/** 写实档案: the entries written by either side and the records the model keeps, newest first. */
export function fileTimeline(parts: {
  entries: {
    id: number;
    kind: string;
    onDate: string;
    title: string;
    content: string | null;
    score: unknown;
  }[];
  activities: { id: number; heldOn: string; title: string; communityName: string }[];
  practicalThings: { id: number; doneOn: string; title: string; description: string | null }[];
  appraisals: { id: number; year: number; total: unknown; grade: string }[];
  cards: { id: number; period_key: string; sent_on: string; overall: string | null }[];
  registrations: { id: number; stamped_on: string | null; community_name: string; letter_no: string }[];
}): FileItem[] {
  const items: FileItem[] = [
    ...parts.entries.map((e) => ({ ...e, score: numOrNull(e.score), source: 'entry' })),
    ...parts.activities.map((a) => ({
      id: `a${a.id}`,
      kind: 'event',
      onDate: a.heldOn,
      title: `${a.communityName}：${a.title}`,
      content: null,
      score: null,
      source: 'activity',
    })),
    ...parts.practicalThings.map((p) => ({
      id: `p${p.id}`,
      kind: 'task',
      onDate: p.doneOn,
      title: `为社区办实事：${p.title}`,
      content: p.description,
      score: null,
      source: 'practical_thing',
    })),
    ...parts.appraisals.map((a) => ({
      id: `y${a.id}`,
      kind: 'appraisal',
      onDate: `${a.year}-12-31`,
      title: `${a.year} 年度考核评议`,
      content: a.grade,
      score: numOrNull(a.total),
      source: 'appraisal',
    })),
    ...parts.cards.map((f) => ({
      id: `f${f.id}`,
      kind: 'appraisal',
      onDate: f.sent_on,
      title: `社区表现反馈卡 ${f.period_key}`,
      content: f.overall,
      score: null,
      source: 'feedback_card',
    })),
    ...parts.registrations
      .filter((r): r is typeof r & { stamped_on: string } => !!r.stamped_on)
      .map((r) => ({
        id: `r${r.id}`,
        kind: 'event',
        onDate: r.stamped_on,
        title: `到${r.community_name}报到`,
        content: r.letter_no,
        score: null,
        source: 'registration',
      })),
  ];
  return items.sort((a, b) => (a.onDate < b.onDate ? 1 : a.onDate > b.onDate ? -1 : 0));
}

/** 经费: per branch, members × the yearly amounts per member; and the totals over all branches. */
export function budget<R extends { members: number }>(
  rows: R[],
  perMember: { activityFundPerMember: number; trainingFundPerMember: number },
) {
  const { activityFundPerMember: activity, trainingFundPerMember: training } = perMember;
  const items = rows.map((x) => ({
    ...x,
    activityFund: x.members * activity,
    trainingFund: x.members * training,
    total: x.members * (activity + training),
  }));
  const members = items.reduce((s, x) => s + x.members, 0);
  return {
    perMember: { activity, training },
    totals: {
      branches: items.length,
      members,
      activityFund: members * activity,
      trainingFund: members * training,
      total: members * (activity + training),
    },
    items,
  };
}

/** A community's compounds (under its place) with their buildings; none when the community has no place. */
export function compoundsOf(
  placePath: string | null,
  places: { id: number; name: string; kind: string; parentId: number | null; path: string }[],
) {
  if (!placePath) return [];
  return places
    .filter((p) => p.kind === 'compound' && p.path.startsWith(placePath))
    .map((p) => ({
      id: p.id,
      name: p.name,
      buildings: places
        .filter((b) => b.kind === 'building' && b.parentId === p.id)
        .map((b) => ({ id: b.id, name: b.name })),
    }));
}

/** Tag colours per member category (labels themselves live in the i18n files). */
const COLORS: Record<string, string> = {
  in_service: 'blue',
  retired: 'gold',
  flowing: 'purple',
  resident: 'green',
  unemployed: 'default',
};

export const categoryColor = (category: string) => COLORS[category] ?? 'default';

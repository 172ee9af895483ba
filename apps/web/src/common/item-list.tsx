import { Empty } from 'antd';
import type { Key, ReactNode } from 'react';
import styles from './item-list.module.css';

/** A plain vertical list (antd's List is deprecated in v6.6): rows with a title, a description and an action. */
export function ItemList<T>({
  items,
  rowKey,
  title,
  description,
  extra,
  onClick,
  active,
  empty,
  testId,
  rowTestId,
}: {
  items: T[];
  rowKey: (item: T) => Key;
  title: (item: T) => ReactNode;
  description?: (item: T) => ReactNode;
  extra?: (item: T) => ReactNode;
  onClick?: (item: T) => void;
  active?: (item: T) => boolean;
  empty: ReactNode;
  testId?: string;
  rowTestId?: (item: T) => string;
}) {
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;
  return (
    <div className={styles.list} data-testid={testId}>
      {items.map((item) => (
        <div
          key={rowKey(item)}
          className={`${styles.row} ${onClick ? styles.clickable : ''} ${active?.(item) ? styles.active : ''}`}
          onClick={onClick && (() => onClick(item))}
          data-testid={rowTestId?.(item)}
        >
          <div className={styles.body}>
            <div className={styles.title}>{title(item)}</div>
            {description && <div className={styles.description}>{description(item)}</div>}
          </div>
          {extra && <div>{extra(item)}</div>}
        </div>
      ))}
    </div>
  );
}

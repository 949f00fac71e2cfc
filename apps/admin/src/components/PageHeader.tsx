import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** A page's title with its tools (pickers, buttons) beside it, wrapping under it on phones. */
export function PageHeader({ title, extra, subtitle }: { title: ReactNode; extra?: ReactNode; subtitle?: ReactNode }) {
  return (
    <div className="page-header">
      <div>
        <Typography.Title level={3} className="page-title">
          {title}
        </Typography.Title>
        {subtitle && <Typography.Text type="secondary">{subtitle}</Typography.Text>}
      </div>
      {extra && <div className="page-tools">{extra}</div>}
    </div>
  );
}

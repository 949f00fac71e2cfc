import { DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../auth/AuthProvider';
import type { ProblemFieldsFragment } from '../../gql/graphql';
import { can } from '../../lib/access';
import { ProblemActionForm, type ProblemAction } from './problem-forms';

const FINISHED = ['RESOLVED', 'CLOSED'];

/**
 * What may be done with an unfinished problem, for the roles that may: 办结 as the main
 * button, 交办 / 提级 / 关闭 under "more" (so that cards on the board stay narrow).
 */
export function ProblemActions({ problem }: { problem: ProblemFieldsFragment }) {
  const { t } = useTranslation();
  const user = useUser();
  const [action, setAction] = useState<ProblemAction | undefined>();
  if (FINISHED.includes(problem.status)) return null;
  const handle = can(user.role, 'handleProblems');
  const escalate = can(user.role, 'escalateProblems');
  if (!handle && !escalate) return null;
  const more = [
    ...(handle ? [{ key: 'assign', label: t('problems.assign') }] : []),
    ...(escalate ? [{ key: 'escalate', label: t('problems.escalate') }] : []),
    ...(handle ? [{ key: 'close', label: t('problems.close'), danger: true }] : []),
  ];
  return (
    <>
      <Space size={4} wrap>
        {handle && (
          <Button size="small" type="primary" onClick={() => setAction('resolve')}>
            {t('problems.resolve')}
          </Button>
        )}
        <Dropdown trigger={['click']} menu={{ items: more, onClick: ({ key }) => setAction(key as ProblemAction) }}>
          <Button size="small" aria-label={t('problems.moreActions')}>
            {t('problems.moreActions')} <DownOutlined />
          </Button>
        </Dropdown>
      </Space>
      {action && <ProblemActionForm problem={problem} action={action} onClose={() => setAction(undefined)} />}
    </>
  );
}

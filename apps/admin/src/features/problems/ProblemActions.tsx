import { Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../auth/AuthProvider';
import type { ProblemFieldsFragment } from '../../gql/graphql';
import { can } from '../../lib/access';
import { ProblemActionForm, type ProblemAction } from './problem-forms';

const FINISHED = ['RESOLVED', 'CLOSED'];

/** The buttons that move an unfinished problem along, for the roles that may. */
export function ProblemActions({ problem, size = 'small' }: { problem: ProblemFieldsFragment; size?: 'small' | 'middle' }) {
  const { t } = useTranslation();
  const user = useUser();
  const [action, setAction] = useState<ProblemAction | undefined>();
  if (FINISHED.includes(problem.status)) return null;
  const handle = can(user.role, 'handleProblems');
  const escalate = can(user.role, 'escalateProblems');
  if (!handle && !escalate) return null;
  return (
    <>
      <Space wrap size={4}>
        {handle && (
          <Button size={size} type="primary" onClick={() => setAction('resolve')}>
            {t('problems.resolve')}
          </Button>
        )}
        {handle && (
          <Button size={size} onClick={() => setAction('assign')}>
            {t('problems.assign')}
          </Button>
        )}
        {escalate && (
          <Button size={size} onClick={() => setAction('escalate')}>
            {t('problems.escalate')}
          </Button>
        )}
        {handle && (
          <Button size={size} danger onClick={() => setAction('close')}>
            {t('problems.close')}
          </Button>
        )}
      </Space>
      {action && <ProblemActionForm problem={problem} action={action} onClose={() => setAction(undefined)} />}
    </>
  );
}

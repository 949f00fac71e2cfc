import { useQuery } from '@apollo/client/react';
import { Form, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDistrict, useWorkspace } from '../../workspace/WorkspaceProvider';
import { ProjectsQuery } from '../projects/projects.operations';

/** Picks a project of the district by typing part of its name or code. */
export function ProjectPickerField({ name, label }: { name: string; label: string }) {
  const { t } = useTranslation();
  const district = useDistrict();
  const { period } = useWorkspace();
  const [text, setText] = useState('');
  const { data, loading } = useQuery(ProjectsQuery, {
    variables: { districtId: district.id, filter: text ? { text } : {}, first: 20, period },
  });
  const options = (data?.projects.edges ?? []).map(({ node }) => ({ value: node.id, label: `${node.name}（${node.code}）` }));
  return (
    <Form.Item name={name} label={label} rules={[{ required: true, message: t('validation.required', { field: label }) }]}>
      <Select
        showSearch={{ filterOption: false, onSearch: setText }}
        options={options}
        loading={loading}
        placeholder={t('problems.pickProject')}
        notFoundContent={t('common.noMatch')}
      />
    </Form.Item>
  );
}

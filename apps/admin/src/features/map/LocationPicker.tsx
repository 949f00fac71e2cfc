import { AimOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Form, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingBlock } from '../../components/QueryState';
import { useDistrict } from '../../workspace/WorkspaceProvider';
import { DistrictMapQuery } from './map.operations';

// the map library loads only when someone opens the picker
const PickerMap = lazy(() => import('./PickerMap'));

type Name = (string | number)[];

/** Choose a project's point on the district's map instead of typing its coordinates: a click fills both fields. */
export function LocationPicker({ longitudeName, latitudeName }: { longitudeName: Name; latitudeName: Name }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const district = useDistrict();
  const [open, setOpen] = useState(false);
  const { data } = useQuery(DistrictMapQuery, { variables: { districtId: district.id }, skip: !open });
  const longitude = Form.useWatch(longitudeName, form) as number | null | undefined;
  const latitude = Form.useWatch(latitudeName, form) as number | null | undefined;
  const point = typeof longitude === 'number' && typeof latitude === 'number' ? { longitude, latitude } : undefined;

  if (!open) {
    return (
      <Button icon={<AimOutlined />} onClick={() => setOpen(true)} className="location-picker-open">
        {t('map.pick.open')}
      </Button>
    );
  }
  return (
    <div className="location-picker">
      <Typography.Text type="secondary">{t('map.pick.help')}</Typography.Text>
      {data ? (
        <Suspense fallback={<LoadingBlock />}>
          <PickerMap
            boundary={data.districtMap?.boundary}
            tiles={data.mapTiles}
            point={point}
            label={t('map.pick.label')}
            onPick={(lng, lat) => {
              form.setFieldValue(longitudeName, lng);
              form.setFieldValue(latitudeName, lat);
              void form.validateFields([longitudeName, latitudeName]);
            }}
          />
        </Suspense>
      ) : (
        <LoadingBlock />
      )}
    </div>
  );
}

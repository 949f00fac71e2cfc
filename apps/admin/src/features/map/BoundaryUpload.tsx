import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Form, Input, Modal, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../i18n/use-error-text';
import { describeError } from '../../lib/api-error';
import { MAX_MAP_FILE_BYTES, uploadDistrictMap } from './map-files';

/** A district admin uploads the district's outline and townships as a GeoJSON file (WGS84). */
export function BoundaryUpload({ districtId, onUploaded }: { districtId: string; onUploaded: () => void }) {
  const { t } = useTranslation();
  const { text, textOf } = useErrorText();
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File>();
  const [approximate, setApproximate] = useState(false);
  const [source, setSource] = useState('');
  const [error, setError] = useState<string>();
  const [sending, setSending] = useState(false);

  const close = () => {
    setOpen(false);
    setFile(undefined);
    setError(undefined);
  };
  const send = async () => {
    if (!file) return setError(t('map.upload.chooseFile'));
    if (file.size > MAX_MAP_FILE_BYTES) return setError(t('map.upload.tooLarge'));
    setSending(true);
    try {
      const refused = await uploadDistrictMap(districtId, await file.text(), {
        approximate,
        source: source.trim() || undefined,
      });
      if (refused) {
        setError(
          refused.code === 'PAYLOAD_TOO_LARGE'
            ? t('map.upload.tooLarge')
            : textOf(describeError({ kind: 'api', errors: [refused] })),
        );
        return;
      }
      close();
      onUploaded();
    } catch (failure) {
      setError(text(failure));
    } finally {
      setSending(false);
    }
  };

  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)}>
        {t('map.upload.open')}
      </Button>
      <Modal
        open={open}
        title={t('map.upload.title')}
        okText={t('map.upload.send')}
        onOk={() => void send()}
        confirmLoading={sending}
        onCancel={close}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('map.upload.help')}</Typography.Paragraph>
        <Form layout="vertical">
          <Form.Item label={t('map.upload.file')} required>
            <Upload
              accept=".geojson,.json,application/geo+json,application/json"
              maxCount={1}
              beforeUpload={(chosen) => {
                setFile(chosen);
                setError(undefined);
                return false;
              }}
              onRemove={() => setFile(undefined)}
            >
              <Button icon={<UploadOutlined />}>{t('map.upload.chooseFile')}</Button>
            </Upload>
          </Form.Item>
          <Form.Item label={t('map.upload.source')}>
            <Input value={source} onChange={(e) => setSource(e.target.value)} maxLength={200} />
          </Form.Item>
          <Checkbox checked={approximate} onChange={(e) => setApproximate(e.target.checked)}>
            {t('map.upload.approximate')}
          </Checkbox>
        </Form>
        {error && <Alert className="form-alert" type="error" showIcon title={error} />}
      </Modal>
    </>
  );
}

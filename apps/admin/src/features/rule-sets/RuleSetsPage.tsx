import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Col, DatePicker, Form, Row, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../auth/AuthProvider';
import { NumberField } from '../../components/form-fields';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { confirmDateOnEnter } from '../../components/form-values';
import { useFormErrors } from '../../components/use-form-errors';
import { DateText, DateTimeText, PeriodText } from '../../components/values';
import type { RuleSetFieldsFragment, RuleSettingsInput } from '../../gql/graphql';
import { useLocale } from '../../i18n/i18n';
import { can } from '../../lib/access';
import { formatDate, formatPeriod } from '../../lib/format';
import { periodsOfYear } from '../../lib/period';
import { useDistrict, useWorkspace } from '../../workspace/WorkspaceProvider';
import { AssessmentQuery } from '../assessment/assessment.operations';
import { METRICS, rankChanges } from '../assessment/metrics';
import { RankingTable } from '../assessment/RankingTable';
import { draftField, draftFrom, sameSettings, toRuleSettings, weightTotal, type RuleDraft } from './rule-draft';
import { PreviewAssessmentQuery, PublishRuleSetMutation, RuleSetsQuery } from './rule-sets.operations';

/** Every version, newest first; `inForce` is the version the platform says applies today. */
function Versions({ ruleSets, inForce }: { ruleSets: readonly RuleSetFieldsFragment[]; inForce: number | undefined }) {
  const { t } = useTranslation();
  return (
    <Table<RuleSetFieldsFragment>
      size="small"
      rowKey="version"
      pagination={false}
      dataSource={[...ruleSets].reverse()}
      scroll={{ x: 820 }}
      columns={[
        {
          title: t('rules.version'),
          key: 'version',
          render: (_, r) => (
            <Space size={4}>
              {t('rules.versionN', { version: r.version })}
              {r.version === inForce && <Tag color="blue">{t('rules.inForce')}</Tag>}
            </Space>
          ),
        },
        { title: t('rules.effectiveFrom'), key: 'from', render: (_, r) => (r.version === 1 ? t('rules.always') : <DateText value={r.effectiveFrom} />) },
        { title: t('rules.publishedAt'), key: 'at', render: (_, r) => (r.publishedAt ? <DateTimeText value={r.publishedAt} /> : t('rules.default')) },
        {
          title: t('rules.weights'),
          key: 'weights',
          render: (_, r) => METRICS.map((m) => `${t(`metric.${m.key}`)} ${r.weights[m.weight]}`).join(t('common.listSeparator')),
        },
        {
          title: t('rules.thresholds'),
          key: 'thresholds',
          render: (_, r) =>
            t('rules.thresholdSummary', {
              lag: Math.round(r.yellowMaxLag * 1000) / 10,
              yellow: r.startDelayYellowMonths,
              red: r.startDelayRedMonths,
              bottom: r.bottomN,
              day: r.reportDueDay,
            }),
        },
      ]}
    />
  );
}

interface EditorValues extends RuleDraft {
  effectiveFrom: Dayjs;
}

/**
 * The draft of the next version. Publishing needs a preview first: the ranking the draft
 * would give for a past period, beside today's ranking, so nobody publishes blind.
 */
function Editor({ latest, today }: { latest: RuleSetFieldsFragment; today: string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const district = useDistrict();
  const { period: workspacePeriod } = useWorkspace();
  const { modal, message } = App.useApp();
  const [form] = Form.useForm<EditorValues>();
  const { formError, showError, showMessage, clearError } = useFormErrors(form, draftField);
  const [previewPeriod, setPreviewPeriod] = useState(workspacePeriod);
  const [previewed, setPreviewed] = useState<{ rules: RuleSettingsInput; period: string } | undefined>();
  const [publish, publishing] = useMutation(PublishRuleSetMutation, { refetchQueries: 'active', awaitRefetchQueries: true });
  const weights = Form.useWatch('weights', form);
  const values = Form.useWatch([], form);
  const total = weights ? weightTotal(weights) : 100;
  const currentRules = values?.weights ? toRuleSettings(values) : undefined;
  const previewFresh = previewed && currentRules && sameSettings(previewed.rules, currentRules);

  const preview = useQuery(PreviewAssessmentQuery, {
    variables: { districtId: district.id, period: previewed?.period ?? previewPeriod, rules: previewed?.rules ?? toRuleSettings(draftFrom(latest)) },
    skip: !previewed,
    fetchPolicy: 'network-only',
  });
  const current = useQuery(AssessmentQuery, {
    variables: { districtId: district.id, period: previewed?.period ?? previewPeriod },
    skip: !previewed,
  });
  const changes = useMemo(
    () => (preview.data && current.data ? rankChanges(preview.data.previewAssessment.units, current.data.assessment.units) : undefined),
    [preview.data, current.data],
  );
  const thisYear = Number(today.slice(0, 4));
  const pastPeriods = [thisYear, thisYear - 1, thisYear - 2].flatMap((y) => periodsOfYear(y)).filter((p) => p.slice(0, 7) < today.slice(0, 7));

  const runPreview = async () => {
    clearError();
    let draft: EditorValues;
    try {
      draft = await form.validateFields();
    } catch {
      return; // the form shows what is missing
    }
    if (weightTotal(draft.weights) !== 100) showMessage(t('rules.weightsMust100'));
    else setPreviewed({ rules: toRuleSettings(draft), period: previewPeriod });
  };

  const confirmPublish = async () => {
    const draft = await form.validateFields();
    const version = latest.version + 1;
    const effectiveFrom = draft.effectiveFrom.format('YYYY-MM-DD');
    modal.confirm({
      title: t('confirm.publishTitle', { version }),
      content: t('confirm.publishText', { date: formatDate(effectiveFrom, locale) }),
      okText: t('confirm.publishOk'),
      cancelText: t('common.back'),
      onOk: async () => {
        try {
          await publish({ variables: { input: { districtId: district.id, effectiveFrom, ...toRuleSettings(draft) } } });
          setPreviewed(undefined);
          void message.success(t('rules.published', { version }));
        } catch (error) {
          showError(error);
        }
      },
    });
  };

  return (
    <Card title={t('rules.editorTitle', { version: latest.version + 1 })}>
      <Form<EditorValues>
        form={form}
        layout="vertical"
        initialValues={{ ...draftFrom(latest), effectiveFrom: dayjs(today).add(1, 'month').startOf('month') }}
        onValuesChange={clearError}
        onFinish={() => void confirmPublish()}
      >
        {formError && <Alert className="form-error" type="error" showIcon title={formError} role="alert" />}
        <Typography.Title level={5}>{t('rules.weightsTitle')}</Typography.Title>
        <Row gutter={12}>
          {METRICS.map((metric) => (
            <Col xs={12} md={8} xl={4} key={metric.key}>
              <NumberField name={['weights', metric.weight]} label={t(`metric.${metric.key}`)} required min={0} max={100} />
            </Col>
          ))}
          <Col xs={12} md={8} xl={4}>
            <Form.Item label={t('rules.weightTotal')}>
              <Typography.Text strong type={total === 100 ? 'success' : 'danger'} className="weight-total" aria-live="polite">
                {total}
                {total !== 100 && ` · ${t('rules.mustBe100')}`}
              </Typography.Text>
            </Form.Item>
          </Col>
        </Row>
        <Typography.Title level={5}>{t('rules.thresholdsTitle')}</Typography.Title>
        <Row gutter={12}>
          <Col xs={12} md={8} xl={4}>
            <NumberField name="yellowMaxLagPercent" label={t('fields.yellowMaxLag')} required min={0} max={100} step={0.5} suffix="%" />
          </Col>
          <Col xs={12} md={8} xl={4}>
            <NumberField name="startDelayYellowMonths" label={t('fields.startDelayYellowMonths')} required min={0} max={12} integer />
          </Col>
          <Col xs={12} md={8} xl={4}>
            <NumberField name="startDelayRedMonths" label={t('fields.startDelayRedMonths')} required min={0} max={12} integer />
          </Col>
          <Col xs={12} md={8} xl={4}>
            <NumberField name="bottomN" label={t('fields.bottomN')} required min={0} max={50} integer />
          </Col>
          <Col xs={12} md={8} xl={4}>
            <NumberField name="reportDueDay" label={t('fields.reportDueDay')} required min={1} max={28} integer />
          </Col>
          <Col xs={12} md={8} xl={4}>
            <Form.Item name="effectiveFrom" label={t('fields.effectiveFrom')} rules={[{ required: true, message: t('validation.required', { field: t('fields.effectiveFrom') }) }]}>
              <DatePicker {...confirmDateOnEnter} className="full-width" format={locale === 'zh-CN' ? 'YYYY年M月D日' : 'YYYY-MM-DD'} />
            </Form.Item>
          </Col>
        </Row>
        <Space wrap className="editor-actions">
          <Select
            aria-label={t('rules.previewPeriod')}
            value={previewPeriod}
            onChange={setPreviewPeriod}
            options={pastPeriods.map((p) => ({ value: p, label: formatPeriod(p, locale) }))}
            className="period-select"
            showSearch={{ optionFilterProp: 'label' }}
          />
          <Button onClick={() => void runPreview()} loading={preview.loading}>
            {t('rules.preview')}
          </Button>
          <Button type="primary" htmlType="submit" disabled={!previewFresh} loading={publishing.loading}>
            {t('rules.publish')}
          </Button>
          {!previewFresh && <Typography.Text type="secondary">{t('rules.previewFirst')}</Typography.Text>}
        </Space>
      </Form>
      {previewed && (
        <div className="preview">
          <Typography.Title level={5}>
            {t('rules.previewTitle')} · <PeriodText value={previewed.period} />
          </Typography.Title>
          {!previewFresh && <Alert type="warning" showIcon title={t('rules.previewStale')} className="form-note" />}
          <QueryState loading={preview.loading} error={preview.error} empty={!preview.data} onRetry={() => void preview.refetch()}>
            {preview.data && (
              <RankingTable
                assessment={preview.data.previewAssessment}
                changes={changes}
                changeTitle={t('rules.rankChange')}
                maxHeight={480}
              />
            )}
          </QueryState>
        </div>
      )}
    </Card>
  );
}

/** 考核规则: every published version, and (for administrators) the editor of the next one. */
export default function RuleSetsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const district = useDistrict();
  const { today } = useWorkspace();
  const { data, loading, error, refetch } = useQuery(RuleSetsQuery, { variables: { districtId: district.id } });
  const ruleSets = data?.ruleSets ?? [];
  const latest = ruleSets[ruleSets.length - 1];
  return (
    <>
      <PageHeader title={t('rules.title')} subtitle={district.name} />
      <QueryState loading={loading} error={error} empty={!data} onRetry={() => void refetch()}>
        <div className="page-sections">
          <Card title={t('rules.versions')}>
            <Versions ruleSets={ruleSets} inForce={data?.ruleSetInForce.version} />
          </Card>
          {latest && can(user.role, 'publishRules') && <Editor key={latest.version} latest={latest} today={today} />}
        </div>
      </QueryState>
    </>
  );
}

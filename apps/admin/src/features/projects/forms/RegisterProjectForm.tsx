import dayjs, { type Dayjs } from 'dayjs';
import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { CommandModal } from '../../../components/CommandModal';
import { AmountField, DayField, EnumField, NumberField, TextField, UnitField } from '../../../components/form-fields';
import { dayValue, textValue } from '../../../components/form-values';
import type { Category, Stage } from '../../../gql/graphql';
import { CATEGORIES, STAGES } from '../../../lib/enums';
import { useDistrict } from '../../../workspace/WorkspaceProvider';
import { RegisterProjectMutation } from '../projects.operations';
import { LocationPicker } from '../../map/LocationPicker';

interface Values {
  code: string;
  name: string;
  category: Category;
  leadUnitId: string;
  totalInvestment: number;
  stage: Stage;
  occurredOn?: Dayjs;
  ownerEnterprise?: string;
  township?: string;
  longitude?: number;
  latitude?: number;
  description?: string;
}

/** 项目登记: a new project enters the ledger (by default in 谋划储备). */
export function RegisterProjectForm(props: {
  open: boolean;
  onClose: () => void;
  defaultUnitId?: string;
  onRegistered: (id: string) => void;
}) {
  const { t } = useTranslation();
  const district = useDistrict();
  return (
    <CommandModal
      open={props.open}
      onClose={props.onClose}
      title={t('commands.registerProject')}
      mutation={RegisterProjectMutation}
      successText={t('commands.registered')}
      initialValues={{ stage: 'RESERVE', occurredOn: dayjs(), leadUnitId: props.defaultUnitId }}
      onDone={(data) => props.onRegistered(data.registerProject.id)}
      check={({ input }) => ({ registerProject: input })}
      toVariables={(v: Values) => ({
        input: {
          districtId: district.id,
          code: v.code.trim(),
          name: v.name.trim(),
          category: v.category,
          leadUnitId: v.leadUnitId,
          totalInvestment: v.totalInvestment,
          stage: v.stage,
          occurredOn: dayValue(v.occurredOn),
          ownerEnterprise: textValue(v.ownerEnterprise),
          township: textValue(v.township),
          longitude: v.longitude ?? undefined,
          latitude: v.latitude ?? undefined,
          description: textValue(v.description),
        },
      })}
    >
      <Row gutter={12}>
        <Col xs={24} sm={10}>
          <TextField
            name="code"
            label={t('fields.code')}
            required
            max={40}
            placeholder={t('projects.codePlaceholder')}
          />
        </Col>
        <Col xs={24} sm={14}>
          <TextField name="name" label={t('fields.name')} required />
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <EnumField name="category" label={t('fields.category')} values={CATEGORIES} prefix="category" required />
        </Col>
        <Col xs={24} sm={12}>
          <EnumField
            name="stage"
            label={t('fields.stage')}
            values={STAGES.filter((s) => s !== 'CANCELLED')}
            prefix="stage"
            required
          />
        </Col>
      </Row>
      <UnitField name="leadUnitId" label={t('fields.leadUnitId')} required />
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <AmountField name="totalInvestment" label={t('fields.totalInvestment')} required />
        </Col>
        <Col xs={24} sm={12}>
          <DayField name="occurredOn" label={t('fields.registeredOn')} />
        </Col>
      </Row>
      <ProjectDetailExtras />
    </CommandModal>
  );
}

/** The optional details shared by registration and revision. */
export function ProjectDetailExtras({ prefix = [] }: { prefix?: string[] }) {
  const { t } = useTranslation();
  const name = (field: string) => [...prefix, field];
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <TextField name={name('ownerEnterprise')} label={t('fields.ownerEnterprise')} />
        </Col>
        <Col xs={24} sm={12}>
          <TextField name={name('township')} label={t('fields.township')} />
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={12}>
          <NumberField name={name('longitude')} label={t('fields.longitude')} min={-180} max={180} step={0.0001} />
        </Col>
        <Col xs={12}>
          <NumberField name={name('latitude')} label={t('fields.latitude')} min={-90} max={90} step={0.0001} />
        </Col>
      </Row>
      <LocationPicker longitudeName={name('longitude')} latitudeName={name('latitude')} />
      <TextField name={name('description')} label={t('fields.description')} multiline max={2000} />
    </>
  );
}

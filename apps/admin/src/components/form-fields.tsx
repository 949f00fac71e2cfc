import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../i18n/i18n';
import { groupThousands, ungroupThousands } from '../lib/format';
import { useUnits } from '../workspace/use-units';
import { useWorkspace } from '../workspace/WorkspaceProvider';
import { confirmDateOnEnter, isFutureDay } from './form-values';

/**
 * Form fields that many command forms share. Names follow the API's input fields, so that
 * an error the platform reports for `leader.name` lands under the field it names.
 *
 * Number inputs keep what was typed: a figure out of range gets a message under the field
 * and blocks the form. (An InputNumber with min, max or precision would silently turn −5
 * into 0, 150 into 100 or 2.5 into 3 when the field loses focus.)
 */

type Name = string | (string | number)[];

function useRequired(required: boolean | undefined, label: string): Rule[] {
  const { t } = useTranslation();
  return required ? [{ required: true, message: t('validation.required', { field: label }) }] : [];
}

const dayFormat = (locale: string) => (locale === 'zh-CN' ? 'YYYY年M月D日' : 'YYYY-MM-DD');
const monthFormat = (locale: string) => (locale === 'zh-CN' ? 'YYYY年M月' : 'YYYY-MM');

/** A business date; facts cannot be dated after today. */
export function DayField({
  name,
  label,
  required,
  allowFuture = false,
  extra,
}: {
  name: Name;
  label: string;
  required?: boolean;
  allowFuture?: boolean;
  extra?: string;
}) {
  const { locale } = useLocale();
  const { today } = useWorkspace();
  return (
    <Form.Item name={name} label={label} rules={useRequired(required, label)} extra={extra}>
      <DatePicker
        {...confirmDateOnEnter}
        format={dayFormat(locale)}
        disabledDate={allowFuture ? undefined : isFutureDay(today)}
        className="full-width"
      />
    </Form.Item>
  );
}

export function MonthField({ name, label, required }: { name: Name; label: string; required?: boolean }) {
  const { locale } = useLocale();
  return (
    <Form.Item name={name} label={label} rules={useRequired(required, label)}>
      <DatePicker {...confirmDateOnEnter} picker="month" format={monthFormat(locale)} className="full-width" />
    </Form.Item>
  );
}

/** An amount in 万元, typed with thousands separators. */
export function AmountField({ name, label, required, extra }: { name: Name; label: string; required?: boolean; extra?: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name={name}
      label={label}
      extra={extra}
      rules={[...useRequired(required, label), { type: 'number', min: 0, message: t('validation.notNegative', { field: label }) }]}
    >
      <InputNumber<number>
        className="full-width"
        step={100}
        suffix={t('unit.wan')}
        formatter={(value) => groupThousands(String(value ?? ''))}
        parser={(text) => Number(ungroupThousands(text ?? ''))}
        inputMode="decimal"
      />
    </Form.Item>
  );
}

export function NumberField({
  name,
  label,
  required,
  min,
  max,
  step,
  suffix,
  integer,
}: {
  name: Name;
  label: string;
  required?: boolean;
  min: number;
  max: number;
  step?: number;
  suffix?: string;
  integer?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name={name}
      label={label}
      rules={[
        ...useRequired(required, label),
        {
          type: integer ? 'integer' : 'number',
          min,
          max,
          message: t(integer ? 'validation.wholeRange' : 'validation.range', { field: label, min, max }),
        },
      ]}
    >
      <InputNumber className="full-width" step={step ?? 1} suffix={suffix} />
    </Form.Item>
  );
}

export function TextField({
  name,
  label,
  required,
  max = 200,
  multiline,
  placeholder,
}: {
  name: Name;
  label: string;
  required?: boolean;
  max?: number;
  multiline?: boolean;
  placeholder?: string;
}) {
  const { t } = useTranslation();
  const rules: Rule[] = [
    ...(required ? [{ required: true, whitespace: true, message: t('validation.required', { field: label }) }] : []),
    { max, message: t('validation.tooLong', { field: label, max }) },
  ];
  return (
    <Form.Item name={name} label={label} rules={rules}>
      {multiline ? <Input.TextArea rows={3} showCount maxLength={max} placeholder={placeholder} /> : <Input placeholder={placeholder} />}
    </Form.Item>
  );
}

/** One of the district's units. */
export function UnitField({ name, label, required }: { name: Name; label: string; required?: boolean }) {
  const { options, loading } = useUnits();
  return (
    <Form.Item name={name} label={label} rules={useRequired(required, label)}>
      <Select options={options} loading={loading} showSearch={{ optionFilterProp: 'label' }} />
    </Form.Item>
  );
}

/** One value of an enum, labelled through `prefix` (e.g. stage.RESERVE). */
export function EnumField({
  name,
  label,
  values,
  prefix,
  required,
}: {
  name: Name;
  label: string;
  values: readonly string[];
  prefix: string;
  required?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Form.Item name={name} label={label} rules={useRequired(required, label)}>
      <Select options={values.map((value) => ({ value, label: t(`${prefix}.${value}`) }))} />
    </Form.Item>
  );
}

import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../../auth/AuthProvider';
import { useErrorText } from '../../i18n/use-error-text';
import { changeLocale, useLocale } from '../../i18n/i18n';
import { loadSignedInFrame, preloadPageAt } from '../../app/code-loading';
import { homePathFor } from '../../app/pages';

interface Credentials {
  username: string;
  password: string;
}

/** Sign-in; afterwards the role's home page (or the page the user was sent away from). */
export function LoginPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { state, login } = useAuth();
  const { describe, textOf } = useErrorText();
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const from = (location.state as { from?: string } | null)?.from;
  // the line is idle while the user types: fetch the signed-in frame meanwhile
  useEffect(() => void loadSignedInFrame(), []);

  if (state.status === 'signedIn' || state.status === 'open')
    return <Navigate to={homePathFor(state.user.role)} replace />;

  const submit = async ({ username, password }: Credentials) => {
    setBusy(true);
    setError(undefined);
    try {
      const user = await login(username.trim(), password);
      const next = from && from !== '/' ? from : homePathFor(user.role);
      preloadPageAt(next);
      navigate(next, { replace: true });
    } catch (failure) {
      const described = describe(failure);
      // At the door, "not signed in" means the name or password was wrong.
      setError(described.key === 'errors.unauthenticated' ? t('login.failed') : textOf(described));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="login-page">
      <Card className="login-card">
        <Typography.Title level={2} className="login-title">
          {t('app.name')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" className="login-subtitle">
          {t('login.subtitle')}
        </Typography.Paragraph>
        <Form<Credentials> layout="vertical" onFinish={(values) => void submit(values)} requiredMark={false}>
          {error && <Alert className="form-error" type="error" showIcon title={error} role="alert" />}
          <Form.Item
            name="username"
            label={t('login.username')}
            rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={busy}>
            {t('login.submit')}
          </Button>
        </Form>
        <div className="login-footer">
          <Button type="link" size="small" onClick={() => changeLocale(locale === 'zh-CN' ? 'en' : 'zh-CN')}>
            {t('login.otherLanguage')}
          </Button>
        </div>
      </Card>
    </div>
  );
}

import { ApolloProvider } from '@apollo/client/react';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect, useMemo } from 'react';
import { BrowserRouter } from 'react-router-dom';
import { AuthProvider } from '../auth/AuthProvider';
import { useLocale } from '../i18n/i18n';
import { createApolloClient } from '../lib/apollo-client';
import { AppRoutes } from './AppRoutes';

/** Providers: language (antd and dayjs follow i18next), GraphQL client, routing, session. */
export function Root() {
  const { locale } = useLocale();
  const client = useMemo(() => createApolloClient(), []);
  useEffect(() => {
    dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
  }, [locale]);
  return (
    <ConfigProvider
      locale={locale === 'zh-CN' ? zhCN : enUS}
      theme={{ token: { colorPrimary: '#1f5fbf', borderRadius: 6 } }}
    >
      <AntApp>
        <ApolloProvider client={client}>
          <BrowserRouter>
            <AuthProvider>
              <AppRoutes />
            </AuthProvider>
          </BrowserRouter>
        </ApolloProvider>
      </AntApp>
    </ConfigProvider>
  );
}

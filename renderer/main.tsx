import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createApiClient } from './api/apiClient';
import { ApiContext } from './api/ApiContext';
import { App } from './app/App';
import { initI18n } from './i18n/i18n';
import './styles/app.css';

async function boot(): Promise<void> {
  const client = createApiClient();
  const settings = await client.api['settings.get']({}).catch(() => null);
  const i18n = await initI18n(settings?.locale ?? null);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ApiContext.Provider value={client}>
          <App />
        </ApiContext.Provider>
      </I18nextProvider>
    </StrictMode>,
  );
}

void boot();

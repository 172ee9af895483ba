import { App as AntApp } from 'antd';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { LocaleProvider } from './i18n';
import { SessionProvider } from './login/session';
import './global.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LocaleProvider>
      <AntApp>
        <SessionProvider>
          <App />
        </SessionProvider>
      </AntApp>
    </LocaleProvider>
  </StrictMode>,
);

// The service worker (dist/sw.js, see vite.config.ts) keeps the shell for offline use and makes the app installable.
// Registered after the page has loaded, so it never competes with the first load; not in the dev server.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // No worker (private mode, an old browser): the app works as before, online only.
    });
  });
}

import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/renderer/renderApp';
import { usePackOpenRequests } from './usePackOpenRequests';

describe('usePackOpenRequests', () => {
  it('hands over the packs waiting at start, then each new one, once each', async () => {
    const waiting = ['/a/First.praxispack'];
    const opened: string[] = [];
    function Listener() {
      usePackOpenRequests((file) => opened.push(file));
      return null;
    }
    const app = await renderApp(<Listener />, {
      host: { 'host.takeOpenRequests': async () => waiting.splice(0) },
    });
    await waitFor(() => expect(opened).toEqual(['/a/First.praxispack']));
    waiting.push('/b/Second.praxispack');
    app.emit({ type: 'packs.openRequested', payload: { path: '/b/Second.praxispack' } });
    await waitFor(() => expect(opened).toEqual(['/a/First.praxispack', '/b/Second.praxispack']));
    // The same event again, nothing waiting: nothing handled twice.
    app.emit({ type: 'packs.openRequested', payload: { path: '/b/Second.praxispack' } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(opened).toHaveLength(2);
  });
});

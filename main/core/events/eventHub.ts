import type { ApiEvent, EventName, EventPayload } from '../../../shared/api/events';

export type ApiEventListener = (event: ApiEvent) => void;

/** Fans events out to the transports (IPC to the window, server-sent events to browsers). */
export class EventHub {
  readonly #listeners = new Set<ApiEventListener>();

  subscribe(listener: ApiEventListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  emit<E extends EventName>(type: E, payload: EventPayload<E>): void {
    const event = { type, payload } as ApiEvent;
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch (error) {
        console.error('praxis: an event listener failed', error);
      }
    }
  }
}

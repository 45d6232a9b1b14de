import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api/apiError';
import { Icon } from '../ui/Icon';

export interface Toast {
  kind: 'info' | 'success' | 'error';
  message: string;
  /** A button on the toast, e.g. "Open" after a restore. */
  action?: { label: string; run(): void };
}

interface ShownToast extends Toast {
  id: number;
}

interface Toasts {
  notify(toast: Toast): void;
  /** Shows what went wrong: the ApiError's message (it says what to do), else a generic one. */
  notifyError(error: unknown): void;
}

const ToastsContext = createContext<Toasts | null>(null);
const SHOW_MS = 7000;

/**
 * Short messages at the bottom of the window after an action ("Restored", "Could not create the
 * note: …"). Announced by screen readers (errors assertively); they stay while hovered or focused.
 */
export function ToastsProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation('app');
  const [toasts, setToasts] = useState<ShownToast[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback(
    (id: number) => setToasts((all) => all.filter((x) => x.id !== id)),
    [],
  );
  const notify = useCallback((toast: Toast) => {
    const id = nextId.current++;
    setToasts((all) => [...all.slice(-3), { ...toast, id }]);
  }, []);
  const notifyError = useCallback(
    (error: unknown) => {
      console.error(error);
      notify({
        kind: 'error',
        message: error instanceof ApiError ? error.message : t('toast.unexpectedError'),
      });
    },
    [notify, t],
  );
  const value = useMemo(() => ({ notify, notifyError }), [notify, notifyError]);

  return (
    <ToastsContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts
          .filter((x) => x.kind !== 'error')
          .map((toast) => (
            <ToastItem key={toast.id} toast={toast} onDismiss={() => dismiss(toast.id)} />
          ))}
      </div>
      <div className="toasts toasts-errors" role="alert" aria-live="assertive">
        {toasts
          .filter((x) => x.kind === 'error')
          .map((toast) => (
            <ToastItem key={toast.id} toast={toast} onDismiss={() => dismiss(toast.id)} />
          ))}
      </div>
    </ToastsContext.Provider>
  );
}

function ToastItem({ toast, onDismiss }: { toast: ShownToast; onDismiss(): void }) {
  const { t } = useTranslation('app');
  const [held, setHeld] = useState(false);
  const dismissLater = useRef(onDismiss);
  useEffect(() => {
    dismissLater.current = onDismiss;
  });
  useEffect(() => {
    if (held) return;
    const timer = setTimeout(() => dismissLater.current(), SHOW_MS);
    return () => clearTimeout(timer);
  }, [held]);
  return (
    <div
      className={`toast toast-${toast.kind}`}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <Icon
        name={toast.kind === 'error' ? 'warning' : toast.kind === 'success' ? 'check' : 'info'}
      />
      <span className="toast-message">{toast.message}</span>
      {toast.action && (
        <button
          type="button"
          className="button toast-action"
          onClick={() => {
            toast.action!.run();
            onDismiss();
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button
        type="button"
        className="icon-button"
        aria-label={t('toast.dismiss')}
        title={t('toast.dismiss')}
        onClick={onDismiss}
      >
        <Icon name="close" size={14} />
      </button>
    </div>
  );
}

export function useToasts(): Toasts {
  const toasts = useContext(ToastsContext);
  if (!toasts) throw new Error('useToasts must be used inside <ToastsProvider>.');
  return toasts;
}

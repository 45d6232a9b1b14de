import { useEffect, useState } from 'react';
import type { EventPayload } from '../../../../shared/api/events';
import { useApiClient } from '../../../api/ApiContext';

export type TaskProgress = EventPayload<'task.progress'>;

/** The latest `task.progress` of `task` while `active` (null when not active). */
export function useTaskProgress(task: string, active: boolean): TaskProgress | null {
  const { onEvent } = useApiClient();
  const [progress, setProgress] = useState<TaskProgress | null>(null);
  useEffect(() => {
    if (!active) return;
    return onEvent((event) => {
      if (event.type === 'task.progress' && event.payload.task === task) setProgress(event.payload);
    });
  }, [onEvent, task, active]);
  return active ? progress : null;
}

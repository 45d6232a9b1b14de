import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../../shared/api/apiError';
import type { TrustedPublisher } from '../../../../shared/api/keysMethods';
import {
  packProblemSchema,
  type ImportPlan,
  type ImportRecord,
  type PackProblem,
} from '../../../../shared/api/packsMethods';
import { useApiClient } from '../../../api/ApiContext';

/** Where the import of one pack stands. */
export type PackImportState =
  /** The file is being read (an upload, in a browser) or checked and planned. */
  | { stage: 'reading' | 'planning' }
  /** Refused: nothing can be imported from it. `problem` is null for other failures. */
  | { stage: 'refused'; problem: PackProblem | null; message: string }
  /** The plan, waiting for the user; `replanned` when notes changed since the last one. */
  | { stage: 'ready'; file: string; plan: ImportPlan; replanned: boolean };

export interface PackImportFlow {
  state: PackImportState;
  /** Trusts the key that signed the pack (the user compared its fingerprint), then plans again. */
  trustPublisher(): Promise<TrustedPublisher>;
  /** Applies the plan (CONFLICT: plans again and says so, and resolves null). */
  apply(): Promise<ImportRecord | null>;
  /** Forgets the plan and its staged files (the user cancelled). */
  discard(): void;
}

/**
 * The import of one pack, from the file to the applied plan: `locate` finds the path the core
 * reads (the open dialog's, a dropped file's, or an upload's); the pack is verified and planned
 * with nothing written; a refusal keeps what the core said. A plan not applied is discarded when
 * the flow ends, so its staged copy does not wait an hour.
 */
export function usePackImportFlow(locate: () => Promise<string>): PackImportFlow {
  const { api } = useApiClient();
  const [state, setState] = useState<PackImportState>({ stage: 'reading' });
  const planRef = useRef<ImportPlan | null>(null);
  const locateRef = useRef(locate);

  /**
   * Plans `file`. Planning again keeps the current plan shown until the new one is there; after
   * a conflict the new plan says why it replaced the old one.
   */
  const plan = useCallback(
    async (file: string, again: 'after-trust' | 'after-conflict' | null) => {
      if (!again) setState({ stage: 'planning' });
      try {
        const next = await api['packs.plan']({ file });
        planRef.current = next;
        setState({ stage: 'ready', file, plan: next, replanned: again === 'after-conflict' });
      } catch (error) {
        setState(refusal(error));
      }
    },
    [api],
  );

  useEffect(() => {
    let live = true;
    locateRef.current().then(
      (file) => (live ? plan(file, null) : undefined),
      (error: unknown) => {
        if (live) setState(refusal(error));
      },
    );
    return () => {
      live = false;
      const kept = planRef.current;
      planRef.current = null;
      if (kept) void api['packs.discardPlan']({ planId: kept.planId }).catch(() => undefined);
    };
  }, [api, plan]);

  const forget = useCallback(async () => {
    const kept = planRef.current;
    planRef.current = null;
    if (kept) await api['packs.discardPlan']({ planId: kept.planId }).catch(() => undefined);
  }, [api]);

  const trustPublisher = useCallback(async () => {
    if (state.stage !== 'ready' || !state.plan.publisher.keyId)
      throw new Error('No signed plan to trust.');
    const { file } = state;
    const trusted = await api['trust.addFromPack']({ file, keyId: state.plan.publisher.keyId });
    await forget();
    await plan(file, 'after-trust');
    return trusted;
  }, [api, forget, plan, state]);

  const apply = useCallback(async () => {
    if (state.stage !== 'ready') return null;
    const { file, plan: current } = state;
    try {
      const record = await api['packs.apply']({ planId: current.planId });
      planRef.current = null;
      return record;
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'CONFLICT') throw error;
      // A note changed since the plan was made: the core wrote nothing; show the plan as it is now.
      await forget();
      await plan(file, 'after-conflict');
      return null;
    }
  }, [api, forget, plan, state]);

  return { state, trustPublisher, apply, discard: () => void forget() };
}

function refusal(error: unknown): PackImportState {
  const problem =
    error instanceof ApiError ? (packProblemSchema.safeParse(error.data).data ?? null) : null;
  return {
    stage: 'refused',
    problem,
    message: error instanceof Error ? error.message : String(error),
  };
}

import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/apiError';
import {
  ATTACHMENT_EXTENSIONS,
  attachmentEmbed,
  attachmentProblem,
  MAX_ATTACHMENT_BYTES,
  type AttachmentProblem,
} from '../../../shared/files/attachmentName';
import { useApiClient } from '../../api/ApiContext';
import { useToasts } from '../../services/toasts';

/** A file's bytes, base64-encoded (as the API takes them), read by the browser natively. */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error(`Could not read ${file.name}.`));
    reader.readAsDataURL(file);
  });
}

const megabytes = (bytes: number, locale: string) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024);

/**
 * Pasted or dropped files: each image or PDF is stored in `attachments/` (attachments.add) and
 * embedded where it was pasted or dropped, in the order given; each file refused (type, size, or
 * content) gets a message saying why and what is accepted. Resolves with the embeds inserted.
 */
export function useAttachFiles(): (
  files: readonly File[],
  insert: (text: string) => void,
) => Promise<string[]> {
  const { api } = useApiClient();
  const { notify } = useToasts();
  const { t, i18n } = useTranslation('notes');

  const problemText = useCallback(
    (problem: AttachmentProblem | { reason: 'content'; name: string }) => {
      const kinds = ATTACHMENT_EXTENSIONS.map((k) => k.toUpperCase()).join(', ');
      switch (problem.reason) {
        case 'type':
          return t('attach.type', { name: problem.name, kinds });
        case 'content':
          return t('attach.content', { name: problem.name, kinds });
        case 'empty':
          return t('attach.empty', { name: problem.name });
        case 'size':
          return t('attach.size', {
            name: problem.name,
            size: megabytes(problem.bytes, i18n.language),
            max: megabytes(MAX_ATTACHMENT_BYTES, i18n.language),
          });
      }
    },
    [t, i18n.language],
  );

  return useCallback(
    async (files, insert) => {
      const embeds: string[] = [];
      for (const file of files) {
        const problem = attachmentProblem(file);
        if (problem) {
          notify({ kind: 'error', message: problemText(problem) });
          continue;
        }
        try {
          const data = await readBase64(file);
          const { path } = await api['attachments.add']({ name: file.name, type: file.type, data });
          embeds.push(attachmentEmbed(path));
        } catch (error) {
          const reason =
            error instanceof ApiError ? (error.data as { reason?: unknown })?.reason : null;
          const message =
            reason === 'content'
              ? problemText({ reason: 'content', name: file.name })
              : t('attach.failed', {
                  name: file.name,
                  message: error instanceof Error ? error.message : String(error),
                });
          notify({ kind: 'error', message });
        }
      }
      if (embeds.length > 0) insert(embeds.join('\n'));
      return embeds;
    },
    [api, notify, problemText, t],
  );
}

import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPlan } from '../../../../shared/api/packsMethods';
import { useToasts } from '../../../services/toasts';
import { Icon } from '../../../ui/Icon';

/**
 * The pack's signature said plainly: a trusted publisher, a valid signature from a key this vault
 * does not know (its fingerprint in words, to compare with what the publisher gave, and the offer
 * to trust it), or no signature at all (allowed, marked). Invalid packs never get this far.
 */
export function PackSignature({
  plan,
  onTrust,
}: {
  plan: ImportPlan;
  /** Trusts the signing key and plans again. */
  onTrust(): Promise<unknown>;
}) {
  const { t } = useTranslation('packs');
  const { notify, notifyError } = useToasts();
  const [trusting, setTrusting] = useState(false);
  const headingId = useId();
  const statusRef = useRef<HTMLParagraphElement>(null);
  const status = plan.signature.status;
  const { department, fingerprint } = plan.publisher;

  const trust = async () => {
    setTrusting(true);
    try {
      await onTrust();
      // The button is gone with the new status: focus goes to the status that replaced it.
      statusRef.current?.focus();
      notify({ kind: 'success', message: t('import.trusted', { department }) });
    } catch (error) {
      notifyError(error);
      setTrusting(false);
    }
  };

  return (
    <section className={`pack-signature is-${status}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="pack-import-heading">
        {t('import.signatureHeading')}
      </h3>
      <p className="pack-signature-status" ref={statusRef} tabIndex={-1}>
        <Icon name={status === 'trusted' ? 'check' : status === 'unknown' ? 'info' : 'warning'} />
        <strong>{t(`status.${status}`)}</strong>
      </p>
      {status === 'trusted' && <p>{t('import.trustedDetail', { department })}</p>}
      {status === 'unsigned' && <p>{t('import.unsignedDetail')}</p>}
      {status === 'unknown' && <p>{t('import.unknownDetail', { department })}</p>}
      {fingerprint && status !== 'unsigned' && (
        <div className="pack-fingerprint">
          <ol className="pack-fingerprint-words" aria-label={t('import.fingerprintWords')}>
            {fingerprint.words.map((word, index) => (
              <li key={index}>{word}</li>
            ))}
          </ol>
          <p className="pack-fingerprint-hex">
            {t('import.fingerprint')}: <code>{fingerprint.fingerprint}</code>
          </p>
        </div>
      )}
      {status === 'unknown' && (
        <button type="button" className="button" disabled={trusting} onClick={() => void trust()}>
          {trusting ? t('import.trusting') : t('import.trust', { department })}
        </button>
      )}
    </section>
  );
}

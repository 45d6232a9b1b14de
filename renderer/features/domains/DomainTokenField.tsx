import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Domain } from '../../../shared/api/domainsMethods';
import { domainSlugProblem } from '../../../shared/domains/domainSlug';
import { useApiClient } from '../../api/ApiContext';
import { useNavigation } from '../../services/navigation';
import { useToasts } from '../../services/toasts';
import { useVault } from '../../state/VaultContext';
import { Icon } from '../../ui/Icon';
import { TokenInput, type TokenLook } from '../../ui/TokenInput';
import { vaultDomains } from '../../state/vaultLookups';
import { domainDirectoryFor, findDomain, useDomainDirectory } from '../../services/domainDirectory';
import { DomainFormDialog } from './DomainFormDialog';
import { nameFromSlug } from './domainForm';
import { domainSuggestions, resolveDomainInput } from './domainInput';

export interface DomainTokenFieldProps {
  label: string;
  placeholder: string;
  /** Domain slugs as the note writes them. */
  values: readonly string[];
  onChange(values: string[]): void;
  disabled?: boolean;
  /** Each domain opens its page (in a note's properties; not inside a dialog). */
  openable?: boolean;
}

/**
 * A note's domains as tokens showing each domain's name and colour. Typing suggests the listed
 * domains by name or slug (and slugs other notes use); a domain that is not in the list is
 * flagged, with a one-click offer to create it.
 */
export function DomainTokenField({
  label,
  placeholder,
  values,
  onChange,
  disabled,
  openable,
}: DomainTokenFieldProps) {
  const { t } = useTranslation('domains');
  const client = useApiClient();
  const { notes } = useVault();
  const directory = useDomainDirectory();
  const { navigate } = useNavigation();
  const { notify } = useToasts();
  const [adopting, setAdopting] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const ready = directory.status === 'ready';

  const describe = (value: string): TokenLook | undefined => {
    const domain = findDomain(directory, value);
    if (domain) return { label: domain.name, colour: domain.colour, detail: domain.slug };
    return ready ? { label: value, flag: t('field.unlisted') } : undefined;
  };
  const unlisted = ready ? values.filter((value) => !findDomain(directory, value)) : [];

  const created = (domain: Domain) => {
    notify({
      kind: 'success',
      message: t('field.created', { name: domain.name }),
      action: {
        label: t('field.openDomain'),
        run: () => navigate({ view: 'domain', slug: domain.slug }),
      },
    });
    root.current?.querySelector<HTMLElement>('[role="combobox"]')?.focus();
  };

  /** One click: a slug that can be one becomes a domain at once, named after it. */
  const create = async (slug: string) => {
    if (domainSlugProblem(slug) !== null) {
      setAdopting(slug);
      return;
    }
    setBusy(slug);
    try {
      const domain = await client.api['domains.create']({ slug, name: nameFromSlug(slug) });
      await domainDirectoryFor(client).reload();
      created(domain);
    } catch {
      // The name is taken, say: the form lets the user choose, with the reason on its field.
      setAdopting(slug);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="domain-token-field" ref={root}>
      <TokenInput
        label={label}
        placeholder={placeholder}
        values={values}
        suggestions={domainSuggestions(directory.domains, vaultDomains(notes))}
        normalize={(text) => resolveDomainInput(text, directory.domains)}
        describe={describe}
        disabled={disabled}
        onChange={onChange}
        link={
          openable
            ? {
                open: (value) =>
                  navigate({ view: 'domain', slug: findDomain(directory, value)?.slug ?? value }),
                label: (name) => t('field.openDomainNamed', { name }),
              }
            : undefined
        }
      />
      {unlisted.length > 0 && (
        <ul className="domain-offers">
          {unlisted.map((slug) => (
            <li key={slug}>
              <Icon name="warning" size={12} />
              <span>{t('field.unlistedOffer', { slug })}</span>
              <button
                type="button"
                className="button button-small"
                disabled={disabled || busy !== null}
                onClick={() => void create(slug)}
              >
                {t('field.create', { slug })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {adopting !== null && (
        <DomainFormDialog
          mode="create"
          adoptSlug={adopting}
          onClose={() => setAdopting(null)}
          onSaved={(domain) => {
            setAdopting(null);
            created(domain);
          }}
        />
      )}
    </div>
  );
}

// The customer pane: name, ID, type, department and every contact person with every email and
// phone; "Show all cases for this customer" runs a lookup by customer ID.
import { DetailPane } from '../../components/detail-pane';
import { ErrorAlert } from '../../components/error-alert';
import { useT } from '../../lib/i18n';
import type { Link } from '../../lib/links';
import { useCustomer } from './api/get-customer';
import type { ContactPerson, CustomerDetail } from './api/customer-schemas';

export interface CustomerPaneProps {
  customerId: string;
  /** The customer link of the case row that opened the pane, if any (D10 decides if it is used). */
  links: Link[];
  /** The name shown in the table, used for the heading until the customer has loaded. */
  knownName: string | undefined;
  onClose: () => void;
  onFocusLost: () => void;
  onShowCases: (customerId: string) => void;
}

function ContactPersonDetails({ person }: { person: ContactPerson }) {
  const t = useT();
  return (
    <li className="contact-person">
      <h4>{person.name || t('customer.unnamedContact')}</h4>
      <dl className="detail-list">
        <dt>{t('customer.email')}</dt>
        {person.emails.length === 0 ? <dd className="muted">{t('customer.none')}</dd> : null}
        {person.emails.map((email, index) => (
          <dd key={email.id ?? `email-${index}`}>
            {email.address}
            {email.primary ? <span className="muted"> {t('customer.preferred')}</span> : null}
          </dd>
        ))}
        <dt>{t('customer.phone')}</dt>
        {person.phones.length === 0 ? <dd className="muted">{t('customer.none')}</dd> : null}
        {person.phones.map((phone, index) => (
          <dd key={phone.id ?? `phone-${index}`}>
            {phone.number}
            {phone.kind ? (
              <span className="muted"> {t('customer.phoneKind', { kind: phone.kind })}</span>
            ) : null}
          </dd>
        ))}
      </dl>
    </li>
  );
}

function CustomerDetails({ customer }: { customer: CustomerDetail }) {
  const t = useT();
  return (
    <>
      <dl className="detail-list">
        <dt>{t('customer.name')}</dt>
        <dd>{customer.name || '—'}</dd>
        <dt>{t('customer.id')}</dt>
        <dd>{customer.id}</dd>
        <dt>{t('customer.type')}</dt>
        <dd>{customer.type?.displayValue || '—'}</dd>
        <dt>{t('customer.department')}</dt>
        <dd>{customer.department?.name || '—'}</dd>
      </dl>
      <h3>{t('customer.contactPersons')}</h3>
      {customer.contactPersons.length === 0 ? (
        <p className="muted">{t('customer.noContactPersons')}</p>
      ) : (
        <ul className="contact-persons">
          {customer.contactPersons.map((person, index) => (
            <ContactPersonDetails key={person.id ?? `person-${index}`} person={person} />
          ))}
        </ul>
      )}
    </>
  );
}

export function CustomerPane({
  customerId,
  links,
  knownName,
  onClose,
  onFocusLost,
  onShowCases,
}: CustomerPaneProps) {
  const t = useT();
  const customer = useCustomer(customerId, links);
  const name = customer.data?.name || knownName;
  return (
    <DetailPane
      title={t('customer.title', { name: name || customerId })}
      onClose={onClose}
      onFocusLost={onFocusLost}
    >
      <div aria-busy={customer.isFetching}>
        {customer.isPending ? (
          <p className="muted">{t('customer.loading', { id: customerId })}</p>
        ) : null}
        {customer.isError ? (
          <ErrorAlert
            error={customer.error}
            title={t('customer.failed')}
            onRetry={() => void customer.refetch()}
          />
        ) : null}
        {customer.data === null ? <p>{t('customer.notFound', { id: customerId })}</p> : null}
        {customer.data ? <CustomerDetails customer={customer.data} /> : null}
      </div>
      <p>
        <button type="button" onClick={() => onShowCases(customerId)}>
          {t('customer.showCases')}
        </button>
      </p>
    </DetailPane>
  );
}

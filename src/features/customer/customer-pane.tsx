// The customer pane: name, ID, type, department and every contact person with every email and
// phone; "Show all cases for this customer" runs a lookup by customer ID.
import { DetailPane } from '../../components/detail-pane';
import { ErrorAlert } from '../../components/error-alert';
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
  return (
    <li className="contact-person">
      <h4>{person.name || 'Unnamed contact'}</h4>
      <dl className="detail-list">
        <dt>Email</dt>
        {person.emails.length === 0 ? <dd className="muted">None</dd> : null}
        {person.emails.map((email, index) => (
          <dd key={email.id ?? `email-${index}`}>
            {email.address}
            {email.primary ? <span className="muted"> (preferred)</span> : null}
          </dd>
        ))}
        <dt>Phone</dt>
        {person.phones.length === 0 ? <dd className="muted">None</dd> : null}
        {person.phones.map((phone, index) => (
          <dd key={phone.id ?? `phone-${index}`}>
            {phone.number}
            {phone.kind ? <span className="muted"> ({phone.kind})</span> : null}
          </dd>
        ))}
      </dl>
    </li>
  );
}

function CustomerDetails({ customer }: { customer: CustomerDetail }) {
  return (
    <>
      <dl className="detail-list">
        <dt>Name</dt>
        <dd>{customer.name || '—'}</dd>
        <dt>Customer ID</dt>
        <dd>{customer.id}</dd>
        <dt>Type</dt>
        <dd>{customer.type?.displayValue || '—'}</dd>
        <dt>Department</dt>
        <dd>{customer.department?.name || '—'}</dd>
      </dl>
      <h3>Contact persons</h3>
      {customer.contactPersons.length === 0 ? (
        <p className="muted">No contact persons.</p>
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
  const customer = useCustomer(customerId, links);
  const name = customer.data?.name || knownName;
  return (
    <DetailPane
      title={`Customer ${name || customerId}`}
      onClose={onClose}
      onFocusLost={onFocusLost}
    >
      <div aria-busy={customer.isFetching}>
        {customer.isPending ? <p className="muted">Loading customer {customerId}…</p> : null}
        {customer.isError ? (
          <ErrorAlert
            error={customer.error}
            title="The customer could not be loaded"
            onRetry={() => void customer.refetch()}
          />
        ) : null}
        {customer.data === null ? <p>The server has no customer with ID {customerId}.</p> : null}
        {customer.data ? <CustomerDetails customer={customer.data} /> : null}
      </div>
      <p>
        <button type="button" onClick={() => onShowCases(customerId)}>
          Show all cases for this customer
        </button>
      </p>
    </DetailPane>
  );
}

// The documented examples of the eGain API (docs/seed-case-lookup-examples.txt and
// docs/egain-api.md), written once for the unit, simulator and end-to-end tests. Key order is the
// documentation's, so JSON.stringify reproduces a documented body byte for byte.

/** The three request bodies of docs/seed-case-lookup-examples.txt. */
export const LOOKUP_EXAMPLE_BODIES = {
  email: { email: 'jhenry@customer.com' },
  department: { department: 'Service' },
  full: {
    customer: '1001',
    email: 'jhenry@customer.com',
    phone: '408-222-9898',
    status: 'open',
    custom: { name: 'customer_rating', value: '5' },
    createdDate: '[2022-03-23T08:39:16.000Z,2022-04-28T09:39:16.000Z]',
    lastModifiedDate: '[2022-03-24T08:39:16.000Z,2022-05-27T09:40:00.000Z]',
    department: 'Service',
    ownerId: '1010',
    lastClosedDate: '[2022-09-24T08:39:16.000Z,2022-10-07T18:39:16.000Z]',
  },
} as const;

/** The response of every example in docs/seed-case-lookup-examples.txt: case 1000. */
export const LOOKUP_EXAMPLE_RESPONSE = {
  case: [
    {
      link: [{ rel: 'self', href: '/system/ws/v20/interaction/case/1000' }],
      activities: {
        link: [{ rel: 'activity', href: '/system/ws/v20/interaction/activity?case=1000' }],
      },
      department: { name: 'Service', id: '999' },
      status: { value: 'open', displayValue: 'Open' },
      lastModified: { user: { name: 'Frank', id: '1012' }, date: '2021-08-25T13:18:25.000Z' },
      customer: {
        link: [{ rel: 'customer', href: '/system/ws/v20/interaction/customer/1000' }],
        customerName: 'John Russel Tierney',
        id: '1000',
      },
      severity: { value: 'medium', displayValue: 'Medium' },
      subject: 'Charging is too slow [#1000]',
      id: '1000',
    },
  ],
  paginationInfo: { count: 1, pagenum: 1, pagesize: 25 },
};

/** §5's example: customer 1000 with one contact person, an email and a phone. */
export const CUSTOMER_EXAMPLE = {
  link: [{ rel: 'self', href: '/system/ws/v20/interaction/customer/1000' }],
  cases: { link: [{ rel: 'case', href: '/system/ws/v20/interaction/case?customer=1000' }] },
  id: '1000',
  customerName: 'John Russel Tierney',
  department: { name: 'Service', id: '999' },
  type: { value: 'individual', displayValue: 'Individual' },
  lastModified: { date: '2021-10-27T09:46:34.000Z' },
  contactPersons: {
    contactPerson: [
      {
        id: '1001',
        salutation: 'Mr.',
        firstName: 'John',
        middleName: 'Russel',
        lastName: 'Tierney',
        contactPoints: {
          contactPoint: [
            {
              id: '1038',
              type: { value: 'email', email: { emailAddress: 'jhenry@customer.com' } },
              priority: { value: 'high' },
            },
            {
              id: '1039',
              type: {
                value: 'phone',
                phone: { type: { value: 'home' }, phoneNo: '4082229898', countryCode: '1' },
              },
            },
          ],
        },
      },
    ],
  },
};

/** The first activity of §6.3's example (the activities of case 1000). */
export const ACTIVITY_EXAMPLE = {
  link: [{ rel: 'self', href: '/system/ws/v20/interaction/activity/1011' }],
  case: {
    link: [{ rel: 'case', href: '/system/ws/v20/interaction/case/1000' }],
    id: '1000',
  },
  department: { name: 'Service', id: '999' },
  mode: { value: 'inbound', displayValue: 'Inbound' },
  type: {
    value: 'email',
    displayValue: 'Email',
    subtype: { value: 'general', displayValue: 'General' },
  },
  status: {
    value: 'completed',
    displayValue: 'Completed',
    substatus: { value: 'done', displayValue: 'Done' },
  },
  subject: 'Charging is too slow',
  customer: { id: '1000', customerName: 'John Russel Tierney' },
  created: { date: '2021-08-24T09:02:11.000Z' },
  lastModified: { date: '2021-08-25T13:18:25.000Z' },
  id: '1011',
};

// Hand-made word lists for believable names, subjects and contact data. The long lists are kept
// dense (prettier-ignore) so that each fits on a screen.

// prettier-ignore
export const FIRST_NAMES_FEMALE: readonly string[] = [
  'Amelia', 'Anna', 'Beatrice', 'Camille', 'Carla', 'Chiara', 'Claire', 'Daniela', 'Elena', 'Eva',
  'Fatima', 'Grace', 'Hannah', 'Helen', 'Irene', 'Isabel', 'Julia', 'Karen', 'Laura', 'Leah',
  'Lucia', 'Maria', 'Marta', 'Mia', 'Nina', 'Olga', 'Paula', 'Priya', 'Rachel', 'Sara',
  'Sofia', 'Susan', 'Tanya', 'Ursula', 'Vera', 'Wendy', 'Yasmin', 'Zoe',
];

// prettier-ignore
export const FIRST_NAMES_MALE: readonly string[] = [
  'Aaron', 'Adam', 'Ahmed', 'Andre', 'Arjun', 'Bruno', 'Carlos', 'Daniel', 'David', 'Edward',
  'Felix', 'George', 'Hugo', 'Ivan', 'Jacob', 'James', 'Jonas', 'Juan', 'Kevin', 'Liam',
  'Lucas', 'Luis', 'Mark', 'Martin', 'Mateo', 'Michael', 'Noah', 'Oscar', 'Paul', 'Peter',
  'Rafael', 'Robert', 'Samuel', 'Stefan', 'Thomas', 'Tom', 'Viktor', 'William',
];

// prettier-ignore
export const LAST_NAMES: readonly string[] = [
  'Adams', 'Alvarez', 'Andersson', 'Bailey', 'Becker', 'Bennett', 'Bertrand', 'Brown', 'Campbell',
  'Castillo', 'Chen', 'Clarke', 'Collins', 'Cooper', 'Costa', 'Davies', 'Dubois', 'Edwards',
  'Evans', 'Fischer', 'Fontaine', 'Garcia', 'Gomez', 'Graham', 'Gupta', 'Hansen', 'Harris',
  'Hoffmann', 'Hughes', 'Jansen', 'Johnson', 'Kaur', 'Kelly', 'Kim', 'Klein', 'Kowalski', 'Lambert',
  'Lee', 'Lopez', 'Martin', 'Meyer', 'Miller', 'Moreau', 'Murphy', 'Nielsen', 'Novak', "O'Brien",
  'Park', 'Patel', 'Perez', 'Peters', 'Rossi', 'Russo', 'Sanchez', 'Schmidt', 'Silva', 'Singh',
  'Smith', 'Suzuki', 'Taylor', 'Thompson', 'Torres', 'Wagner', 'Walker', 'Weber', 'Wilson', 'Wong',
  'Young', 'Zimmermann',
];

// prettier-ignore
export const COMPANY_PREFIXES: readonly string[] = [
  'Acme', 'Blue Harbor', 'Brightline', 'Cedar', 'Crescent', 'Evergreen', 'Granite', 'Helios',
  'Ironwood', 'Lakeside', 'Meridian', 'Northwind', 'Oakridge', 'Pinnacle', 'Redwood', 'Riverside',
  'Silverline', 'Summit', 'Sunrise', 'Tidewater', 'Vertex', 'Westfield',
];

// prettier-ignore
export const COMPANY_NOUNS: readonly string[] = [
  'Logistics', 'Property Management', 'Hotels', 'Fleet Services', 'Dental Group', 'Bakery',
  'Engineering', 'Storage', 'Car Rental', 'Medical Center', 'Construction', 'Foods', 'Retail',
  'Parking', 'Energy Co-op', 'School District',
];

export const COMPANY_SUFFIXES: readonly string[] = [
  'Inc.',
  'LLC',
  'Ltd.',
  'GmbH',
  'Corp.',
  'Group',
];

/** Reserved example domains, so no generated address can collide with the seed's customer.com. */
export const EMAIL_DOMAINS: readonly string[] = [
  'example.com',
  'example.net',
  'example.org',
  'mail.example',
  'inbox.example',
  'post.example',
];

// prettier-ignore
export const AREA_CODES: readonly string[] = [
  '206', '212', '213', '303', '305', '312', '404', '408', '415', '469', '503', '512', '617', '646',
  '702', '720', '801', '858', '919', '971',
];

// prettier-ignore
export const PRODUCTS: readonly string[] = [
  'EV Charger Pro', 'Wall Box Mini', 'Home Battery S', 'Solar Inverter X2', 'Smart Meter',
  'Charging Cable 7m', 'Mobile App', 'Energy Subscription',
];

export const REGIONS: readonly string[] = ['North', 'South', 'East', 'West', 'Central'];

/** Case subjects; `{product}` is replaced by the case's product. */
export const SUBJECT_TEMPLATES: readonly string[] = [
  'Charging is too slow',
  '{product} does not turn on',
  '{product} shows error E{code}',
  'Invoice amount is wrong',
  'Charged twice for the same month',
  'Refund not received',
  'Request to cancel my subscription',
  'Change of billing address',
  'Question about my contract',
  'Upgrade to a larger plan',
  'Discount code not accepted',
  'Delivery of {product} is late',
  'Wrong item delivered',
  '{product} arrived damaged',
  'Return label requested',
  'Exchange {product} for another model',
  'Warranty claim for {product}',
  'Installation appointment needed',
  'Technician did not show up',
  '{product} disconnects from Wi-Fi',
  'App cannot find my {product}',
  'Firmware update failed on {product}',
  'Password reset does not work',
  'Cannot log in to the customer portal',
  'Meter readings look too high',
  'Power outage after installation',
  'Noise from {product}',
  '{product} overheats',
  'Complaint about phone support',
  'Thank you for the quick help',
  'Data privacy request',
  'Move to a new address',
  'Payment method declined',
  'Direct debit set-up',
  'Quote for a second {product}',
  'Loyalty offer question',
];

export const SALUTATIONS_FEMALE: readonly string[] = ['Ms.', 'Mrs.', 'Dr.'];
export const SALUTATIONS_MALE: readonly string[] = ['Mr.', 'Dr.'];

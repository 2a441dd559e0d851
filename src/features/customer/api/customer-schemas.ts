// The customer read (§5), `contactPersons` form of v12/v20, parsed once. Every level of the
// contact nesting may come as one object or as an array, ids may be numbers, and optional fields
// may be null or numbers where text is expected.
import { z } from 'zod';
import { idSchema, linksSchema } from '../../../lib/links';
import {
  displayValueSchema,
  maybe,
  optionalIdSchema,
  oneOrMany,
  requiredOneOrMany,
  rowsOf,
  textSchema,
  type DisplayValue,
} from '../../../lib/response-schemas';

const contactPointSchema = z.object({
  id: optionalIdSchema,
  type: z
    .object({
      value: textSchema,
      email: maybe(z.object({ emailAddress: textSchema })),
      phone: z
        .object({
          type: maybe(displayValueSchema),
          phoneNo: textSchema,
          countryCode: textSchema,
          areaCode: textSchema,
          extension: textSchema,
        })
        .nullish(),
    })
    .nullish(),
  priority: maybe(displayValueSchema),
});

/** `contactPoints: {contactPoint: x | [x]}`, or the points given directly as `x | [x]`. */
const contactPointsSchema = z
  .union([
    z.object({ contactPoint: requiredOneOrMany(contactPointSchema) }),
    z.array(contactPointSchema),
    contactPointSchema,
  ])
  .optional()
  .transform((value) => {
    if (value === undefined) return [];
    if (Array.isArray(value)) return value;
    return 'contactPoint' in value ? value.contactPoint : [value];
  });

const contactPersonSchema = z.object({
  id: optionalIdSchema,
  salutation: textSchema,
  firstName: textSchema,
  middleName: textSchema,
  lastName: textSchema,
  contactPoints: contactPointsSchema,
  contactPoint: oneOrMany(contactPointSchema),
});

const personWrapperSchema = z.object({ contactPerson: requiredOneOrMany(contactPersonSchema) });

/** `contactPersons: {contactPerson: x | [x]}`, or a list of persons (or of such wrappers). */
const contactPersonsSchema = z
  .union([personWrapperSchema, z.array(z.union([personWrapperSchema, contactPersonSchema]))])
  .optional()
  .transform((value) => {
    if (value === undefined) return [];
    if (!Array.isArray(value)) return value.contactPerson;
    return value.flatMap((entry) => ('contactPerson' in entry ? entry.contactPerson : [entry]));
  });

export interface ContactPhone {
  id: string | undefined;
  /** As stored, with country code when known, e.g. `+1 408-222-9898`. */
  number: string;
  kind: string | undefined;
}

export interface ContactPerson {
  id: string | undefined;
  name: string;
  emails: { id: string | undefined; address: string; primary: boolean }[];
  phones: ContactPhone[];
}

export interface CustomerDetail {
  id: string;
  name: string;
  type: DisplayValue | undefined;
  department: { id?: string | undefined; name?: string | undefined } | undefined;
  contactPersons: ContactPerson[];
}

/** North American numbers stored as bare digits read better grouped; anything else stays as stored. */
export function formatPhone(
  phoneNo: string,
  countryCode?: string,
  areaCode?: string,
  extension?: string,
): string {
  const local = `${areaCode ? `${areaCode} ` : ''}${phoneNo}`.trim();
  const grouped =
    (countryCode === undefined || countryCode === '1') && /^\d{10}$/.test(local)
      ? `${local.slice(0, 3)}-${local.slice(3, 6)}-${local.slice(6)}`
      : local;
  const withCountry = countryCode ? `+${countryCode.replace(/^\+/, '')} ${grouped}` : grouped;
  return extension ? `${withCountry} ext. ${extension}` : withCountry;
}

const customerSchema = z
  .object({
    id: idSchema,
    link: linksSchema,
    customerName: textSchema,
    department: maybe(z.object({ name: textSchema, id: optionalIdSchema })),
    type: maybe(displayValueSchema),
    contactPersons: contactPersonsSchema,
  })
  .transform((raw): CustomerDetail => ({
    id: raw.id,
    name: raw.customerName ?? '',
    type: raw.type,
    department: raw.department,
    contactPersons: raw.contactPersons.map((person) => {
      const points = [...person.contactPoints, ...person.contactPoint];
      return {
        id: person.id,
        name: [person.salutation, person.firstName, person.middleName, person.lastName]
          .filter((part) => part && part.trim() !== '')
          .join(' '),
        emails: points.flatMap((point) => {
          const address = point.type?.email?.emailAddress;
          if (point.type?.value !== 'email' && !address) return [];
          return address
            ? [{ id: point.id, address, primary: point.priority?.value === 'high' }]
            : [];
        }),
        phones: points.flatMap((point) => {
          const phone = point.type?.phone;
          if (!phone?.phoneNo) return [];
          return [
            {
              id: point.id,
              number: formatPhone(
                phone.phoneNo,
                phone.countryCode,
                phone.areaCode,
                phone.extension,
              ),
              kind: phone.type?.displayValue || undefined,
            },
          ];
        }),
      };
    }),
  }));

/** Each customer is read on its own; one that does not fit is left out and listed in `skipped`. */
export const customerResponseSchema = z
  .object({ customer: rowsOf(customerSchema) })
  .transform(({ customer: list }) => ({ customer: list.rows, skipped: list.skipped }));

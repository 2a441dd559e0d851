// Fixed organisation of the simulated contact centre: departments, agents and the accounts of
// docs/architecture.md (supervisor and qa1..qa16 see every department).
import type { CustomAttributeDefinition, Department, User } from './model.ts';

export const SERVICE_DEPARTMENT_ID = '999';

export const DEPARTMENTS: readonly Department[] = [
  { id: SERVICE_DEPARTMENT_ID, name: 'Service' },
  { id: '1000', name: 'Sales' },
  { id: '1001', name: 'Billing' },
  { id: '1002', name: 'Technical Support' },
  { id: '1003', name: 'Returns' },
  { id: '1004', name: 'Retention' },
];

/** Share of cases and customers per department, by department id. */
export const DEPARTMENT_WEIGHTS: readonly (readonly [string, number])[] = [
  ['999', 35],
  ['1000', 15],
  ['1001', 15],
  ['1002', 20],
  ['1003', 8],
  ['1004', 7],
];

function agent(id: number, firstName: string, lastName: string, departmentId: string): User {
  return {
    id: String(id),
    loginId: firstName.toLowerCase(),
    name: firstName,
    firstName,
    lastName,
    departmentId,
  };
}

/** Twenty agents; Frank (1012, Service) is the one of the seed example. */
export const AGENTS: readonly User[] = [
  agent(1000, 'Alice', 'Moreno', '1000'),
  agent(1001, 'Ben', 'Carter', '1001'),
  agent(1002, 'Chloe', 'Nguyen', '1002'),
  agent(1003, 'Diego', 'Alvarez', '999'),
  agent(1004, 'Emma', 'Schultz', '1003'),
  agent(1005, 'Jenny', 'Walsh', '999'),
  agent(1006, 'Hassan', 'Idris', '1002'),
  agent(1007, 'Ingrid', 'Larsen', '1001'),
  agent(1008, 'Kenji', 'Sato', '1002'),
  agent(1009, 'Laura', 'Bianchi', '1000'),
  agent(1010, 'Marco', 'Rossi', '999'),
  agent(1011, 'Nadia', 'Petrova', '1004'),
  agent(1012, 'Frank', 'Robert', '999'),
  agent(1013, 'Olivia', 'Brooks', '1001'),
  agent(1014, 'Pablo', 'Ortega', '1003'),
  agent(1015, 'Quinn', 'Harper', '1000'),
  agent(1016, 'Rosa', 'Keller', '999'),
  agent(1017, 'Samir', 'Haddad', '1002'),
  agent(1018, 'Tara', 'Quinlan', '1004'),
  agent(1019, 'Victor', 'Dubois', '999'),
];

export const FRANK_ID = '1012';

const SUPERVISOR: User = {
  id: '1100',
  loginId: 'supervisor',
  name: 'Supervisor',
  firstName: 'Sam',
  lastName: 'Supervisor',
  departmentId: null,
};

const QA_ACCOUNTS: readonly User[] = Array.from({ length: 16 }, (_, i) => ({
  id: String(1101 + i),
  loginId: `qa${i + 1}`,
  name: `QA ${i + 1}`,
  firstName: 'QA',
  lastName: String(i + 1),
  departmentId: null,
}));

export const USERS: readonly User[] = [...AGENTS, SUPERVISOR, ...QA_ACCOUNTS];

/** Every account shares this password (docs/architecture.md). */
export const SIMULATOR_PASSWORD = 'egain-demo';

export const CUSTOM_ATTRIBUTES: readonly CustomAttributeDefinition[] = [
  { name: 'customer_rating', dataType: 'integer' },
  { name: 'product', dataType: 'string' },
  { name: 'region', dataType: 'string' },
];

// The Accept-Language tags eGain accepts (§1.10) and the display values the simulator localises.
// en-US, de-DE, fr-FR and es-ES are translated; the other tags fall back to English.

export const SUPPORTED_LANGUAGES = [
  'en-US',
  'es-ES',
  'fr-FR',
  'it-IT',
  'de-DE',
  'nl-NL',
  'pt-BR',
  'pt-PT',
  'da-DK',
  'ru-RU',
  'fr-CA',
  'zh-CN',
  'ja-JP',
  'ko-KR',
  'sv-SE',
] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en-US';

/** Matches a tag case-insensitively (language tags are case-insensitive); undefined if unsupported. */
export function findLanguage(tag: string): Language | undefined {
  const lower = tag.toLowerCase();
  return SUPPORTED_LANGUAGES.find((supported) => supported.toLowerCase() === lower);
}

const ENGLISH = {
  'case.status.open': 'Open',
  'case.status.closed': 'Closed',
  'severity.urgent': 'Urgent',
  'severity.high': 'High',
  'severity.medium': 'Medium',
  'severity.low': 'Low',
  'customer.type.individual': 'Individual',
  'customer.type.corporate': 'Corporate',
  'activity.mode.inbound': 'Inbound',
  'activity.mode.outbound': 'Outbound',
  'activity.type.email': 'Email',
  'activity.type.chat': 'Chat',
  'activity.type.calltrack': 'Call track',
  'activity.subtype.general': 'General',
  'activity.status.open': 'Open',
  'activity.status.assigned': 'Assigned',
  'activity.status.completed': 'Completed',
  'activity.substatus.new': 'New',
  'activity.substatus.in_progress': 'In progress',
  'activity.substatus.done': 'Done',
  'folder.cases_open': 'Open',
  'folder.cases_closed': 'Closed',
  'attribute.customer_rating': 'Customer rating',
  'attribute.product': 'Product',
  'attribute.region': 'Region',
} as const;

export type LabelKey = keyof typeof ENGLISH;
type Catalog = Readonly<Record<LabelKey, string>>;

const GERMAN: Catalog = {
  'case.status.open': 'Offen',
  'case.status.closed': 'Geschlossen',
  'severity.urgent': 'Dringend',
  'severity.high': 'Hoch',
  'severity.medium': 'Mittel',
  'severity.low': 'Niedrig',
  'customer.type.individual': 'Privatperson',
  'customer.type.corporate': 'Unternehmen',
  'activity.mode.inbound': 'Eingehend',
  'activity.mode.outbound': 'Ausgehend',
  'activity.type.email': 'E-Mail',
  'activity.type.chat': 'Chat',
  'activity.type.calltrack': 'Anrufverfolgung',
  'activity.subtype.general': 'Allgemein',
  'activity.status.open': 'Offen',
  'activity.status.assigned': 'Zugewiesen',
  'activity.status.completed': 'Abgeschlossen',
  'activity.substatus.new': 'Neu',
  'activity.substatus.in_progress': 'In Bearbeitung',
  'activity.substatus.done': 'Erledigt',
  'folder.cases_open': 'Offen',
  'folder.cases_closed': 'Geschlossen',
  'attribute.customer_rating': 'Kundenbewertung',
  'attribute.product': 'Produkt',
  'attribute.region': 'Region',
};

const FRENCH: Catalog = {
  'case.status.open': 'Ouvert',
  'case.status.closed': 'Fermé',
  'severity.urgent': 'Urgente',
  'severity.high': 'Haute',
  'severity.medium': 'Moyenne',
  'severity.low': 'Basse',
  'customer.type.individual': 'Particulier',
  'customer.type.corporate': 'Entreprise',
  'activity.mode.inbound': 'Entrant',
  'activity.mode.outbound': 'Sortant',
  'activity.type.email': 'E-mail',
  'activity.type.chat': 'Chat',
  'activity.type.calltrack': "Suivi d'appel",
  'activity.subtype.general': 'Général',
  'activity.status.open': 'Ouvert',
  'activity.status.assigned': 'Affecté',
  'activity.status.completed': 'Terminé',
  'activity.substatus.new': 'Nouveau',
  'activity.substatus.in_progress': 'En cours',
  'activity.substatus.done': 'Fait',
  'folder.cases_open': 'Ouverts',
  'folder.cases_closed': 'Fermés',
  'attribute.customer_rating': 'Note client',
  'attribute.product': 'Produit',
  'attribute.region': 'Région',
};

const SPANISH: Catalog = {
  'case.status.open': 'Abierto',
  'case.status.closed': 'Cerrado',
  'severity.urgent': 'Urgente',
  'severity.high': 'Alta',
  'severity.medium': 'Media',
  'severity.low': 'Baja',
  'customer.type.individual': 'Particular',
  'customer.type.corporate': 'Empresa',
  'activity.mode.inbound': 'Entrante',
  'activity.mode.outbound': 'Saliente',
  'activity.type.email': 'Correo electrónico',
  'activity.type.chat': 'Chat',
  'activity.type.calltrack': 'Seguimiento de llamada',
  'activity.subtype.general': 'General',
  'activity.status.open': 'Abierta',
  'activity.status.assigned': 'Asignada',
  'activity.status.completed': 'Completada',
  'activity.substatus.new': 'Nueva',
  'activity.substatus.in_progress': 'En curso',
  'activity.substatus.done': 'Hecha',
  'folder.cases_open': 'Abiertos',
  'folder.cases_closed': 'Cerrados',
  'attribute.customer_rating': 'Valoración del cliente',
  'attribute.product': 'Producto',
  'attribute.region': 'Región',
};

const CATALOGS: Partial<Record<Language, Catalog>> = {
  'de-DE': GERMAN,
  'fr-FR': FRENCH,
  'es-ES': SPANISH,
};

export function label(language: Language, key: LabelKey): string {
  return (CATALOGS[language] ?? ENGLISH)[key];
}

/** Whether a string is one of the label keys (used for keys built from data values). */
export function isLabelKey(key: string): key is LabelKey {
  return Object.hasOwn(ENGLISH, key);
}

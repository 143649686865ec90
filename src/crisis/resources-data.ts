/**
 * Crisis resources by country, compiled in so they are in memory from start-up and never wait on a
 * database or a network. Built from shared/domain/crisis-resources.seed.json: only entries marked
 * verified there are included (SOS Amitié's number, TELL Lifeline and the IASP directory are left
 * out until checked). The seed carries no per-entry date, so `checkedOn` is the date this file was
 * reviewed against it. Review every entry at least every six months (README, "The resource catalogue").
 * `primary` marks the one named 24/7 line shown first for a country.
 */
import type { CrisisResource } from './resources.js';

const CHECKED = '2026-11-22';

export const RESOURCES: readonly (CrisisResource & { readonly primary?: true })[] = [
  // United States
  { id: 'us-988', country: 'US', kind: 'crisis-line', primary: true, name: '988 Suicide & Crisis Lifeline', phone: '988', sms: '988', url: 'https://988lifeline.org', hours: '24/7', source: 'https://988lifeline.org/get-help/what-to-expect', checkedOn: CHECKED },
  { id: 'us-ctl', country: 'US', kind: 'crisis-line', name: 'Crisis Text Line', sms: 'HOME to 741741', url: 'https://www.crisistextline.org', hours: '24/7', source: 'https://resources.penniesforpoverty.org/resources/crisis-text-line/', checkedOn: CHECKED },
  { id: 'us-vcl', country: 'US', kind: 'crisis-line', name: 'Veterans Crisis Line', phone: '988, then press 1', sms: '838255', url: 'https://www.veteranscrisisline.net', hours: '24/7', source: 'http://veteranscrisisline.net/About/VeteranSuicide.aspx', checkedOn: CHECKED },
  { id: 'us-samhsa', country: 'US', kind: 'referral', name: 'SAMHSA National Helpline (treatment referral, not a crisis line)', phone: '1-800-662-4357', hours: '24/7', source: 'https://internationalmentalhealth.org/resources/', checkedOn: CHECKED },
  { id: 'us-911', country: 'US', kind: 'emergency', name: 'Emergency services', phone: '911', hours: '24/7', source: 'http://www.thefullwiki.org/Emergency_number', checkedOn: CHECKED },
  // United Kingdom
  { id: 'gb-samaritans', country: 'GB', kind: 'crisis-line', primary: true, name: 'Samaritans', phone: '116 123', url: 'https://www.samaritans.org', hours: '24/7, free', source: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/', checkedOn: CHECKED },
  { id: 'gb-shout', country: 'GB', kind: 'crisis-line', name: 'Shout', sms: 'SHOUT to 85258', hours: '24/7', source: 'crisis-resources.seed.json (Shout, Crisis Text Line UK affiliate)', checkedOn: CHECKED },
  { id: 'gb-nhs111', country: 'GB', kind: 'referral', name: 'NHS 111, mental health option (England)', phone: '111, then the mental health option', hours: '24/7', source: 'crisis-resources.seed.json (NHS 111)', checkedOn: CHECKED },
  { id: 'gb-childline', country: 'GB', kind: 'crisis-line', name: 'Childline (under 19s)', phone: '0800 1111', hours: 'see childline.org.uk', source: 'crisis-resources.seed.json (Childline)', checkedOn: CHECKED },
  { id: 'gb-999', country: 'GB', kind: 'emergency', name: 'Emergency services', phone: '999 or 112', hours: '24/7', source: 'crisis-resources.seed.json (GB emergency)', checkedOn: CHECKED },
  // Ireland
  { id: 'ie-samaritans', country: 'IE', kind: 'crisis-line', primary: true, name: 'Samaritans Ireland', phone: '116 123', url: 'https://www.samaritans.org', hours: '24/7, free', source: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/', checkedOn: CHECKED },
  { id: 'ie-50808', country: 'IE', kind: 'crisis-line', name: '50808 crisis text line', sms: 'HELLO to 50808', hours: '24/7', source: 'crisis-resources.seed.json (50808)', checkedOn: CHECKED },
  { id: 'ie-pieta', country: 'IE', kind: 'crisis-line', name: 'Pieta (suicide and self-harm)', phone: '1800 247 247', sms: 'HELP to 51444', url: 'https://www.pieta.ie', hours: 'see pieta.ie', source: 'crisis-resources.seed.json (Pieta)', checkedOn: CHECKED },
  { id: 'ie-112', country: 'IE', kind: 'emergency', name: 'Emergency services', phone: '112 or 999', hours: '24/7', source: 'crisis-resources.seed.json (IE emergency)', checkedOn: CHECKED },
  // Canada
  { id: 'ca-988', country: 'CA', kind: 'crisis-line', primary: true, name: '9-8-8 Suicide Crisis Helpline', phone: '988', sms: '988', url: 'https://988.ca', hours: '24/7, English and French', source: 'crisis-resources.seed.json (988 Canada, since 30 Nov 2023)', checkedOn: CHECKED },
  { id: 'ca-khp', country: 'CA', kind: 'crisis-line', name: 'Kids Help Phone', phone: '1-800-668-6868', sms: 'CONNECT to 686868', url: 'https://kidshelpphone.ca', hours: '24/7', source: 'crisis-resources.seed.json (Kids Help Phone)', checkedOn: CHECKED },
  { id: 'ca-911', country: 'CA', kind: 'emergency', name: 'Emergency services', phone: '911', hours: '24/7', source: 'crisis-resources.seed.json (CA emergency)', checkedOn: CHECKED },
  // Australia
  { id: 'au-lifeline', country: 'AU', kind: 'crisis-line', primary: true, name: 'Lifeline Australia', phone: '13 11 14', sms: '0477 13 11 14', hours: '24/7', source: 'crisis-resources.seed.json (Lifeline Australia)', checkedOn: CHECKED },
  { id: 'au-scbs', country: 'AU', kind: 'crisis-line', name: 'Suicide Call Back Service', phone: '1300 659 467', hours: 'see suicidecallbackservice.org.au', source: 'crisis-resources.seed.json (Suicide Call Back Service)', checkedOn: CHECKED },
  { id: 'au-000', country: 'AU', kind: 'emergency', name: 'Emergency services (Triple Zero)', phone: '000', hours: '24/7', source: 'crisis-resources.seed.json (AU emergency)', checkedOn: CHECKED },
  // New Zealand
  { id: 'nz-1737', country: 'NZ', kind: 'crisis-line', primary: true, name: '1737 Need to Talk?', phone: '1737', sms: '1737', url: 'https://1737.org.nz', hours: '24/7, free', source: 'crisis-resources.seed.json (1737)', checkedOn: CHECKED },
  { id: 'nz-lifeline', country: 'NZ', kind: 'crisis-line', name: 'Lifeline Aotearoa', phone: '0800 543 354', sms: 'HELP to 4357', url: 'https://www.lifeline.org.nz', hours: '24/7', source: 'crisis-resources.seed.json (Lifeline Aotearoa)', checkedOn: CHECKED },
  { id: 'nz-111', country: 'NZ', kind: 'emergency', name: 'Emergency services', phone: '111', hours: '24/7', source: 'crisis-resources.seed.json (NZ emergency)', checkedOn: CHECKED },
  // India
  { id: 'in-telemanas', country: 'IN', kind: 'crisis-line', primary: true, name: 'Tele-MANAS', phone: '14416 or 1-800-891-4416', hours: '24/7, about 20 languages', source: 'crisis-resources.seed.json (Tele-MANAS)', checkedOn: CHECKED },
  { id: 'in-112', country: 'IN', kind: 'emergency', name: 'Emergency services', phone: '112', hours: '24/7', source: 'crisis-resources.seed.json (IN emergency)', checkedOn: CHECKED },
  // Germany
  { id: 'de-telefonseelsorge', country: 'DE', kind: 'crisis-line', primary: true, name: 'TelefonSeelsorge', phone: '0800 111 0 111 or 0800 111 0 222', url: 'https://www.telefonseelsorge.de', hours: '24/7, free, anonymous', source: 'crisis-resources.seed.json (TelefonSeelsorge)', checkedOn: CHECKED },
  { id: 'de-112', country: 'DE', kind: 'emergency', name: 'Emergency services', phone: '112', hours: '24/7', source: 'crisis-resources.seed.json (DE emergency)', checkedOn: CHECKED },
  // France
  { id: 'fr-3114', country: 'FR', kind: 'crisis-line', primary: true, name: '3114, numéro national de prévention du suicide', phone: '3114', url: 'https://3114.fr', hours: '24/7, free', source: 'crisis-resources.seed.json (3114)', checkedOn: CHECKED },
  { id: 'fr-112', country: 'FR', kind: 'emergency', name: 'Emergency services', phone: '112 (SAMU 15)', hours: '24/7', source: 'crisis-resources.seed.json (FR emergency)', checkedOn: CHECKED },
  // Netherlands
  { id: 'nl-113', country: 'NL', kind: 'crisis-line', primary: true, name: '113 Zelfmoordpreventie', phone: '113 or 0800-0113', url: 'https://www.113.nl', hours: '24/7, free, anonymous', source: 'crisis-resources.seed.json (113; short number free since Oct 2025)', checkedOn: CHECKED },
  { id: 'nl-112', country: 'NL', kind: 'emergency', name: 'Emergency services', phone: '112', hours: '24/7', source: 'crisis-resources.seed.json (NL emergency)', checkedOn: CHECKED },
  // South Africa
  { id: 'za-sadag', country: 'ZA', kind: 'crisis-line', primary: true, name: 'SADAG Suicide Crisis Helpline', phone: '0800 567 567', sms: '31393 (a counsellor calls back)', url: 'https://www.sadag.org', hours: '24 hours (per SADAG)', source: 'crisis-resources.seed.json (SADAG)', checkedOn: CHECKED },
  { id: 'za-10111', country: 'ZA', kind: 'emergency', name: 'Emergency services (police)', phone: '10111', hours: '24/7', source: 'crisis-resources.seed.json (ZA emergency)', checkedOn: CHECKED },
  // Brazil
  { id: 'br-cvv', country: 'BR', kind: 'crisis-line', primary: true, name: 'CVV, Centro de Valorização da Vida', phone: '188', url: 'https://www.cvv.org.br', hours: '24h, free, anonymous', source: 'crisis-resources.seed.json (CVV)', checkedOn: CHECKED },
  { id: 'br-192', country: 'BR', kind: 'emergency', name: 'Emergency services (SAMU)', phone: '192', hours: '24/7', source: 'crisis-resources.seed.json (BR emergency)', checkedOn: CHECKED },
  // Japan
  { id: 'jp-yorisoi', country: 'JP', kind: 'crisis-line', primary: true, name: 'Yorisoi Hotline', phone: '0120-279-338', hours: '24/7, free', source: 'crisis-resources.seed.json (Yorisoi Hotline)', checkedOn: CHECKED },
  { id: 'jp-inochi-sos', country: 'JP', kind: 'crisis-line', name: '#Inochi SOS', phone: '0120-061-338', url: 'https://www.lifelink.or.jp/inochisos/', hours: 'see lifelink.or.jp', source: 'crisis-resources.seed.json (#Inochi SOS)', checkedOn: CHECKED },
  { id: 'jp-119', country: 'JP', kind: 'emergency', name: 'Emergency services', phone: '119 (ambulance), 110 (police)', hours: '24/7', source: 'crisis-resources.seed.json (JP emergency)', checkedOn: CHECKED },
  // Anywhere
  { id: 'intl-findahelpline', country: 'INTL', kind: 'directory', primary: true, name: 'Find A Helpline', url: 'https://findahelpline.com', hours: 'a directory of free, confidential helplines in about 130 countries', source: 'crisis-resources.seed.json (Find A Helpline)', checkedOn: CHECKED },
  { id: 'intl-emergency', country: 'INTL', kind: 'emergency', name: 'Your local emergency number', phone: 'your local emergency number (112 works from most mobile phones)', hours: '24/7', source: 'crisis-resources.seed.json (GSM universal emergency numbers)', checkedOn: CHECKED },
];

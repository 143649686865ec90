/**
 * Crisis resources by country, compiled in so they are in memory from start-up and never wait on a
 * database or the network (DESIGN.md, invariant 2).
 *
 * Origin: the researched seed (shared/domain/crisis-resources.seed.json, 2026-11), re-verified on
 * 2026-12-06 entry by entry against stored copies of public pages (no live web from the machine that
 * did it). An entry is `verified` only when the service's own page, or a government or public
 * health-service page, confirmed its name and number; `open247` only when that page said it is open
 * 24 hours every day. Everything else is `verified: false`: kept here so maintainers see what still
 * needs a source, never shown to members.
 *
 * `source` is the page that confirmed the entry (for unverified entries, the best page found, which is
 * not good enough). `checkedOn` is the date shown on that stored page; where the page showed no date it
 * is 2026-12-06, the day it was read, and `confirmed` says "undated stored copy". `confirmed` is for
 * maintainers only and is never shown. Member-facing fields (name, phone, sms, hours) carry no notes.
 *
 * `local` gives the member-facing words in Spanish, Portuguese, French and German: a service's own name
 * in that language only where its own or a public page uses it (`localSource` says where: Canada's
 * 9-8-8 and Kids Help Phone in French); descriptive names ("Emergency services"), hours and the words
 * inside a number ("988, then press 1") as the project translated them, checked by
 * test/crisis/resources-languages.test.ts to leave no English behind. Numbers and keywords never change.
 *
 * Order matters: within a country, entries are in order of preference. The first verified, 24/7 crisis
 * line with a number is the one named line (`line`); the first verified emergency entry is the
 * emergency number. Re-check every entry at least every six months (README, "The resource catalogue").
 */
import type { CatalogueEntry } from './resource-types.js';

const READ_ON = '2026-12-06';

export const RESOURCES: readonly CatalogueEntry[] = [
  // United States
  {
    id: 'us-988', country: 'US', kind: 'crisis-line', name: '988 Suicide & Crisis Lifeline', phone: '988', sms: '988', url: 'https://988lifeline.org', hours: '24/7, free, confidential',
    local: { es: { hours: "24/7, gratuita y confidencial" }, pt: { hours: "24/7, gratuita e confidencial" }, fr: { hours: "24 h/24, 7 j/7, gratuit et confidentiel" }, de: { hours: "rund um die Uhr, kostenlos und vertraulich" } },
    verified: true, open247: true, source: 'https://www.cdcr.ca.gov/ccjbh/2022/07/19/dial-988-to-access-24-hour-emotional-support-and-resources/', checkedOn: '2022-07-19',
    confirmed: 'California state government page dated 2022-07-19: "call or text 988", free and confidential, "24 hours a day, 7 days a week". No stored copy of 988lifeline.org itself was found; re-check there (the call menu: 1 Veterans, 2 Spanish; the LGBTQ+ "press 3" option ended 17 July 2025).',
  },
  {
    id: 'us-veterans-crisis-line', country: 'US', kind: 'crisis-line', name: 'Veterans Crisis Line', phone: '988, then press 1', sms: '838255', url: 'https://www.veteranscrisisline.net', hours: '24/7, free, confidential',
    local: { es: { hours: "24/7, gratuita y confidencial", phone: "988 y luego pulsa 1" }, pt: { hours: "24/7, gratuita e confidencial", phone: "988 e depois tecle 1" }, fr: { hours: "24 h/24, 7 j/7, gratuit et confidentiel", phone: "988, puis tape 1" }, de: { hours: "rund um die Uhr, kostenlos und vertraulich", phone: "988, dann die 1 drücken" } },
    verified: true, open247: true, ownDomain: 'veteranscrisisline.net', source: 'http://veteranscrisisline.net/About/VeteranSuicide.aspx', checkedOn: READ_ON,
    confirmed: 'Undated stored copy of the service\'s own page: "Dial 988 then Press 1", "text 838255", "24/7, confidential support", no VA enrolment needed. Also va.gov (Asheville VA press release, 2022-07-25): same numbers, "24 hours a day, 7 days a week, 365 days a year".',
  },
  {
    id: 'us-crisis-text-line', country: 'US', kind: 'crisis-line', name: 'Crisis Text Line', sms: 'HOME to 741741', url: 'https://www.crisistextline.org', hours: '24/7',
    local: { fr: { hours: "24 h/24, 7 j/7" }, de: { hours: "rund um die Uhr" } },
    verified: false, open247: false, source: 'http://www.sfisd.net/apps/pages/index.jsp?uREC_ID=1473130&type=d&pREC_ID=1625729', checkedOn: READ_ON,
    confirmed: 'NOT VERIFIED: no stored copy of crisistextline.org or of a government page was found; only a school district page and charity pages (text HOME to 741741, 24/7). Verify on crisistextline.org before showing.',
  },
  {
    id: 'us-samhsa', country: 'US', kind: 'referral', name: 'SAMHSA National Helpline', phone: '1-800-662-4357', url: 'https://www.samhsa.gov/find-help/national-helpline', hours: '24/7, free, confidential; treatment referral and information, not counselling',
    local: { es: { hours: "24/7, gratuita y confidencial; orientación e información sobre tratamiento, no es asesoramiento" }, pt: { hours: "24/7, gratuita e confidencial; encaminhamento e informação sobre tratamento, não é aconselhamento" }, fr: { hours: "24 h/24, 7 j/7, gratuit et confidentiel ; orientation et information sur les traitements, pas d’écoute" }, de: { hours: "rund um die Uhr, kostenlos und vertraulich; Vermittlung und Information zu Behandlung, keine Beratung" } },
    verified: true, open247: true, source: 'https://www.samhsa.gov/find-help/national-helpline', checkedOn: READ_ON,
    confirmed: 'Undated stored copy of the samhsa.gov page, read through a proxy copy (app.altruwe.org/proxy?url=…samhsa.gov/find-help/national-helpline): 1-800-662-HELP (4357), TTY 1-800-487-4889, "free, confidential, 24/7, 365-day-a-year treatment referral and information service", "we do not provide counseling". A referral line, never the named crisis line.',
  },
  {
    id: 'us-emergency', country: 'US', kind: 'emergency', name: 'Emergency services', phone: '911', hours: 'police, fire and ambulance',
    local: { es: { name: "Servicios de emergencia", hours: "policía, bomberos y ambulancia" }, pt: { name: "Serviços de emergência", hours: "polícia, bombeiros e ambulância" }, fr: { name: "Services d’urgence", hours: "police, pompiers et ambulance" }, de: { name: "Notruf", hours: "Polizei, Feuerwehr und Rettungsdienst" } },
    verified: true, open247: false, source: 'https://www.fcc.gov/consumer-information', checkedOn: '2010-04-15',
    confirmed: 'FCC page (archived, dated Thursday, April 15, 2010): "The official emergency number in the United States and Canada is 9-1-1", connects to emergency medical, fire and law enforcement. The page states no hours.',
  },
  // United Kingdom
  {
    id: 'gb-samaritans', country: 'GB', kind: 'crisis-line', name: 'Samaritans', phone: '116 123', url: 'https://www.samaritans.org', hours: '24/7, free from landlines and mobiles',
    local: { es: { hours: "24/7, gratis desde fijos y móviles" }, pt: { hours: "24/7, gratuita de telefone fixo e celular" }, fr: { hours: "24 h/24, 7 j/7, gratuit depuis un fixe ou un mobile" }, de: { hours: "rund um die Uhr, kostenlos vom Festnetz und Handy" } },
    verified: true, open247: true, ownDomain: 'samaritans.org', source: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/', checkedOn: READ_ON,
    confirmed: 'Undated stored copy of the service\'s own contact page: 116 123 "free to call from both landlines and mobiles, including pay-as-you-go", no credit needed. 24 hours: samaritans.org Coventry branch page ("available 24 hours a day, every day of the year… ring us free on 116 123"). No text/SMS number (ended 2020).',
  },
  {
    id: 'gb-shout', country: 'GB', kind: 'crisis-line', name: 'Shout', sms: 'SHOUT to 85258', url: 'https://giveusashout.org', hours: '24/7, free, text only',
    local: { es: { hours: "24/7, gratis, solo por mensaje de texto" }, pt: { hours: "24/7, gratuita, só por mensagem de texto" }, fr: { hours: "24 h/24, 7 j/7, gratuit, par SMS uniquement" }, de: { hours: "rund um die Uhr, kostenlos, nur per SMS" } },
    verified: true, open247: true, ownDomain: 'giveusashout.org', source: 'https://giveusashout.org/about-us/faq', checkedOn: '2024-11-04',
    confirmed: 'Service\'s own FAQ, "Last updated 4 November 2024": "a free, 24/7 text messaging mental health support service", text SHOUT to 85258, for UK residents of any age; "always call 999 if your life is at imminent risk".',
  },
  {
    id: 'gb-nhs-111', country: 'GB', kind: 'referral', name: 'NHS 111, mental health option (England)', phone: '111, then choose the mental health option', hours: '24/7, all ages',
    local: { es: { name: "NHS 111, opción de salud mental (Inglaterra)", hours: "24/7, todas las edades", phone: "111 y luego elige la opción de salud mental" }, pt: { name: "NHS 111, opção de saúde mental (Inglaterra)", hours: "24/7, todas as idades", phone: "111 e depois escolha a opção de saúde mental" }, fr: { name: "NHS 111, option santé mentale (Angleterre)", hours: "24 h/24, 7 j/7, tous âges", phone: "111, puis choisis l’option santé mentale" }, de: { name: "NHS 111, Option psychische Gesundheit (England)", hours: "rund um die Uhr, für alle Altersgruppen", phone: "111, dann die Option für psychische Gesundheit wählen" } },
    verified: true, open247: true, source: 'https://www.lpft.nhs.uk/contact-us/need-help-now', checkedOn: READ_ON,
    confirmed: 'Undated stored copy of an NHS mental health trust page (Lincolnshire Partnership NHS FT): "24 hours a day, 7 days a week", call NHS 111 and select the mental health option, for all ages. Also oundlesurgery.nhs.uk (2023-05-03): callers are asked to "choose the mental health option" (no longer "option 2"). England; Wales and Scotland have similar services not checked here.',
  },
  {
    id: 'gb-childline', country: 'GB', kind: 'crisis-line', name: 'Childline (children and young people)', phone: '0800 1111', url: 'https://www.childline.org.uk', hours: '24/7, free',
    local: { es: { name: "Childline (niños, niñas y jóvenes)", hours: "24/7, gratis" }, pt: { name: "Childline (crianças e jovens)", hours: "24/7, gratuita" }, fr: { name: "Childline (enfants et jeunes)", hours: "24 h/24, 7 j/7, gratuit" }, de: { name: "Childline (Kinder und Jugendliche)", hours: "rund um die Uhr, kostenlos" } },
    verified: true, open247: true, ownDomain: 'childline.org.uk', source: 'https://www.combined.nhs.uk/do-you-need-help/children-and-young-people-keeping-safe/', checkedOn: READ_ON,
    confirmed: 'Undated stored copy of an NHS trust page (Combined Healthcare NHS Trust): Childline 0800 1111, free and confidential, "open 24 hours, 365 days a year". That page says "up to the age of 18"; other (secondary) pages say under 19, so the name gives no age. No stored childline.org.uk page showed the number.',
  },
  {
    id: 'gb-emergency', country: 'GB', kind: 'emergency', name: 'Emergency services', phone: '999', hours: 'police, ambulance, fire and coastguard',
    local: { es: { name: "Servicios de emergencia", hours: "policía, ambulancia, bomberos y guardacostas" }, pt: { name: "Serviços de emergência", hours: "polícia, ambulância, bombeiros e guarda costeira" }, fr: { name: "Services d’urgence", hours: "police, ambulance, pompiers et garde-côtes" }, de: { name: "Notruf", hours: "Polizei, Rettungsdienst, Feuerwehr und Küstenwache" } },
    verified: true, open247: false, source: 'https://www.lpft.nhs.uk/contact-us/need-help-now', checkedOn: READ_ON,
    confirmed: 'Undated stored copy of the NHS trust page: "requires immediate assistance for serious or life-threatening emergency mental or physical health, please call 999". Police pages (dorset.police.uk, avonandsomerset.police.uk): "In an emergency you should always dial 999". 112 also works in the UK per secondary pages only, so it is not shown.',
  },
  // Ireland
  {
    id: 'ie-samaritans', country: 'IE', kind: 'crisis-line', name: 'Samaritans Ireland', phone: '116 123', url: 'https://www.samaritans.org', hours: '24/7, free',
    local: { es: { hours: "24/7, gratis" }, pt: { hours: "24/7, gratuita" }, fr: { hours: "24 h/24, 7 j/7, gratuit" }, de: { hours: "rund um die Uhr, kostenlos" } },
    verified: true, open247: true, ownDomain: 'samaritans.org', source: 'https://www.samaritans.org/news/samaritans-ireland-responds-one-call-help-every-minute-last-year', checkedOn: '2015-12-16',
    confirmed: 'Service\'s own news page dated 2015-12-16: free helpline 116 123 in Ireland. 24 hours: Oireachtas (Irish parliament) written answer, 2013-12-10: 116 123 assigned to the Samaritans as "a vital 24 hour Freephone number".',
  },
  {
    id: 'ie-50808', country: 'IE', kind: 'crisis-line', name: '50808', sms: 'HELLO to 50808', hours: '24/7, free',
    local: { es: { hours: "24/7, gratis" }, pt: { hours: "24/7, gratuita" }, fr: { hours: "24 h/24, 7 j/7, gratuit" }, de: { hours: "rund um die Uhr, kostenlos" } },
    verified: false, open247: false, source: 'https://www.irishexaminer.com/news/arid-31005605.html', checkedOn: READ_ON,
    confirmed: 'NOT VERIFIED: only news pages (HSE-funded, free, 24/7, launched June 2020; keywords seen: TALK, HELLO). No stored copy of 50808.ie or hse.ie showing it. Verify on 50808.ie before showing.',
  },
  {
    id: 'ie-pieta', country: 'IE', kind: 'crisis-line', name: 'Pieta', phone: '1800 247 247', sms: 'HELP to 51444', url: 'https://www.pieta.ie', hours: '24/7',
    local: { fr: { hours: "24 h/24, 7 j/7" }, de: { hours: "rund um die Uhr" } },
    verified: false, open247: false, source: 'https://wicklownow.ie/news/wicklow-people-feeling-low-over-christmas-period-urged-to-contact-helpline/', checkedOn: READ_ON,
    confirmed: 'NOT VERIFIED: only news pages (1800 247 247, text HELP to 51444, 24 hours). No stored copy of pieta.ie showing the numbers (one copy served from a CDN host had no number in it). Verify on pieta.ie before showing.',
  },
  {
    id: 'ie-emergency', country: 'IE', kind: 'emergency', name: 'Emergency services', phone: '112 or 999', hours: 'free from any phone',
    local: { es: { name: "Servicios de emergencia", hours: "gratis desde cualquier teléfono", phone: "112 o 999" }, pt: { name: "Serviços de emergência", hours: "gratuito de qualquer telefone", phone: "112 ou 999" }, fr: { name: "Services d’urgence", hours: "gratuit depuis n’importe quel téléphone", phone: "112 ou 999" }, de: { name: "Notruf", hours: "kostenlos von jedem Telefon", phone: "112 oder 999" } },
    verified: true, open247: false, source: 'https://www2.hse.ie/emergencies/when-to-call-112-or-999/', checkedOn: READ_ON,
    confirmed: 'Undated stored copy of the HSE (Ireland\'s health service) page: "There are two emergency numbers in Ireland — 112 and 999. Both are free of charge to call", from mobile or fixed line.',
  },
  // Canada
  {
    id: 'ca-988', country: 'CA', kind: 'crisis-line', name: '9-8-8: Suicide Crisis Helpline', phone: '988', sms: '988', url: 'https://988.ca', hours: '24/7, free, English or French',
    local: { es: { hours: "24/7, gratis, en inglés o francés" }, pt: { hours: "24/7, gratuita, em inglês ou francês" }, fr: { name: "9-8-8 : Ligne d’aide en cas de crise de suicide", hours: "24 h/24, 7 j/7, gratuit, en anglais ou en français" }, de: { hours: "rund um die Uhr, kostenlos, auf Englisch oder Französisch" } },
    localSource: "fr: the service's own press release (9-8-8 team, CNW, 2025-09-10 and 2025-11-28, newswire.ca/fr): \"9-8-8 : Ligne d'aide en cas de crise de suicide\"",
    verified: true, open247: true, ownDomain: '988.ca', source: 'https://988.ca/get-help/what-to-expect', checkedOn: READ_ON,
    confirmed: 'Undated stored copy of the service\'s own page, read through a mirror (calendarfreemonthly2023.netlify.app/host-https-988.ca/get-help/what-to-expect): "Call or text 9-8-8 toll free, any time — lines are open 24/7/365", English or French. Corroborated by a Government of Canada ministerial statement (distributed on newswire.ca, 2024-11-29): "call or text 9-8-8 for support 24/7/365". Re-check on 988.ca directly.',
  },
  {
    id: 'ca-kids-help-phone', country: 'CA', kind: 'crisis-line', name: 'Kids Help Phone', phone: '1-800-668-6868', sms: 'CONNECT to 686868', url: 'https://kidshelpphone.ca', hours: '24/7, free, for young people',
    local: { es: { hours: "24/7, gratis, para jóvenes" }, pt: { hours: "24/7, gratuita, para jovens" }, fr: { name: "Jeunesse, J’écoute", hours: "24 h/24, 7 j/7, gratuit, pour les jeunes" }, de: { hours: "rund um die Uhr, kostenlos, für junge Menschen" } },
    localSource: "fr: the service's French name as its president is quoted using it (Radio-Canada, 2018-11; neomedia.com, 2020-01-02): \"Jeunesse, J'écoute\"",
    verified: true, open247: true, ownDomain: 'kidshelpphone.ca', source: 'https://kidshelpphone.ca/text-about-it/', checkedOn: READ_ON,
    confirmed: 'Undated stored copy of the service\'s own page: text CONNECT to 686868, "free and available across Canada 24/7". The phone number 1-800-668-6868 (24/7) is from a Government of Canada news release (Minister of Mental Health, 2024-11-14, distributed on newswire.ca), not from a stored kidshelpphone.ca page.',
  },
  {
    id: 'ca-emergency', country: 'CA', kind: 'emergency', name: 'Emergency services', phone: '911', hours: 'police, fire and ambulance',
    local: { es: { name: "Servicios de emergencia", hours: "policía, bomberos y ambulancia" }, pt: { name: "Serviços de emergência", hours: "polícia, bombeiros e ambulância" }, fr: { name: "Services d’urgence", hours: "police, pompiers et ambulance" }, de: { name: "Notruf", hours: "Polizei, Feuerwehr und Rettungsdienst" } },
    verified: true, open247: false, source: 'https://canada.ca/en/public-health/news/2020/09/cpho-statement-world-suicide-prevention-day.html', checkedOn: '2020-09-10',
    confirmed: 'Government of Canada (Chief Public Health Officer statement, World Suicide Prevention Day 2020): "If you or someone you know is in immediate danger, please call 9-1-1." Also fcc.gov: 9-1-1 is the official emergency number in the US and Canada.',
  },
  // Australia
  {
    id: 'au-lifeline', country: 'AU', kind: 'crisis-line', name: 'Lifeline', phone: '13 11 14', url: 'https://www.lifeline.org.au', hours: '24/7',
    local: { fr: { hours: "24 h/24, 7 j/7" }, de: { hours: "rund um die Uhr" } },
    verified: true, open247: true, source: 'https://www.health.vic.gov.au/mental-health-services/telephone-and-online-services', checkedOn: READ_ON,
    confirmed: 'Undated stored copy of the Victorian Department of Health page: Lifeline, crisis support and suicide prevention, 13 11 14, "24 hours/7 days". Also health.gov.au (minister, 2012-09-11): "Lifeline\'s 24-hour crisis line on 13 11 14". The text line 0477 13 11 14 (24/7 since Feb 2022) was seen only in news and lifeinmind.org.au, so it is not shown.',
  },
  {
    id: 'au-beyond-blue', country: 'AU', kind: 'referral', name: 'Beyond Blue', phone: '1300 22 4636', url: 'https://www.beyondblue.org.au', hours: '24/7',
    local: { fr: { hours: "24 h/24, 7 j/7" }, de: { hours: "rund um die Uhr" } },
    verified: true, open247: true, source: 'https://www.health.vic.gov.au/mental-health-services/telephone-and-online-services', checkedOn: READ_ON,
    confirmed: 'Undated stored copy of the Victorian Department of Health page: Beyond Blue, depression, anxiety and related disorders, 1300 22 4636, "24 hours/7 days".',
  },
  {
    id: 'au-suicide-call-back', country: 'AU', kind: 'crisis-line', name: 'Suicide Call Back Service', phone: '1300 659 467', hours: '24/7',
    local: { fr: { hours: "24 h/24, 7 j/7" }, de: { hours: "rund um die Uhr" } },
    verified: false, open247: false, source: 'https://www1.health.gov.au/internet/publications/publishing.nsf/Content/suicide-prevention-activities-evaluation~Appendices~appendixa~project26', checkedOn: READ_ON,
    confirmed: 'NOT VERIFIED: the health.gov.au evaluation (undated stored copy; page "last updated: January 2014") confirms the service runs 24 hours, 7 days, but shows no phone number; 1300 659 467 was seen only in news and politicians\' pages. Verify on suicidecallbackservice.org.au before showing.',
  },
  {
    id: 'au-emergency', country: 'AU', kind: 'emergency', name: 'Emergency services (Triple Zero)', phone: '000', hours: 'police, fire and ambulance; free',
    local: { es: { name: "Servicios de emergencia (Triple Zero)", hours: "policía, bomberos y ambulancia; gratis" }, pt: { name: "Serviços de emergência (Triple Zero)", hours: "polícia, bombeiros e ambulância; gratuito" }, fr: { name: "Services d’urgence (Triple Zero)", hours: "police, pompiers et ambulance ; gratuit" }, de: { name: "Notruf (Triple Zero)", hours: "Polizei, Feuerwehr und Rettungsdienst; kostenlos" } },
    verified: true, open247: false, source: 'https://www.triplezero.gov.au/triple-zero/other-emergency-numbers', checkedOn: READ_ON,
    confirmed: 'Undated stored copy of triplezero.gov.au: "Australia\'s primary emergency call service number is Triple Zero (000)"; 112 "available from most mobile phones"; 106 for TTY text relay; all free. Only 000 is shown.',
  },
  // New Zealand
  {
    id: 'nz-1737', country: 'NZ', kind: 'crisis-line', name: '1737, Need to talk?', phone: '1737', sms: '1737', url: 'https://1737.org.nz', hours: '24/7, free',
    local: { es: { hours: "24/7, gratis" }, pt: { hours: "24/7, gratuita" }, fr: { hours: "24 h/24, 7 j/7, gratuit" }, de: { hours: "rund um die Uhr, kostenlos" } },
    verified: true, open247: true, source: 'https://www.pegasus.health.nz/?p=6300', checkedOn: READ_ON,
    confirmed: 'Undated stored copy of a Pegasus Health page (a Canterbury primary health organisation, .health.nz health-sector domain), Q&A with the service\'s psychiatrist: "completely free to call and text and available 24 hours a day, 7 days a week". Also the Health Minister\'s launch release (2017-06-29, via scoop.co.nz).',
  },
  {
    id: 'nz-lifeline', country: 'NZ', kind: 'crisis-line', name: 'Lifeline Aotearoa', phone: '0800 543 354', sms: 'HELP to 4357', url: 'https://www.lifeline.org.nz', hours: '24/7',
    local: { fr: { hours: "24 h/24, 7 j/7" }, de: { hours: "rund um die Uhr" } },
    verified: false, open247: false, source: 'https://m.scoop.co.nz/stories/GE2404/S00071/lifeline-celebrates-60th-year-but-pressure-has-never-been-greater.htm', checkedOn: '2024-04-29',
    confirmed: 'NOT VERIFIED: the operator\'s press release (2024-04-29, via scoop.co.nz) says Lifeline runs 24/7, but the numbers were seen only in news pages; the stored lifeline.org.nz page showed no number. Verify on lifeline.org.nz before showing.',
  },
  {
    id: 'nz-suicide-crisis-helpline', country: 'NZ', kind: 'crisis-line', name: 'Suicide Crisis Helpline', phone: '0508 828 865', hours: '24/7',
    local: { fr: { hours: "24 h/24, 7 j/7" }, de: { hours: "rund um die Uhr" } },
    verified: false, open247: false, source: 'https://metronews.co.nz/article/its-okay-to-not-be-okay', checkedOn: READ_ON,
    confirmed: 'NOT VERIFIED: number (0508 TAUTOKO) only in news pages; hours conflict (2012: midday to midnight; 2024 operator release: 24/7). Verify on lifeline.org.nz before showing.',
  },
  {
    id: 'nz-emergency', country: 'NZ', kind: 'emergency', name: 'Emergency services', phone: '111', hours: 'police, fire and ambulance; free',
    local: { es: { name: "Servicios de emergencia", hours: "policía, bomberos y ambulancia; gratis" }, pt: { name: "Serviços de emergência", hours: "polícia, bombeiros e ambulância; gratuito" }, fr: { name: "Services d’urgence", hours: "police, pompiers et ambulance ; gratuit" }, de: { name: "Notruf", hours: "Polizei, Feuerwehr und Rettungsdienst; kostenlos" } },
    verified: true, open247: false, source: 'https://www.govt.nz/browse/crime-and-justice/crimes-and-emergencies/111-emergency-service/', checkedOn: READ_ON,
    confirmed: 'Undated stored copy of govt.nz: "dial 111 and the emergency operator will connect you", lists "a life-threatening mental health situation" as an ambulance emergency. police.govt.nz: 111 calls are free, even with no credit.',
  },
  // India
  {
    id: 'in-tele-manas', country: 'IN', kind: 'crisis-line', name: 'Tele-MANAS', phone: '14416', hours: '24/7, free',
    local: { es: { hours: "24/7, gratis" }, pt: { hours: "24/7, gratuita" }, fr: { hours: "24 h/24, 7 j/7, gratuit" }, de: { hours: "rund um die Uhr, kostenlos" } },
    verified: false, open247: false, source: 'https://theshillongtimes.com/2025/02/07/tele-manas-mental-health-helpline-handles-over-18-1-lakh-calls-centre/', checkedOn: '2025-02-07',
    confirmed: 'NOT VERIFIED: only news reports of ministers\' statements (14416 and 1-800-891-4416, 24x7, about 20 languages). No stored telemanas.mohfw.gov.in or pib.gov.in page found. Verify there before showing.',
  },
  {
    id: 'in-emergency', country: 'IN', kind: 'emergency', name: 'Emergency services (ERSS)', phone: '112', hours: 'police, fire and health services',
    local: { es: { name: "Servicios de emergencia (ERSS)", hours: "policía, bomberos y servicios de salud" }, pt: { name: "Serviços de emergência (ERSS)", hours: "polícia, bombeiros e serviços de saúde" }, fr: { name: "Services d’urgence (ERSS)", hours: "police, pompiers et services de santé" }, de: { name: "Notruf (ERSS)", hours: "Polizei, Feuerwehr und Gesundheitsdienste" } },
    verified: false, open247: false, source: 'https://en.vikaspedia.in/social-welfare/women-and-child-development/emergency-response-support-system', checkedOn: READ_ON,
    confirmed: 'NOT VERIFIED: vikaspedia (a government-run portal, but not a gov.in domain) and news; the roll-out of 112 has been state by state (Delhi moved to ERSS 2.0 in January 2026). Verify on 112.gov.in or mha.gov.in before showing.',
  },
  // Germany
  {
    id: 'de-telefonseelsorge', country: 'DE', kind: 'crisis-line', name: 'TelefonSeelsorge', phone: '0800 111 0 111 or 0800 111 0 222', url: 'https://www.telefonseelsorge.de', hours: '24/7, free, anonymous',
    local: { es: { hours: "24/7, gratis y anónima", phone: "0800 111 0 111 o 0800 111 0 222" }, pt: { hours: "24/7, gratuita e anônima", phone: "0800 111 0 111 ou 0800 111 0 222" }, fr: { hours: "24 h/24, 7 j/7, gratuit et anonyme", phone: "0800 111 0 111 ou 0800 111 0 222" }, de: { hours: "rund um die Uhr, kostenlos und anonym", phone: "0800 111 0 111 oder 0800 111 0 222" } },
    verified: false, open247: false, source: 'https://www.domradio.de/glossar/telefonseelsorge-0', checkedOn: READ_ON,
    confirmed: 'NOT VERIFIED: only church media and news pages (0800 111 0 111, 0800 111 0 222, also 116 123; free, round the clock). No stored telefonseelsorge.de page found. Verify there before showing.',
  },
  {
    id: 'de-emergency', country: 'DE', kind: 'emergency', name: 'Emergency services', phone: '112', hours: 'fire and ambulance; police on 110; free',
    local: { es: { name: "Servicios de emergencia", hours: "bomberos y ambulancia; policía en el 110; gratis" }, pt: { name: "Serviços de emergência", hours: "bombeiros e ambulância; polícia no 110; gratuito" }, fr: { name: "Services d’urgence", hours: "pompiers et ambulance ; police au 110 ; gratuit" }, de: { name: "Notruf", hours: "Feuerwehr und Rettungsdienst; Polizei unter 110; kostenlos" } },
    verified: true, open247: false, source: 'https://www.mainz.de/microsite/feuerwehr/090kontakt/contentseiten/070.10_Notfallkontakte.php', checkedOn: READ_ON,
    confirmed: 'Undated stored copy of the City of Mainz fire service page (municipal government): "Notruf der Feuerwehr und Rettungsdienst: 112", police 110, free and without area code from any mobile or landline. Also baden-baden.de (city government): 112 for emergencies of all kinds.',
  },
  // France
  {
    id: 'fr-3114', country: 'FR', kind: 'crisis-line', name: '3114, numéro national de prévention du suicide', phone: '3114', url: 'https://3114.fr', hours: '24/7, free',
    local: { es: { hours: "24/7, gratis" }, pt: { hours: "24/7, gratuita" }, fr: { hours: "24 h/24, 7 j/7, gratuit" }, de: { hours: "rund um die Uhr, kostenlos" } },
    verified: true, open247: true, ownDomain: '3114.fr', source: 'https://www.service-public.fr/particuliers/actualites/A15206', checkedOn: '2021-09-29',
    confirmed: 'service-public.fr (Prime Minister\'s legal information directorate) dated 2021-09-29: "un numéro de téléphone gratuit, accessible 24 heures sur 24 et 7 jours sur 7". Service\'s own page (3114.fr, "Que se passe-t-il quand je contacte le 3114 ?", undated): calls go to the nearest centre, continuity "24h/24" across the territory.',
  },
  {
    id: 'fr-emergency', country: 'FR', kind: 'emergency', name: 'Emergency services', phone: '15 or 112', hours: '24/7, free; 15 is the medical emergency service (SAMU)',
    local: { es: { name: "Servicios de emergencia", hours: "24/7, gratis; el 15 es el servicio de urgencias médicas (SAMU)", phone: "15 o 112" }, pt: { name: "Serviços de emergência", hours: "24/7, gratuito; o 15 é o serviço de emergência médica (SAMU)", phone: "15 ou 112" }, fr: { name: "Services d’urgence", hours: "24 h/24, 7 j/7, gratuit ; le 15 est le SAMU (urgences médicales)", phone: "15 ou 112" }, de: { name: "Notruf", hours: "rund um die Uhr, kostenlos; die 15 ist der medizinische Notdienst (SAMU)", phone: "15 oder 112" } },
    verified: true, open247: true, source: 'https://associations.gouv.fr/1044-choix-siege-social-association.html?xml=F33954', checkedOn: READ_ON,
    confirmed: 'Undated stored copy of the service-public.fr fact sheet F33954 as published on associations.gouv.fr (stored under the host "associations.gouv.fr."): SAMU 15 for medical emergencies, 18 fire, 17 police, 112 "dans tous les cas", all free, 24 hours a day; 114 by SMS for people who cannot speak.',
  },
  // Netherlands
  {
    id: 'nl-113', country: 'NL', kind: 'crisis-line', name: '113 Zelfmoordpreventie', phone: '113', url: 'https://www.113.nl', hours: 'free, anonymous; chat on 113.nl',
    local: { es: { hours: "gratis y anónima; chat en 113.nl" }, pt: { hours: "gratuita e anônima; chat em 113.nl" }, fr: { hours: "gratuit et anonyme ; chat sur 113.nl" }, de: { hours: "kostenlos und anonym; Chat auf 113.nl" } },
    verified: true, open247: false, ownDomain: '113.nl', source: 'https://www.113.nl/schoolopdracht', checkedOn: READ_ON,
    confirmed: 'Undated stored copy of the service\'s own page: "Bel gratis 113", call or chat anonymously. Its hours were NOT confirmed on 113.nl or a government page (news: 24/7; the 113 number became free in October 2025), so it is shown as another option but not as the named 24/7 line. Re-check hours on 113.nl.',
  },
  {
    id: 'nl-emergency', country: 'NL', kind: 'emergency', name: 'Emergency services', phone: '112', hours: 'police, fire and ambulance; free',
    local: { es: { name: "Servicios de emergencia", hours: "policía, bomberos y ambulancia; gratis" }, pt: { name: "Serviços de emergência", hours: "polícia, bombeiros e ambulância; gratuito" }, fr: { name: "Services d’urgence", hours: "police, pompiers et ambulance ; gratuit" }, de: { name: "Notruf", hours: "Polizei, Feuerwehr und Rettungsdienst; kostenlos" } },
    verified: true, open247: false, source: 'https://www.politie.nl/nieuws/2021/februari/11/08-als-elke-seconde-telt.html', checkedOn: '2021-02-11',
    confirmed: 'Dutch national police page dated 2021-02-11: call 112 free of charge in emergencies, "wanneer elke seconde telt"; 0900-8844 for non-urgent police matters.',
  },
  // South Africa
  {
    id: 'za-sadag', country: 'ZA', kind: 'crisis-line', name: 'SADAG Suicide Crisis Helpline', phone: '0800 567 567', url: 'https://www.sadag.org', hours: '24/7, free',
    local: { es: { hours: "24/7, gratis" }, pt: { hours: "24/7, gratuita" }, fr: { hours: "24 h/24, 7 j/7, gratuit" }, de: { hours: "rund um die Uhr, kostenlos" } },
    verified: true, open247: true, ownDomain: 'sadag.org', source: 'https://www.sadag.org/index.php?option=com_content&view=article&id=3141:world-mental-health-day-7-october-2020&catid=149:press-releases&Itemid=601', checkedOn: READ_ON,
    confirmed: 'Undated stored copy of a page on the service\'s own site (a 2020 press release whose sidebar lists the current helplines and a 2024 calendar): under "24-HOUR TOLL-FREE EMERGENCY HELPLINES", "Suicide Crisis Helpline 0800 567 567" (the heading says 24-hour; "every single day of the year" is from a 2025 news page, not sadag.org). SMS 31393 belongs to the Cipla Mental Health Helpline (0800 456 789) on that page, not to the suicide line, so no SMS is shown (the seed had attached it to this line). News pages give other SADAG numbers; re-check on sadag.org.',
  },
  {
    id: 'za-emergency', country: 'ZA', kind: 'emergency', name: 'Police emergency (SAPS)', phone: '10111', hours: '24 hours; free from landlines',
    local: { es: { name: "Emergencias policiales (SAPS)", hours: "24 horas; gratis desde fijos" }, pt: { name: "Emergência policial (SAPS)", hours: "24 horas; gratuito de telefone fixo" }, fr: { name: "Police secours (SAPS)", hours: "24 h/24 ; gratuit depuis un fixe" }, de: { name: "Polizeinotruf (SAPS)", hours: "24 Stunden; kostenlos vom Festnetz" } },
    verified: true, open247: true, source: 'https://www.saps.gov.za/services/cc_10111.php', checkedOn: READ_ON,
    confirmed: 'Undated stored copy of the South African Police Service page: 10111 for police emergencies, "a 24-hour crime reporting call centre", free from a landline, normal rates from a cell phone. An ambulance number (10177) was seen only in secondary pages; government plans a single 112 number (news).',
  },
  // Brazil
  {
    id: 'br-cvv', country: 'BR', kind: 'crisis-line', name: 'CVV, Centro de Valorização da Vida', phone: '188', url: 'https://www.cvv.org.br', hours: '24/7, free',
    local: { es: { hours: "24/7, gratis" }, pt: { hours: "24/7, gratuita" }, fr: { hours: "24 h/24, 7 j/7, gratuit" }, de: { hours: "rund um die Uhr, kostenlos" } },
    verified: false, open247: false, source: 'https://blogdolevi.portaldiario.com.br/2018/07/03/ligacoes-para-centro-de-prevencao-ao-suicidio-passam-a-ser-gratuitas-em-todo-o-pais/', checkedOn: '2018-07-03',
    confirmed: 'NOT VERIFIED: only news (Agência Brasil via a blog, 2018: 188 free nationwide since 1 July 2018 through a Ministry of Health partnership, 24 hours). No stored cvv.org.br or gov.br page found. Verify there before showing.',
  },
  {
    id: 'br-emergency', country: 'BR', kind: 'emergency', name: 'Emergency medical service (SAMU)', phone: '192', hours: '24 hours, free',
    local: { es: { name: "Servicio de urgencias médicas (SAMU)", hours: "24 horas, gratis" }, pt: { name: "Serviço de Atendimento Móvel de Urgência (SAMU)", hours: "24 horas, gratuito" }, fr: { name: "Service d’aide médicale urgente (SAMU)", hours: "24 h/24, gratuit" }, de: { name: "Medizinischer Notdienst (SAMU)", hours: "24 Stunden, kostenlos" } },
    verified: true, open247: true, source: 'http://www.saude.gov.br/saude-de-a-z/servico-de-atendimento-movel-de-urgencia-samu-192', checkedOn: '2019-10-14',
    confirmed: 'Ministry of Health page (published 2019-08-16, updated 2019-10-14): SAMU 192 "é um serviço gratuito, que funciona 24 horas", including psychiatric emergencies; free from landlines and mobiles. Police 190 (municipal gov.br page) not shown.',
  },
  // Japan
  {
    id: 'jp-yorisoi', country: 'JP', kind: 'crisis-line', name: 'Yorisoi Hotline (よりそいホットライン)', phone: '0120-279-338', hours: '24/7, free',
    local: { es: { hours: "24/7, gratis" }, pt: { hours: "24/7, gratuita" }, fr: { hours: "24 h/24, 7 j/7, gratuit" }, de: { hours: "rund um die Uhr, kostenlos" } },
    verified: false, open247: false, source: 'https://kotobank.jp/word/%E3%82%88%E3%82%8A%E3%81%9D%E3%81%84%E3%81%BB%E3%81%A4%E3%81%A8%E3%82%89%E3%81%84%E3%82%93-3193813', checkedOn: READ_ON,
    confirmed: 'NOT VERIFIED: only a news-agency glossary (Kyodo via kotobank), blogs and a hospital page (0120-279-338; Iwate, Miyagi, Fukushima 0120-279-226; 24 hours, free). One secondary page gives a different suicide-prevention number, so do not trust secondary pages here. Verify on mhlw.go.jp/mamorouyokokoro or since2011.net before showing.',
  },
  {
    id: 'jp-inochi-sos', country: 'JP', kind: 'crisis-line', name: '#いのちSOS', phone: '0120-061-338', url: 'https://www.lifelink.or.jp/inochisos/', hours: 'Mon, Thu, Fri 24 hours; other days 06:00 to 24:00',
    local: { es: { hours: "lun., jue. y vie. 24 horas; otros días de 06:00 a 24:00" }, pt: { hours: "seg., qui. e sex. 24 horas; outros dias das 06:00 às 24:00" }, fr: { hours: "lun., jeu., ven. 24 h/24 ; autres jours de 6 h à 24 h" }, de: { hours: "Mo., Do., Fr. 24 Stunden; an anderen Tagen 06:00 bis 24:00" } },
    verified: false, open247: false, source: 'https://mainichi.jp/articles/20220826/osg/00m/040/001000d', checkedOn: '2022-08-26',
    confirmed: 'NOT VERIFIED: only a newspaper list (Mainichi, 2022-08-26). Verify on lifelink.or.jp before showing.',
  },
  {
    id: 'jp-inochi-no-denwa', country: 'JP', kind: 'crisis-line', name: 'Inochi no Denwa free dial (いのちの電話)', phone: '0120-783-556', hours: '24 hours from 8:00 on the 10th of each month',
    local: { es: { hours: "24 horas desde las 8:00 del día 10 de cada mes" }, pt: { hours: "24 horas a partir das 8:00 do dia 10 de cada mês" }, fr: { hours: "24 h/24 à partir de 8 h le 10 de chaque mois" }, de: { hours: "24 Stunden ab 8:00 Uhr am 10. jedes Monats" } },
    verified: false, open247: false, source: 'http://www.tamainochi.com/index.asp?patten_cd=12&page_no=9', checkedOn: READ_ON,
    confirmed: 'NOT VERIFIED: a member centre\'s page (Tokyo Tama Inochi no Denwa) confirms the free dial 0120-783-556 and 24 hours on the 10th of each month, but not its hours on other days (the seed said daily 16:00 to 21:00, from a city page not found here). Verify on inochinodenwa.org before showing.',
  },
  {
    id: 'jp-kokoro-dial', country: 'JP', kind: 'referral', name: 'Kokoro no Kenko Sodan Toitsu Dial (こころの健康相談統一ダイヤル)', phone: '0570-064-556', url: 'https://www.mhlw.go.jp/mamorouyokokoro/', hours: 'varies by prefecture',
    local: { es: { hours: "varía según la prefectura" }, pt: { hours: "varia conforme a província" }, fr: { hours: "variable selon la préfecture" }, de: { hours: "je nach Präfektur unterschiedlich" } },
    verified: false, open247: false, source: 'http://charedo.jp/2017/02/%E3%81%BE%E3%81%9A%E3%81%AF%E8%A9%B1%E3%81%97%E3%81%A6%E3%81%BF%E3%82%88%E3%81%86%EF%BC%81%E3%80%8E%E3%81%93%E3%81%93%E3%82%8D%E3%81%AE%E5%81%A5%E5%BA%B7%E7%B5%B1%E4%B8%80%E3%83%80%E3%82%A4%E3%83%A4/', checkedOn: READ_ON,
    confirmed: 'NOT VERIFIED: only blogs (one posted February 2017) citing the MHLW page (0570-064-556, routes to the caller\'s prefecture; one blog gives a wrong number, 0570-046-556). Verify on mhlw.go.jp before showing.',
  },
  {
    id: 'jp-emergency', country: 'JP', kind: 'emergency', name: 'Fire and ambulance', phone: '119', hours: 'police on 110',
    local: { es: { name: "Bomberos y ambulancia", hours: "policía en el 110" }, pt: { name: "Bombeiros e ambulância", hours: "polícia no 110" }, fr: { name: "Pompiers et ambulance", hours: "police au 110" }, de: { name: "Feuerwehr und Rettungsdienst", hours: "Polizei unter 110" } },
    verified: true, open247: false, source: 'https://www.city.minamiuonuma.niigata.jp/shoubouhonbu/docs/4193.html', checkedOn: '2024-06-12',
    confirmed: 'Minami-Uonuma city fire headquarters page (city government), updated 2024-06-12: fire and ambulance emergencies are reported on 119. Police 110 per secondary pages only.',
  },
  // Anywhere: the fallback when the country is unknown or has no verified line
  {
    id: 'intl-find-a-helpline', country: 'INTL', kind: 'directory', name: 'Find A Helpline', url: 'https://findahelpline.com', hours: 'a website listing free helplines by country',
    local: { es: { hours: "un sitio web con líneas de ayuda gratuitas por país" }, pt: { hours: "um site com linhas de apoio gratuitas por país" }, fr: { hours: "un site qui liste les lignes d’écoute gratuites par pays" }, de: { hours: "eine Website mit kostenlosen Hilfetelefonen nach Land" } },
    verified: true, open247: false, ownDomain: 'findahelpline.com', source: 'https://findahelpline.com/AU', checkedOn: READ_ON,
    confirmed: 'Undated stored copy of the service\'s own page (findahelpline.com/AU): free, confidential helplines listed by country ("In Australia, there are 25 helplines"). ThroughLine\'s FAQ (developer.throughlinecare.com/general): listed services must be free, on demand, confidential and answered by a human. The "about 1,300 helplines in 130 countries" figure is from lifeline-international.com (April 2024), not the service\'s own page.',
  },
];

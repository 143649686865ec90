/**
 * Crisis resources by country, compiled in so they are in memory from start-up and never wait on a
 * database or the network (DESIGN.md, invariant 2).
 *
 * Copied from shared/domain/crisis-resources.seed.json: ONLY the entries marked `verified: true`
 * there. Left out as unverified: SOS Amitié (FR), TELL Lifeline (JP) and the IASP directory (INTL).
 * Names, URLs, hours and sources are the seed's own; phone and SMS are the seed's numbers without its
 * commentary (parts the seed marks "NOT verified" are dropped). Where the seed gives no hours, `hours`
 * says "not verified" rather than guess.
 *
 * `checkedOn`: the seed carries no per-entry date, so every entry has 2026-11-22, the day this file
 * was reviewed against the seed. Review every entry at least every six months.
 *
 * Order matters: within a country, entries are in order of preference, and the first `crisis-line` is
 * the one named 24/7 line shown first (`primary`).
 */
import type { CrisisResource } from './resources.js';

const CHECKED_ON = '2026-11-22';

export const RESOURCES: readonly CrisisResource[] = [
  // United States
  { id: 'us-988', country: 'US', kind: 'crisis-line', name: '988 Suicide & Crisis Lifeline', phone: '988', sms: '988', url: 'https://988lifeline.org', hours: '24/7', source: 'https://988lifeline.org/get-help/what-to-expect ; https://www.cdcr.ca.gov/ccjbh/2022/07/19/dial-988-to-access-24-hour-emotional-support-and-resources/', checkedOn: CHECKED_ON },
  { id: 'us-veterans-crisis-line', country: 'US', kind: 'crisis-line', name: 'Veterans Crisis Line', phone: '988, then press 1', sms: '838255', url: 'https://www.veteranscrisisline.net', hours: '24/7', source: 'http://veteranscrisisline.net/About/VeteranSuicide.aspx', checkedOn: CHECKED_ON },
  { id: 'us-crisis-text-line', country: 'US', kind: 'crisis-line', name: 'Crisis Text Line', sms: 'HOME to 741741', url: 'https://www.crisistextline.org', hours: '24/7', source: 'https://resources.penniesforpoverty.org/resources/crisis-text-line/ ; http://www.sfisd.net/apps/pages/index.jsp?uREC_ID=1473130&type=d&pREC_ID=1625729', checkedOn: CHECKED_ON },
  { id: 'us-samhsa', country: 'US', kind: 'referral', name: 'SAMHSA National Helpline (treatment referral, not crisis)', phone: '1-800-662-4357 (TTY 1-800-487-4889)', hours: '24/7', source: 'https://internationalmentalhealth.org/resources/', checkedOn: CHECKED_ON },
  { id: 'us-emergency', country: 'US', kind: 'emergency', name: 'Emergency services', phone: '911', hours: '24/7', source: 'http://www.thefullwiki.org/Emergency_number ; https://fr-academic.com/dic.nsf/frwiki/1248375', checkedOn: CHECKED_ON },
  // United Kingdom
  { id: 'gb-samaritans', country: 'GB', kind: 'crisis-line', name: 'Samaritans (UK & Ireland)', phone: '116 123', url: 'https://www.samaritans.org', hours: '24/7, free from landlines and mobiles', source: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/ ; https://fullfact.org/online/samaritans-text-message-service/', checkedOn: CHECKED_ON },
  { id: 'gb-shout', country: 'GB', kind: 'crisis-line', name: 'Shout (Crisis Text Line UK affiliate)', sms: 'SHOUT to 85258', hours: '24/7', source: 'https://www.crisistextline.uk/how-it-works/ ; https://fullfact.org/online/samaritans-text-message-service/', checkedOn: CHECKED_ON },
  { id: 'gb-nhs-111', country: 'GB', kind: 'referral', name: 'NHS 111 - mental health option (England; Wales similar)', phone: '111, then choose the mental health option', hours: '24/7, all ages', source: 'https://www.norwoodmc.co.uk/2024/08/14/nhs-111-option-2-for-crisis-mental-health-support/ ; https://www.oundlesurgery.nhs.uk/news/accessing-mental-health-services-via-111 ; https://hae.org.uk/eha/news-events/nhs-111-press-2-a-big-step-forward-for-access-to-urgent-mental-health-support', checkedOn: CHECKED_ON },
  { id: 'gb-childline', country: 'GB', kind: 'crisis-line', name: 'Childline (under 19s)', phone: '0800 1111', hours: 'not verified', source: 'https://www.norwoodmc.co.uk/2024/08/14/nhs-111-option-2-for-crisis-mental-health-support/', checkedOn: CHECKED_ON },
  { id: 'gb-emergency', country: 'GB', kind: 'emergency', name: 'Emergency services', phone: '999 or 112', hours: '24/7', source: 'https://www.wellingtonpractice.co.uk/emergency-information/', checkedOn: CHECKED_ON },
  // Ireland
  { id: 'ie-samaritans', country: 'IE', kind: 'crisis-line', name: 'Samaritans Ireland', phone: '116 123', url: 'https://www.samaritans.org', hours: '24/7, free', source: 'https://merrionstreet.ie/en/news-room/releases/world_suicide_prevention_day_10_september_2020.html ; https://www.samaritans.org/news/samaritans-ireland-responds-one-call-help-every-minute-last-year', checkedOn: CHECKED_ON },
  { id: 'ie-50808', country: 'IE', kind: 'crisis-line', name: '50808 crisis text line (HSE-funded)', sms: 'HELLO to 50808', hours: '24/7', source: 'https://merrionstreet.ie/en/news-room/releases/world_suicide_prevention_day_10_september_2020.html', checkedOn: CHECKED_ON },
  { id: 'ie-pieta', country: 'IE', kind: 'crisis-line', name: 'Pieta (suicide/self-harm crisis)', phone: '1800 247 247', sms: 'HELP to 51444', url: 'https://www.pieta.ie', hours: '24/7 (hours not verified)', source: 'https://merrionstreet.ie/en/news-room/releases/world_suicide_prevention_day_10_september_2020.html ; https://www.irishexaminer.com/news/arid-20217384.html (lists www.pieta.ie)', checkedOn: CHECKED_ON },
  { id: 'ie-emergency', country: 'IE', kind: 'emergency', name: 'Emergency services', phone: '112 (999 also used in Ireland)', hours: '24/7', source: 'https://www.frequentbusinesstraveler.com/2012/08/how-to-call-for-help-around-the-world-emergency-numbers-and-instructions-for-travelers/', checkedOn: CHECKED_ON },
  // Canada
  { id: 'ca-988', country: 'CA', kind: 'crisis-line', name: '9-8-8: Suicide Crisis Helpline', phone: '988', sms: '988', url: 'https://988.ca', hours: '24/7, English & French', source: 'https://www.newswire.ca/news-releases/government-of-canada-launches-three-digit-suicide-crisis-helpline-896472116.html ; https://ymediaplus.com/canada-launches-new-988-suicide-crisis-helpline/', checkedOn: CHECKED_ON },
  { id: 'ca-kids-help-phone', country: 'CA', kind: 'crisis-line', name: 'Kids Help Phone', phone: '1-800-668-6868', sms: 'CONNECT to 686868 (French: TEXTO)', url: 'https://kidshelpphone.ca', hours: '24/7 (text); live chat hours may be limited', source: 'https://kidshelpphone.ca/text-about-it/ ; https://www.cbc.ca/news/health/mental-health-crisis-text-kids-help-phone-1.4894118', checkedOn: CHECKED_ON },
  { id: 'ca-emergency', country: 'CA', kind: 'emergency', name: 'Emergency services', phone: '911', hours: '24/7', source: 'https://fr-academic.com/dic.nsf/frwiki/1248375', checkedOn: CHECKED_ON },
  // Australia
  { id: 'au-lifeline', country: 'AU', kind: 'crisis-line', name: 'Lifeline Australia', phone: '13 11 14', sms: '0477 13 11 14', hours: '24/7 (phone, text and chat)', source: 'https://lifeinmind.org.au/news/lifelines-crisis-text-service-now-available-24-7 ; https://www.9news.com.au/national/lifeline-launches-247-text-service-as-record-numbers-of-australians-seek-support/51f2cf15-e2ba-40be-830f-a7d80a49f740', checkedOn: CHECKED_ON },
  { id: 'au-beyond-blue', country: 'AU', kind: 'referral', name: 'Beyond Blue', phone: '1300 22 4636', hours: 'Not verified (commonly 24/7 phone)', source: 'https://www.tandemcarers.org.au/Web/Web/COVID-19/Mental-Health-Support.aspx', checkedOn: CHECKED_ON },
  { id: 'au-suicide-call-back', country: 'AU', kind: 'crisis-line', name: 'Suicide Call Back Service', phone: '1300 659 467', hours: 'Not verified', source: 'https://www.tandemcarers.org.au/Web/Web/COVID-19/Mental-Health-Support.aspx', checkedOn: CHECKED_ON },
  { id: 'au-emergency', country: 'AU', kind: 'emergency', name: 'Emergency services (Triple Zero)', phone: '000 (112 from mobiles redirects to 000; 106 text/TTY)', hours: '24/7', source: 'https://askforhealth.org.au/calling-triple-zero-000 ; https://citiesinsider.com/country/australia/CountryWide/emergency-contact-numbers', checkedOn: CHECKED_ON },
  // New Zealand
  { id: 'nz-1737', country: 'NZ', kind: 'crisis-line', name: '1737 Need to Talk?', phone: '1737', sms: '1737', url: 'https://1737.org.nz', hours: '24/7, free', source: 'https://mentalhealth.org.nz/getting-through-together/are-you-worried-someone-is-thinking-of-suicide', checkedOn: CHECKED_ON },
  { id: 'nz-lifeline', country: 'NZ', kind: 'crisis-line', name: 'Lifeline Aotearoa', phone: '0800 543 354', sms: 'HELP to 4357', url: 'https://www.lifeline.org.nz', hours: '24/7 (per secondary source)', source: 'https://nzfamilies.org.nz/?p=1578 ; https://vice.com/en/article/new-zealands-biggest-mental-health-helpline-misses-one-in-four-calls', checkedOn: CHECKED_ON },
  { id: 'nz-suicide-crisis-helpline', country: 'NZ', kind: 'crisis-line', name: 'Suicide Crisis Helpline', phone: '0508 828 865 (0508 TAUTOKO)', hours: 'Not verified', source: 'https://nzfamilies.org.nz/?p=1578', checkedOn: CHECKED_ON },
  { id: 'nz-emergency', country: 'NZ', kind: 'emergency', name: 'Emergency services', phone: '111', hours: '24/7', source: 'https://progress.guide/?p=12763', checkedOn: CHECKED_ON },
  // India
  { id: 'in-tele-manas', country: 'IN', kind: 'crisis-line', name: 'Tele-MANAS (National Tele Mental Health Programme)', phone: '14416 or 1-800-891-4416', hours: '24/7, ~20 languages', source: 'https://theshillongtimes.com/2025/02/07/tele-manas-mental-health-helpline-handles-over-18-1-lakh-calls-centre/ ; https://crackittoday.com/current-affairs/tele-manas/ ; https://www.lokmattimes.com/technology/over-29-lakh-phone-calls-handled-by-tele-manas-cells-savitri-thakur-2/', checkedOn: CHECKED_ON },
  { id: 'in-emergency', country: 'IN', kind: 'emergency', name: 'Emergency services (ERSS)', phone: '112', hours: '24/7', source: 'https://www.lokmattimes.com/technology/over-29-lakh-phone-calls-handled-by-tele-manas-cells-savitri-thakur-2/', checkedOn: CHECKED_ON },
  // Germany
  { id: 'de-telefonseelsorge', country: 'DE', kind: 'crisis-line', name: 'TelefonSeelsorge', phone: '0800 111 0 111 / 0800 111 0 222 / 116 123', url: 'https://www.telefonseelsorge.de', hours: '24/7, free, anonymous', source: 'https://domradio.de/node/277480 ; http://forum.briefmarken.de/topic/2348-mayotte/?do=getLastComment ; https://www.spektrum.de/news/telefonseelsorge-erste-hilfe-fuer-die-seele/2055834', checkedOn: CHECKED_ON },
  { id: 'de-emergency', country: 'DE', kind: 'emergency', name: 'Emergency services', phone: '112 (police 110)', hours: '24/7', source: 'https://worddisk.com/wiki/Emergency_telephone_number/', checkedOn: CHECKED_ON },
  // France
  { id: 'fr-3114', country: 'FR', kind: 'crisis-line', name: '3114 - Numéro national de prévention du suicide', phone: '3114', url: 'https://3114.fr', hours: '24/7, free, confidential', source: 'https://www.service-public.fr/particuliers/actualites/A15206 ; https://www.francetvinfo.fr/sante/psycho-bien-etre/sante-mentale/suicides-le-numero-national-de-prevention-3114-a-recu-34000-appels-en-quatre-mois_4943130.html', checkedOn: CHECKED_ON },
  { id: 'fr-emergency', country: 'FR', kind: 'emergency', name: 'Emergency services', phone: '112 (SAMU medical 15)', hours: '24/7', source: 'https://wiki.edu.vn/all2en/wiki32/emergency-call-number-wikipedia', checkedOn: CHECKED_ON },
  // Netherlands
  { id: 'nl-113', country: 'NL', kind: 'crisis-line', name: '113 Zelfmoordpreventie', phone: '113 or 0800-0113', url: 'https://www.113.nl', hours: '24/7, anonymous, free', source: 'https://www.upday.com/nl/binnenland/nummer-113-nu-gratis-betere-hulp-bij-zelfdodingsgedachten/pj8neqt ; https://www.nrc.nl/nieuws/2020/07/07/zelfmoordpreventie-voortaan-bereikbaar-op-113-a4005179 ; https://www.113.nl/schoolopdracht', checkedOn: CHECKED_ON },
  { id: 'nl-emergency', country: 'NL', kind: 'emergency', name: 'Emergency services', phone: '112', hours: '24/7', source: 'https://wiki.edu.vn/all2en/wiki32/emergency-call-number-wikipedia', checkedOn: CHECKED_ON },
  // South Africa
  { id: 'za-sadag', country: 'ZA', kind: 'crisis-line', name: 'SADAG Suicide Crisis Helpline', phone: '0800 567 567', sms: '31393 (a counsellor calls back)', url: 'https://www.sadag.org', hours: '24h per SADAG (not independently confirmed for this number)', source: 'http://www.pressreader.com/south-africa/the-star-early-edition/20190212/281668256233737 ; https://www.sabcnews.com/sabcnews/sadag-encourages-the-mentally-fatigued-to-reach-out-amid-world-suicide-prevention-day/', checkedOn: CHECKED_ON },
  { id: 'za-emergency', country: 'ZA', kind: 'emergency', name: 'Emergency services', phone: '10111 (police)', hours: '24/7', source: 'https://fr-academic.com/dic.nsf/frwiki/1248375', checkedOn: CHECKED_ON },
  // Brazil
  { id: 'br-cvv', country: 'BR', kind: 'crisis-line', name: 'CVV - Centro de Valorização da Vida', phone: '188', url: 'https://www.cvv.org.br', hours: '24h, free, anonymous', source: 'https://redeglobo.globo.com/rj/tvriosul/Acontece/noticia/cvv-oferece-apoio-emocional-e-atua-na-prevencao-do-suicidio.ghtml ; https://blogdojasao.com.br/2018/07/ligacao-para-prevencao-ao-suicidio-se.html', checkedOn: CHECKED_ON },
  { id: 'br-emergency', country: 'BR', kind: 'emergency', name: 'Emergency services', phone: '192 (SAMU medical), 190 (police)', hours: '24/7', source: 'https://fr-academic.com/dic.nsf/frwiki/1248375', checkedOn: CHECKED_ON },
  // Japan
  { id: 'jp-yorisoi', country: 'JP', kind: 'crisis-line', name: 'Yorisoi Hotline (よりそいホットライン)', phone: '0120-279-338 (Iwate/Miyagi/Fukushima: 0120-279-226; IP phones: 050-3655-0279)', hours: '24/7, free; guidance menu includes foreign languages', source: 'https://meikikai-home.com/%e3%80%90%ef%bc%93%e6%9c%88%e3%81%af%e8%87%aa%e6%ae%ba%e5%af%be%e7%ad%96%e5%bc%b7%e5%8c%96%e6%9c%88%e9%96%93%e3%81%a7%e3%81%99%e3%80%91/ ; https://mykoho.jp/ (Yasu City koho, Sep 2024)', checkedOn: CHECKED_ON },
  { id: 'jp-inochi-sos', country: 'JP', kind: 'crisis-line', name: '#Inochi SOS (#いのちSOS, Lifelink)', phone: '0120-061-338', url: 'https://www.lifelink.or.jp/inochisos/', hours: 'As of Aug 2022: Mon/Thu/Fri 24h; Tue/Wed/Sat/Sun 06:00-24:00', source: 'https://mainichi.jp/articles/20220826/osg/00m/040/001000d', checkedOn: CHECKED_ON },
  { id: 'jp-inochi-no-denwa', country: 'JP', kind: 'crisis-line', name: 'Japan Federation of Inochi no Denwa - free dial', phone: '0120-783-556', hours: 'Daily 16:00-21:00; on the 10th of each month 08:00 to 08:00 next day (as of Mar 2023)', source: 'https://www.city.akiruno.tokyo.jp/0000015267.html', checkedOn: CHECKED_ON },
  { id: 'jp-kokoro-dial', country: 'JP', kind: 'referral', name: 'Kokoro no Kenko Sodan Touitsu Dial (こころの健康相談統一ダイヤル)', phone: '0570-064-556', url: 'https://www.mhlw.go.jp/mamorouyokokoro/', hours: 'Varies by prefecture (routes to local public service)', source: 'https://mykoho.jp/ (Yasu City koho, Sep 2024) ; https://meikikai-home.com/', checkedOn: CHECKED_ON },
  { id: 'jp-emergency', country: 'JP', kind: 'emergency', name: 'Emergency services', phone: '119 (fire/ambulance), 110 (police)', hours: '24/7', source: 'http://www.pref.ibaraki.jp/bukyoku/seikan/kokuko/e-ibaraki-report/0604emergencyphone.html', checkedOn: CHECKED_ON },
  // Anywhere: the fallback when the country is unknown
  { id: 'intl-find-a-helpline', country: 'INTL', kind: 'directory', name: 'Find A Helpline (ThroughLine)', url: 'https://findahelpline.com', hours: 'directory of about 1,300 helplines in about 130 countries (seed notes)', source: 'https://findahelpline.com/AU ; https://developer.throughlinecare.com/Hnxg-api ; https://lifeline-international.com/from-idea-to-impact-how-throughline-is-bridging-the-gap-in-global-crisis-support/', checkedOn: CHECKED_ON },
  { id: 'intl-emergency', country: 'INTL', kind: 'emergency', name: 'Your local emergency number', phone: 'your local emergency number (112 works from most mobile phones)', hours: '24/7', source: 'http://www.thefullwiki.org/Emergency_number', checkedOn: CHECKED_ON },
];
